#include "boardlens/db/database.hpp"

#include "boardlens/base/error.hpp"
#include "boardlens/db/postgres/postgres_database.hpp"
#include "boardlens/db/sqlite/sqlite_database.hpp"

namespace boardlens::db {
namespace {
[[noreturn]] void WrongType(std::string_view column, const char* wanted) {
  throw std::logic_error("result column " + std::string(column) + " is not " + wanted);
}
}  // namespace

std::size_t Columns::Index(std::string_view name) const {
  for (std::size_t i = 0; i < names_.size(); ++i) {
    if (names_[i] == name) return i;
  }
  throw std::logic_error("the query has no column " + std::string(name));
}

bool Row::null(std::string_view column) const {
  return std::holds_alternative<std::nullptr_t>(Cell(column));
}

std::int64_t Row::i64(std::string_view column) const {
  if (const auto* p = std::get_if<std::int64_t>(&Cell(column))) return *p;
  WrongType(column, "an integer");
}

double Row::f64(std::string_view column) const {
  const Value& v = Cell(column);
  if (const auto* d = std::get_if<double>(&v)) return *d;
  if (const auto* n = std::get_if<std::int64_t>(&v)) return static_cast<double>(*n);
  WrongType(column, "a number");
}

const std::string& Row::text(std::string_view column) const {
  if (const auto* s = std::get_if<std::string>(&Cell(column))) return *s;
  WrongType(column, "text");
}

std::optional<std::int64_t> Row::optional_i64(std::string_view column) const {
  if (null(column)) return std::nullopt;
  return i64(column);
}

std::optional<double> Row::optional_f64(std::string_view column) const {
  if (null(column)) return std::nullopt;
  return f64(column);
}

std::string Row::text_or_empty(std::string_view column) const {
  return null(column) ? std::string() : text(column);
}

std::unique_ptr<Database> OpenDatabase(const std::string& url) {
  constexpr std::string_view kSqlite = "sqlite://";
  if (url == "sqlite::memory:") return std::make_unique<SqliteDatabase>(":memory:");
  if (url.rfind(kSqlite, 0) == 0) {
    const std::string path = url.substr(kSqlite.size());
    if (path.empty()) throw Invalid("the SQLite URL names no file", "--database");
    return std::make_unique<SqliteDatabase>(path);
  }
  if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0) {
    return std::make_unique<PostgresDatabase>(url);
  }
  throw Invalid(
      "unknown database URL \"" + url + "\" (expected sqlite://FILE or postgresql://USER@HOST/DB)",
      "--database");
}

}  // namespace boardlens::db
