#include "boardlens/features/questions/repository.hpp"

namespace boardlens::questions {
namespace {

using db::Row;

constexpr std::string_view kInsert =
    "INSERT INTO question_records (org_id, framework_ref, item_ref, answer, status, "
    "owner_member_id, next_review_on, changed_by, changed_by_name, changed_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id";
constexpr std::string_view kInsertEvidence =
    "INSERT INTO question_evidence (record_id, position, title, url) VALUES ($1, $2, $3, $4)";
// Reads members for the owner's name as it is now (as services does).
#define BOARDLENS_RECORD_SELECT                                                            \
  "SELECT r.id, r.framework_ref, r.item_ref, r.answer, r.status, r.owner_member_id, "      \
  "m.name AS owner_name, r.next_review_on, r.changed_by, r.changed_by_name, r.changed_at " \
  "FROM question_records r LEFT JOIN members m ON m.org_id = r.org_id AND "                \
  "m.id = r.owner_member_id "
constexpr std::string_view kCurrent = BOARDLENS_RECORD_SELECT
    "WHERE r.org_id = $1 AND NOT EXISTS (SELECT 1 FROM question_records n WHERE "
    "n.org_id = r.org_id AND n.framework_ref = r.framework_ref AND n.item_ref = r.item_ref "
    "AND n.id > r.id) ORDER BY r.framework_ref, r.item_ref";
constexpr std::string_view kHistory = BOARDLENS_RECORD_SELECT
    "WHERE r.org_id = $1 AND r.framework_ref = $2 AND r.item_ref = $3 ORDER BY r.id DESC";
#undef BOARDLENS_RECORD_SELECT
constexpr std::string_view kEvidence =
    "SELECT title, url FROM question_evidence WHERE record_id = $1 ORDER BY position";

Record ToRecord(const Row& row) {
  Record r;
  r.id = row.i64("id");
  r.what.answer = row.text("answer");
  r.what.status = ParseStatus(row.text("status")).value_or(Status::kNotStarted);
  r.what.owner_member_id = row.optional_i64("owner_member_id");
  r.owner_name = row.text_or_empty("owner_name");
  r.what.next_review_on = row.text_or_empty("next_review_on");
  r.changed_by = row.optional_i64("changed_by");
  r.changed_by_name = row.text("changed_by_name");
  r.changed_at = row.i64("changed_at");
  return r;
}

}  // namespace

Id Repository::Insert(const QuestionKey& key, const Record& record) {
  const AnswerInput& w = record.what;
  const Id id = db_.Query(kInsert, {key.org_id, key.framework_ref, key.item_ref, w.answer,
                                    std::string(ToString(w.status)), db::OrNull(w.owner_member_id),
                                    db::OrNull(w.next_review_on), db::OrNull(record.changed_by),
                                    record.changed_by_name, record.changed_at})
                    .at(0)
                    .i64("id");
  std::int64_t position = 0;
  for (const Evidence& e : w.evidence) db_.Query(kInsertEvidence, {id, position++, e.title, e.url});
  return id;
}

void Repository::ReadEvidence(Record& record) {
  record.what.evidence = db::All(db_.Query(kEvidence, {record.id}), [](const Row& row) {
    return Evidence{row.text("title"), row.text("url")};
  });
}

std::vector<std::pair<QuestionKey, Record>> Repository::Current(Id org_id) {
  std::vector<std::pair<QuestionKey, Record>> out;
  for (const Row& row : db_.Query(kCurrent, {org_id})) {
    Record record = ToRecord(row);
    ReadEvidence(record);
    out.emplace_back(QuestionKey{org_id, row.text("framework_ref"), row.text("item_ref")},
                     std::move(record));
  }
  return out;
}

std::vector<Record> Repository::History(const QuestionKey& key) {
  auto records =
      db::All(db_.Query(kHistory, {key.org_id, key.framework_ref, key.item_ref}), ToRecord);
  for (Record& r : records) ReadEvidence(r);
  return records;
}

}  // namespace boardlens::questions
