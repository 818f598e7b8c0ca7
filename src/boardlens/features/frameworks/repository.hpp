#pragma once
/// Where framework versions and their items are kept. The SQL (repository.cpp) runs unchanged
/// on SQLite and PostgreSQL.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "boardlens/db/database.hpp"
#include "boardlens/features/frameworks/framework.hpp"

namespace boardlens::frameworks {

class Repository {
 public:
  explicit Repository(db::Database& db) : db_(db) {}

  Id InsertFramework(const Framework& fw, std::optional<Id> owner, std::int64_t now);
  /// The newest version of `ref`, whoever owns it.
  std::optional<StoredFramework> FindLatestFramework(const std::string& ref);
  std::optional<StoredFramework> FindFramework(Id id);
  /// Latest version of every framework national or owned by `org_id` (nullopt: national only).
  std::vector<StoredFramework> ListFrameworks(std::optional<Id> org_id);

 private:
  db::Database& db_;
};

}  // namespace boardlens::frameworks
