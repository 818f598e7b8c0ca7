#include "boardlens/features/actions/repository.hpp"

namespace boardlens::actions {
namespace {

using db::Row;

constexpr std::string_view kInsert =
    "INSERT INTO actions (org_id, title, detail, owner_member_id, due_on, status, progress, "
    "source_kind, source_id, source_ref, created_by, created_at, updated_by, updated_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $11, $12) RETURNING id";
constexpr std::string_view kUpdate =
    "UPDATE actions SET title = $3, detail = $4, owner_member_id = $5, due_on = $6, status = $7, "
    "progress = $8, updated_by = $9, updated_at = $10 WHERE org_id = $1 AND id = $2";
#define BOARDLENS_ACTION_SELECT                                                              \
  "SELECT a.id, a.org_id, a.title, a.detail, a.owner_member_id, m.name AS owner_name, "      \
  "a.due_on, a.status, a.progress, a.source_kind, a.source_id, a.source_ref, a.created_by, " \
  "a.created_at, a.updated_by, a.updated_at FROM actions a JOIN members m ON m.org_id = "    \
  "a.org_id AND m.id = a.owner_member_id "
constexpr std::string_view kFind = BOARDLENS_ACTION_SELECT "WHERE a.org_id = $1 AND a.id = $2";
constexpr std::string_view kList = BOARDLENS_ACTION_SELECT "WHERE a.org_id = $1 ORDER BY a.id";
constexpr std::string_view kFromSource = BOARDLENS_ACTION_SELECT
    "WHERE a.org_id = $1 AND a.source_kind = $2 AND a.source_id = $3 ORDER BY a.id";
constexpr std::string_view kOfKind =
    BOARDLENS_ACTION_SELECT "WHERE a.org_id = $1 AND a.source_kind = $2 ORDER BY a.id";
#undef BOARDLENS_ACTION_SELECT

Action ToAction(const Row& row) {
  Action a;
  a.id = row.i64("id");
  a.org_id = row.i64("org_id");
  a.what.title = row.text("title");
  a.what.detail = row.text("detail");
  a.what.owner_member_id = row.i64("owner_member_id");
  a.owner_name = row.text("owner_name");
  a.what.due_on = row.text("due_on");
  a.what.status = ParseActionStatus(row.text("status")).value_or(ActionStatus::kOpen);
  a.what.progress = row.text("progress");
  a.source.kind = ParseSourceKind(row.text("source_kind")).value_or(SourceKind::kNone);
  a.source.id = row.optional_i64("source_id");
  a.source.ref = row.text_or_empty("source_ref");
  a.created_by = row.optional_i64("created_by");
  a.created_at = row.i64("created_at");
  a.updated_by = row.optional_i64("updated_by");
  a.updated_at = row.i64("updated_at");
  return a;
}

}  // namespace

Id Repository::Insert(const Action& a) {
  return db_
      .Query(kInsert, {a.org_id, a.what.title, a.what.detail, *a.what.owner_member_id,
                       a.what.due_on, std::string(ToString(a.what.status)), a.what.progress,
                       std::string(ToString(a.source.kind)), db::OrNull(a.source.id),
                       db::OrNull(a.source.ref), db::OrNull(a.created_by), a.created_at})
      .at(0)
      .i64("id");
}

void Repository::Update(const Action& a) {
  db_.Query(kUpdate, {a.org_id, a.id, a.what.title, a.what.detail, *a.what.owner_member_id,
                      a.what.due_on, std::string(ToString(a.what.status)), a.what.progress,
                      db::OrNull(a.updated_by), a.updated_at});
}

std::optional<Action> Repository::Find(Id org_id, Id id) {
  return db::First(db_.Query(kFind, {org_id, id}), ToAction);
}

std::vector<Action> Repository::List(Id org_id) {
  return db::All(db_.Query(kList, {org_id}), ToAction);
}

std::vector<Action> Repository::FromSources(Id org_id, SourceKind kind,
                                            const std::vector<Id>& sources) {
  // One query a source: a board has a handful of rounds, and the dialects write IN lists
  // of bound values differently.
  std::vector<Action> out;
  for (const Id source : sources) {
    for (auto& a :
         db::All(db_.Query(kFromSource, {org_id, std::string(ToString(kind)), source}), ToAction)) {
      out.push_back(std::move(a));
    }
  }
  return out;
}

std::vector<Action> Repository::OfKind(Id org_id, SourceKind kind) {
  return db::All(db_.Query(kOfKind, {org_id, std::string(ToString(kind))}), ToAction);
}

}  // namespace boardlens::actions
