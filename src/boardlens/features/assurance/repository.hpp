#pragma once
/// The reasons the board accepts for assurance gaps, for SQLite and PostgreSQL alike. Actions
/// agreed on gaps live in the one action log (features/actions).

#include <map>
#include <string>

#include "boardlens/db/database.hpp"
#include "boardlens/features/assurance/triangulation.hpp"

namespace boardlens::assurance {

class Repository {
 public:
  explicit Repository(db::Database& db) : db_(db) {}

  /// Records the reason for gap `key`, replacing any earlier one.
  void SaveReason(Id org_id, const std::string& key, const Response& reason,
                  std::optional<Id> recorded_by);
  /// Every reason recorded, by gap key.
  std::map<std::string, Response> Reasons(Id org_id);

 private:
  db::Database& db_;
};

}  // namespace boardlens::assurance
