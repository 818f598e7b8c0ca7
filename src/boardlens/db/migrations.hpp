#pragma once
/// The schema, as numbered SQL files per dialect (db/migrations/DIALECT/NNN_what.sql),
/// compiled into the binary and applied in order, each in its own transaction.

#include <cstdint>
#include <string>
#include <vector>

#include "boardlens/db/database.hpp"

namespace boardlens::db {

struct Migration {
  int version = 0;   ///< NNN of the file name
  std::string name;  ///< the file name, e.g. 001_initial.sql
  std::string_view sql;
};

/// The migrations shipped for `dialect`, oldest first.
std::vector<Migration> ShippedMigrations(Dialect dialect);

/// Applies every shipped migration up to and including `up_to` (all when 0) that the
/// database has not had yet, recording each at `now`. Concurrent runs are serialised.
/// Returns how many were applied.
int Migrate(Database& db, std::int64_t now, int up_to = 0);

}  // namespace boardlens::db
