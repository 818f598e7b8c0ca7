#include "boardlens/db/sqlite/sqlite_database.hpp"

#include <sqlite3.h>

#include "boardlens/base/error.hpp"

namespace boardlens::db {

SqliteDatabase::SqliteDatabase(const std::string& path) {
  const int rc =
      sqlite3_open_v2(path.c_str(), &db_,
                      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    const std::string why = db_ != nullptr ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
    sqlite3_close(db_);
    db_ = nullptr;
    throw Error(ErrorKind::kUnavailable, "cannot open SQLite database " + path + ": " + why,
                "--database");
  }
  // WAL lets readers run beside one writer; the busy timeout makes concurrent writers from
  // other threads or processes wait instead of failing.
  sqlite3_busy_timeout(db_, 5000);
  ExecScript("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
}

SqliteDatabase::~SqliteDatabase() {
  for (auto& [sql, prepared] : statements_) sqlite3_finalize(prepared.stmt);
  sqlite3_close(db_);
}

void SqliteDatabase::Fail(int rc, std::string_view sql) const {
  const int base = rc & 0xff;
  std::string message = sqlite3_errmsg(db_);
  if (base == SQLITE_CONSTRAINT)
    throw Conflict("the change conflicts with stored data: " + message);
  if (base == SQLITE_BUSY || base == SQLITE_LOCKED) {
    throw Error(ErrorKind::kUnavailable, "the database is busy; try again");
  }
  throw std::runtime_error("SQLite: " + message + " in: " + std::string(sql.substr(0, 120)));
}

void SqliteDatabase::ExecScript(std::string_view sql) {
  char* err = nullptr;
  const int rc = sqlite3_exec(db_, std::string(sql).c_str(), nullptr, nullptr, &err);
  if (rc != SQLITE_OK) {
    sqlite3_free(err);
    Fail(rc, sql);
  }
}

SqliteDatabase::Prepared& SqliteDatabase::Prepare(std::string_view sql) {
  auto it = statements_.find(sql);
  if (it != statements_.end()) return it->second;
  sqlite3_stmt* stmt = nullptr;
  const int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                                    SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
  if (rc != SQLITE_OK) Fail(rc, sql);
  Prepared prepared{stmt, {}, {}};
  const int count = sqlite3_bind_parameter_count(stmt);
  for (int i = 1; i <= count; ++i) {
    const std::string name = "$" + std::to_string(i);
    prepared.slots.push_back(sqlite3_bind_parameter_index(stmt, name.c_str()));
  }
  std::vector<std::string> names;
  names.reserve(static_cast<std::size_t>(sqlite3_column_count(stmt)));
  for (int c = 0; c < sqlite3_column_count(stmt); ++c)
    names.emplace_back(sqlite3_column_name(stmt, c));
  prepared.columns = std::make_shared<const Columns>(std::move(names));
  return statements_.emplace(sql, prepared).first->second;
}

Rows SqliteDatabase::Query(std::string_view sql, std::span<const Value> params) {
  Prepared& p = Prepare(sql);
  if (params.size() != p.slots.size()) {
    throw std::logic_error("statement wants " + std::to_string(p.slots.size()) +
                           " parameters, got " + std::to_string(params.size()));
  }
  sqlite3_stmt* stmt = p.stmt;
  std::size_t i = 0;
  for (const Value& v : params) {
    const int slot = p.slots[i++];
    if (std::holds_alternative<std::nullptr_t>(v)) {
      sqlite3_bind_null(stmt, slot);
    } else if (const auto* n = std::get_if<std::int64_t>(&v)) {
      sqlite3_bind_int64(stmt, slot, *n);
    } else if (const auto* d = std::get_if<double>(&v)) {
      sqlite3_bind_double(stmt, slot, *d);
    } else {
      const auto& s = std::get<std::string>(v);
      sqlite3_bind_text(stmt, slot, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
    }
  }

  Rows rows;
  int rc = 0;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    const int columns = sqlite3_column_count(stmt);
    std::vector<Value> cells;
    cells.reserve(static_cast<std::size_t>(columns));
    for (int c = 0; c < columns; ++c) {
      switch (sqlite3_column_type(stmt, c)) {
        case SQLITE_INTEGER:
          cells.emplace_back(std::int64_t{sqlite3_column_int64(stmt, c)});
          break;
        case SQLITE_FLOAT:
          cells.emplace_back(sqlite3_column_double(stmt, c));
          break;
        case SQLITE_NULL:
          cells.emplace_back(nullptr);
          break;
        default: {
          const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
          cells.emplace_back(
              std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(stmt, c))));
        }
      }
    }
    rows.emplace_back(p.columns, std::move(cells));
  }
  sqlite3_reset(stmt);
  sqlite3_clear_bindings(stmt);
  if (rc != SQLITE_DONE) Fail(rc, sql);
  return rows;
}

}  // namespace boardlens::db
