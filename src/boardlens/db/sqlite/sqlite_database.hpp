#pragma once
#include <memory>
#include <string>
#include <vector>

#include "boardlens/db/database.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace boardlens::db {

/// One SQLite connection in WAL mode. Not thread-safe: one per thread (see Registry).
class SqliteDatabase final : public Database {
 public:
  explicit SqliteDatabase(const std::string& path);
  ~SqliteDatabase() override;
  SqliteDatabase(const SqliteDatabase&) = delete;
  SqliteDatabase& operator=(const SqliteDatabase&) = delete;

  Dialect dialect() const override { return Dialect::kSqlite; }
  void ExecScript(std::string_view sql) override;
  using Database::Query;
  Rows Query(std::string_view sql, std::span<const Value> params) override;
  void Begin() override { ExecScript("BEGIN IMMEDIATE"); }
  void Commit() override { ExecScript("COMMIT"); }
  void Rollback() override { ExecScript("ROLLBACK"); }
  void MakeCommitsDurable() override { ExecScript("PRAGMA synchronous=FULL"); }

 private:
  struct Prepared {
    sqlite3_stmt* stmt;
    std::vector<int> slots;  ///< slots[i] is the bind index of $i+1
    std::shared_ptr<const Columns> columns;
  };
  Prepared& Prepare(std::string_view sql);
  [[noreturn]] void Fail(int rc, std::string_view sql) const;

  sqlite3* db_ = nullptr;
  StatementCache<Prepared> statements_;
};

}  // namespace boardlens::db
