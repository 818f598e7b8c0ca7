#pragma once
#include <string>

#include "boardlens/db/database.hpp"

struct pg_conn;
struct pg_result;

namespace boardlens::db {

/// One libpq connection. Statements are prepared on first use and kept for the connection's
/// life. Not thread-safe: one per thread (see StorePool).
class PostgresDatabase final : public Database {
 public:
  explicit PostgresDatabase(const std::string& url);
  ~PostgresDatabase() override;
  PostgresDatabase(const PostgresDatabase&) = delete;
  PostgresDatabase& operator=(const PostgresDatabase&) = delete;

  Dialect dialect() const override { return Dialect::kPostgres; }
  void ExecScript(std::string_view sql) override;
  using Database::Query;
  Rows Query(std::string_view sql, std::span<const Value> params) override;
  void Begin() override;
  void Commit() override;
  void Rollback() override;

 private:
  /// Throws the boardlens Error matching the result's SQLSTATE; frees `result`.
  [[noreturn]] void Fail(pg_result* result, std::string_view sql) const;

  /// After the server restarted or failed over, a dead connection is re-opened before the
  /// next statement, unless a transaction was under way (that one is lost and fails).
  void ReconnectIfBroken();

  pg_conn* conn_ = nullptr;
  bool in_transaction_ = false;
  struct Prepared {
    std::string name;
    std::shared_ptr<const Columns> columns;  ///< from the first result
  };
  StatementCache<Prepared> statement_names_;
};

}  // namespace boardlens::db
