#include "boardlens/features/rounds/repository.hpp"

namespace boardlens::rounds {
namespace {

using db::Row;
using db::Value;

constexpr std::string_view kInsertRound =
    "INSERT INTO rounds (org_id, framework_id, framework_ref, title, status, closed_on, "
    "imported, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id";
#define BOARDLENS_ROUND_SELECT                                                            \
  "SELECT id, org_id, framework_id, framework_ref, title, status, opened_on, closes_by, " \
  "closed_on, withdrawn_on, imported FROM rounds "
constexpr std::string_view kFindRound = BOARDLENS_ROUND_SELECT "WHERE org_id = $1 AND id = $2";
constexpr std::string_view kFindRoundAnyOrg = BOARDLENS_ROUND_SELECT "WHERE id = $1";
constexpr std::string_view kListRounds =
    BOARDLENS_ROUND_SELECT "WHERE org_id = $1 ORDER BY id DESC";
#undef BOARDLENS_ROUND_SELECT
constexpr std::string_view kUpdateRound =
    "UPDATE rounds SET status = CASE WHEN $3 = 'withdrawn' THEN status ELSE $3 END, "
    "opened_on = $4, closes_by = $5, closed_on = $6, withdrawn_on = $7 "
    "WHERE org_id = $1 AND id = $2";
constexpr std::string_view kDeleteAnswers =
    "DELETE FROM responses WHERE org_id = $1 AND round_id = $2";
constexpr std::string_view kDeleteRound = "DELETE FROM rounds WHERE org_id = $1 AND id = $2";
/// Locks an open round's row for the rest of the transaction, so that answers and closing
/// are serialised on PostgreSQL too; no row means the round is not open (any more).
constexpr std::string_view kLockOpenRound =
    "UPDATE rounds SET status = status WHERE org_id = $1 AND id = $2 AND status = 'open' "
    "AND withdrawn_on IS NULL RETURNING id";

constexpr std::string_view kUpsertAnswer =
    "INSERT INTO responses (org_id, round_id, respondent, member_id, membership, item_ref, "
    "rating, evidence, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) "
    "ON CONFLICT (org_id, round_id, respondent, item_ref) DO UPDATE SET "
    "membership = excluded.membership, rating = excluded.rating, "
    "evidence = excluded.evidence, updated_at = excluded.updated_at";
constexpr std::string_view kInsertAnswer =
    "INSERT INTO responses (org_id, round_id, respondent, member_id, membership, item_ref, "
    "rating, evidence, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)";
constexpr std::string_view kListAnswers =
    "SELECT respondent, member_id, membership, item_ref, rating, evidence, updated_at FROM "
    "responses "
    "WHERE org_id = $1 AND round_id = $2 ORDER BY respondent, item_ref";
constexpr std::string_view kListAnswersOf =
    "SELECT respondent, member_id, membership, item_ref, rating, evidence, updated_at FROM "
    "responses "
    "WHERE org_id = $1 AND round_id = $2 AND respondent = $3 ORDER BY item_ref";
constexpr std::string_view kCountAnswers =
    "SELECT COUNT(*) AS answers FROM responses WHERE org_id = $1 AND round_id = $2";
constexpr std::string_view kCountTurnout =
    "SELECT membership, COUNT(DISTINCT respondent) AS people FROM responses WHERE org_id = $1 "
    "AND round_id = $2 GROUP BY membership";
constexpr std::string_view kCountAnswersByMember =
    "SELECT member_id, COUNT(*) AS answered FROM responses WHERE org_id = $1 AND round_id = $2 "
    "AND member_id IS NOT NULL GROUP BY member_id";

Round ToRound(const Row& row) {
  Round r{row.i64("id"),
          row.i64("org_id"),
          row.i64("framework_id"),
          row.text("framework_ref"),
          row.text("title"),
          ParseRoundStatus(row.text("status")).value_or(RoundStatus::kDraft),
          row.text_or_empty("opened_on"),
          row.text_or_empty("closes_by"),
          row.text_or_empty("closed_on"),
          row.text_or_empty("withdrawn_on"),
          row.flag("imported")};
  if (!r.withdrawn_on.empty()) r.status = RoundStatus::kWithdrawn;
  return r;
}

Answer ToAnswer(const Row& row) {
  Answer a;
  a.respondent = row.text("respondent");
  a.member_id = row.optional_i64("member_id");
  a.membership =
      orgs::ParseMembership(row.text("membership")).value_or(orgs::Membership::kExecutive);
  a.item_ref = row.text("item_ref");
  if (const auto rating = row.optional_i64("rating")) a.rating = static_cast<std::int8_t>(*rating);
  a.evidence = row.text("evidence");
  a.updated_at = row.i64("updated_at");
  return a;
}

void Store(db::Database& db, std::string_view sql, Id org_id, Id round_id, const Answer& a,
           std::int64_t now) {
  db.Query(sql, {org_id, round_id, a.respondent, db::OrNull(a.member_id),
                 std::string(orgs::ToString(a.membership)), a.item_ref,
                 a.rating ? Value{std::int64_t{*a.rating}} : Value{nullptr}, a.evidence, now});
}

}  // namespace

Id Repository::InsertRound(const Round& r, std::int64_t now) {
  return db_
      .Query(kInsertRound,
             {r.org_id, r.framework_id, r.framework_ref, r.title, std::string(ToString(r.status)),
              db::OrNull(r.closed_on), std::int64_t{r.imported ? 1 : 0}, now})
      .at(0)
      .i64("id");
}

std::optional<Round> Repository::FindRound(Id org_id, Id id) {
  return db::First(db_.Query(kFindRound, {org_id, id}), ToRound);
}

std::optional<Round> Repository::FindRoundAnyOrg(Id id) {
  return db::First(db_.Query(kFindRoundAnyOrg, {id}), ToRound);
}

std::vector<Round> Repository::ListRounds(Id org_id) {
  return db::All(db_.Query(kListRounds, {org_id}), ToRound);
}

Turnout Repository::CountTurnout(Id org_id, Id round_id) {
  Turnout out;
  for (const Row& row : db_.Query(kCountTurnout, {org_id, round_id})) {
    const auto people = static_cast<int>(row.i64("people"));
    (row.text("membership") == "executive" ? out.executives : out.non_executives) = people;
  }
  return out;
}

void Repository::UpdateRound(const Round& r) {
  db_.Query(kUpdateRound,
            {r.org_id, r.id, std::string(ToString(r.status)), db::OrNull(r.opened_on),
             db::OrNull(r.closes_by), db::OrNull(r.closed_on), db::OrNull(r.withdrawn_on)});
}

void Repository::DeleteRound(Id org_id, Id round_id) {
  db_.Query(kDeleteAnswers, {org_id, round_id});
  db_.Query(kDeleteRound, {org_id, round_id});
}

bool Repository::LockOpenRound(Id org_id, Id round_id) {
  return !db_.Query(kLockOpenRound, {org_id, round_id}).empty();
}

void Repository::UpsertAnswer(Id org_id, Id round_id, const Answer& answer, std::int64_t now) {
  Store(db_, kUpsertAnswer, org_id, round_id, answer, now);
}

void Repository::InsertAnswer(Id org_id, Id round_id, const Answer& answer, std::int64_t now) {
  Store(db_, kInsertAnswer, org_id, round_id, answer, now);
}

std::vector<Answer> Repository::ListAnswers(Id org_id, Id round_id) {
  return db::All(db_.Query(kListAnswers, {org_id, round_id}), ToAnswer);
}

std::vector<Answer> Repository::ListAnswersOf(Id org_id, Id round_id,
                                              const std::string& respondent) {
  return db::All(db_.Query(kListAnswersOf, {org_id, round_id, respondent}), ToAnswer);
}

std::size_t Repository::CountAnswers(Id org_id, Id round_id) {
  return static_cast<std::size_t>(
      db_.Query(kCountAnswers, {org_id, round_id}).at(0).i64("answers"));
}

std::map<Id, int> Repository::CountAnswersByMember(Id org_id, Id round_id) {
  std::map<Id, int> out;
  for (const Row& row : db_.Query(kCountAnswersByMember, {org_id, round_id})) {
    out.emplace(row.i64("member_id"), row.i32("answered"));
  }
  return out;
}

}  // namespace boardlens::rounds
