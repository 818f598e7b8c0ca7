#pragma once
/// The strategy's versions, for SQLite and PostgreSQL alike.

#include <optional>
#include <vector>

#include "boardlens/db/database.hpp"
#include "boardlens/features/strategy/strategy.hpp"

namespace boardlens::strategy {

class Repository {
 public:
  explicit Repository(db::Database& db) : db_(db) {}

  /// Writes `strategy` whole as its version.
  void Insert(const Strategy& strategy);
  /// The newest version.
  std::optional<Strategy> Latest(Id org_id);
  std::optional<Strategy> Find(Id org_id, int version);
  /// The newest version the board approved.
  std::optional<Strategy> LatestApproved(Id org_id);
  /// Every version's header, newest first (no lists).
  std::vector<Version> Versions(Id org_id);
  /// The largest item key any version of the organisation's strategy has used.
  Id LargestKey(Id org_id);
  void Approve(Id org_id, int version, const std::string& approved_on,
               std::optional<Id> approved_by, const std::string& approved_by_name,
               std::int64_t approved_at);

 private:
  std::optional<Strategy> WithLists(std::optional<Strategy> header);

  db::Database& db_;
};

}  // namespace boardlens::strategy
