#include "boardlens/db/migrations.hpp"

#include <algorithm>
#include <charconv>

#include "boardlens/base/embedded.hpp"
#include "boardlens/db/transaction.hpp"

namespace boardlens::db {
namespace {

constexpr std::string_view kCreateMigrationsTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT "
    "NULL, applied_at BIGINT NOT NULL)";
constexpr std::string_view kMigrationApplied = "SELECT 1 FROM schema_migrations WHERE version = $1";
constexpr std::string_view kRecordMigration =
    "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)";
/// Serialises concurrent `migrate` runs on PostgreSQL (SQLite's BEGIN IMMEDIATE already does).
constexpr std::string_view kPostgresMigrationLock = "SELECT pg_advisory_xact_lock(4242001)";

/// Migration files are named NNN_description.sql; NNN is the version.
int VersionOf(std::string_view file_name) {
  int version = 0;
  std::from_chars(file_name.data(), file_name.data() + file_name.size(), version);
  return version;
}

}  // namespace

std::vector<Migration> ShippedMigrations(Dialect dialect) {
  const std::string prefix = dialect == Dialect::kSqlite ? "sqlite/" : "postgres/";
  std::vector<Migration> out;
  for (const EmbeddedFile& f : EmbeddedMigrations()) {
    if (!f.name.starts_with(prefix)) continue;
    std::string name(f.name.substr(prefix.size()));
    out.push_back({VersionOf(name), std::move(name), f.data});
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  return out;
}

int Migrate(Database& db, std::int64_t now, int up_to) {
  int applied = 0;
  for (const Migration& m : ShippedMigrations(db.dialect())) {
    if (up_to != 0 && m.version > up_to) break;
    Transaction(db, [&] {
      if (db.dialect() == Dialect::kPostgres) db.Query(kPostgresMigrationLock, {});
      db.ExecScript(kCreateMigrationsTable);
      if (!db.Query(kMigrationApplied, {std::int64_t{m.version}}).empty()) return;
      db.ExecScript(m.sql);
      db.Query(kRecordMigration, {std::int64_t{m.version}, m.name, now});
      ++applied;
    });
  }
  return applied;
}

}  // namespace boardlens::db
