#include "boardlens/features/observations/repository.hpp"

namespace boardlens::observations {
namespace {

using db::Row;

constexpr std::string_view kInsert =
    "INSERT INTO observations (org_id, author_member_id, observed_on, occasion, place, "
    "subject_kind, subject_id, rating, notes, shared_at, created_at, updated_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING id";
constexpr std::string_view kUpdate =
    "UPDATE observations SET observed_on = $3, occasion = $4, place = $5, subject_kind = $6, "
    "subject_id = $7, rating = $8, notes = $9, shared_at = $10, updated_at = $11 "
    "WHERE org_id = $1 AND id = $2";
constexpr std::string_view kDelete = "DELETE FROM observations WHERE org_id = $1 AND id = $2";
#define BOARDLENS_OBSERVATION_SELECT                                                      \
  "SELECT o.id, o.org_id, o.author_member_id, m.name AS author_name, o.observed_on, "     \
  "o.occasion, o.place, o.subject_kind, o.subject_id, o.rating, o.notes, o.shared_at, "   \
  "o.created_at, o.updated_at FROM observations o JOIN members m ON m.org_id = o.org_id " \
  "AND m.id = o.author_member_id "
constexpr std::string_view kFind = BOARDLENS_OBSERVATION_SELECT "WHERE o.org_id = $1 AND o.id = $2";
// $2 is null for a reader who is not on the board, who sees only what is shared.
constexpr std::string_view kVisible = BOARDLENS_OBSERVATION_SELECT
    "WHERE o.org_id = $1 AND (o.shared_at IS NOT NULL OR o.author_member_id = $2) "
    "ORDER BY o.observed_on DESC, o.id DESC";
#undef BOARDLENS_OBSERVATION_SELECT
constexpr std::string_view kInsertRequest =
    "INSERT INTO observation_requests (org_id, service_id, meeting_on, ask, asked_by, "
    "asked_by_name, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id";
constexpr std::string_view kRequests =
    "SELECT id, org_id, service_id, meeting_on, ask, asked_by_name, created_at "
    "FROM observation_requests WHERE org_id = $1 ORDER BY meeting_on, id";

Observation ToObservation(const Row& row) {
  Observation o;
  o.id = row.i64("id");
  o.org_id = row.i64("org_id");
  o.author_member_id = row.i64("author_member_id");
  o.author_name = row.text("author_name");
  o.what.observed_on = row.text("observed_on");
  o.what.occasion = ParseOccasion(row.text("occasion"));
  o.what.place = row.text("place");
  o.what.subject =
      Subject{ParseSubjectKind(row.text("subject_kind")).value_or(SubjectKind::kService),
              row.i64("subject_id")};
  o.what.rating = static_cast<int>(row.i64("rating"));
  o.what.notes = row.text("notes");
  o.shared_at = row.optional_i64("shared_at").value_or(0);
  o.what.shared = o.shared_at != 0;
  o.created_at = row.i64("created_at");
  o.updated_at = row.i64("updated_at");
  return o;
}

Request ToRequest(const Row& row) {
  Request r;
  r.id = row.i64("id");
  r.org_id = row.i64("org_id");
  r.what.service_id = row.i64("service_id");
  r.what.meeting_on = row.text("meeting_on");
  r.what.ask = row.text("ask");
  r.asked_by_name = row.text("asked_by_name");
  r.created_at = row.i64("created_at");
  return r;
}

db::Value SharedAt(const Observation& o) {
  return o.shared_at != 0 ? db::Value{o.shared_at} : db::Value{nullptr};
}

}  // namespace

Id Repository::Insert(const Observation& o) {
  return db_
      .Query(kInsert, {o.org_id, o.author_member_id, o.what.observed_on,
                       std::string(ToString(*o.what.occasion)), o.what.place,
                       std::string(ToString(o.what.subject->kind)), o.what.subject->id,
                       std::int64_t{*o.what.rating}, o.what.notes, SharedAt(o), o.created_at})
      .at(0)
      .i64("id");
}

void Repository::Update(const Observation& o) {
  db_.Query(kUpdate, {o.org_id, o.id, o.what.observed_on, std::string(ToString(*o.what.occasion)),
                      o.what.place, std::string(ToString(o.what.subject->kind)), o.what.subject->id,
                      std::int64_t{*o.what.rating}, o.what.notes, SharedAt(o), o.updated_at});
}

void Repository::Delete(Id org_id, Id id) { db_.Query(kDelete, {org_id, id}); }

std::optional<Observation> Repository::Find(Id org_id, Id id) {
  return db::First(db_.Query(kFind, {org_id, id}), ToObservation);
}

std::vector<Observation> Repository::VisibleTo(Id org_id, std::optional<Id> member_id) {
  return db::All(db_.Query(kVisible, {org_id, db::OrNull(member_id)}), ToObservation);
}

Id Repository::InsertRequest(const Request& r) {
  return db_
      .Query(kInsertRequest, {r.org_id, *r.what.service_id, r.what.meeting_on, r.what.ask,
                              db::OrNull(r.asked_by), r.asked_by_name, r.created_at})
      .at(0)
      .i64("id");
}

std::vector<Request> Repository::Requests(Id org_id) {
  return db::All(db_.Query(kRequests, {org_id}), ToRequest);
}

}  // namespace boardlens::observations
