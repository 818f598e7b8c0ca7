#include "boardlens/storage/database.hpp"

#include "boardlens/storage/postgres/postgres_database.hpp"
#include "boardlens/storage/sqlite/sqlite_database.hpp"
#include "boardlens/util/error.hpp"

namespace boardlens::storage {
namespace {
[[noreturn]] void WrongType(std::size_t i, const char* wanted) {
  throw std::logic_error("result column " + std::to_string(i) + " is not " + wanted);
}
}  // namespace

std::int64_t Row::i64(std::size_t i) const {
  const Value& v = cells_.at(i);
  if (const auto* p = std::get_if<std::int64_t>(&v)) return *p;
  WrongType(i, "an integer");
}

double Row::f64(std::size_t i) const {
  const Value& v = cells_.at(i);
  if (const auto* d = std::get_if<double>(&v)) return *d;
  if (const auto* n = std::get_if<std::int64_t>(&v)) return static_cast<double>(*n);
  WrongType(i, "a number");
}

const std::string& Row::text(std::size_t i) const {
  const Value& v = cells_.at(i);
  if (const auto* s = std::get_if<std::string>(&v)) return *s;
  WrongType(i, "text");
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

}  // namespace boardlens::storage
