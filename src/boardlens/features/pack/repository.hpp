#pragma once
/// The packs issued for meetings, for SQLite and PostgreSQL alike.

#include <optional>
#include <string>
#include <vector>

#include "boardlens/db/database.hpp"
#include "boardlens/features/pack/issued.hpp"

namespace boardlens::pack {

class Repository {
 public:
  explicit Repository(db::Database& db) : db_(db) {}

  Id Insert(const IssuedPack& pack, const std::string& pdf);
  /// Latest issued first.
  std::vector<IssuedPack> List(Id org_id);
  std::optional<IssuedPack> Find(Id org_id, Id id);
  /// The file as it was issued.
  std::optional<std::string> File(Id org_id, Id id);

 private:
  db::Database& db_;
};

}  // namespace boardlens::pack
