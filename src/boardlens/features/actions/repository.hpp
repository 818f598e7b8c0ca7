#pragma once
/// The actions table, for SQLite and PostgreSQL alike.

#include <optional>
#include <vector>

#include "boardlens/db/database.hpp"
#include "boardlens/features/actions/action.hpp"

namespace boardlens::actions {

class Repository {
 public:
  explicit Repository(db::Database& db) : db_(db) {}

  Id Insert(const Action& action);
  void Update(const Action& action);
  std::optional<Action> Find(Id org_id, Id id);
  std::vector<Action> List(Id org_id);
  /// Actions raised from any of `sources` of one kind, e.g. the earlier rounds of a framework.
  std::vector<Action> FromSources(Id org_id, SourceKind kind, const std::vector<Id>& sources);
  /// Every action raised on a source of `kind`, oldest first.
  std::vector<Action> OfKind(Id org_id, SourceKind kind);

 private:
  db::Database& db_;
};

}  // namespace boardlens::actions
