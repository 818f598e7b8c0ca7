#pragma once
/// The narrow seam between boardlens and a SQL engine. sqlite/ and postgres/ implement it;
/// Store (store.hpp) speaks SQL through it. Statements use $1, $2… placeholders, which both
/// engines understand, so one set of named queries serves both dialects.

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

namespace boardlens::storage {

enum class Dialect { kSqlite, kPostgres };

/// A bound parameter or a result cell.
using Value = std::variant<std::nullptr_t, std::int64_t, double, std::string>;

class Row {
 public:
  explicit Row(std::vector<Value> cells) : cells_(std::move(cells)) {}
  bool null(std::size_t i) const { return std::holds_alternative<std::nullptr_t>(cells_.at(i)); }
  std::int64_t i64(std::size_t i) const;
  int i32(std::size_t i) const { return static_cast<int>(i64(i)); }
  double f64(std::size_t i) const;
  const std::string& text(std::size_t i) const;

 private:
  std::vector<Value> cells_;
};

using Rows = std::vector<Row>;

/// Hash for maps keyed by SQL text that are looked up by string_view without allocating.
struct SqlHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view sql) const { return std::hash<std::string_view>{}(sql); }
};
template <typename T>
using StatementCache = std::unordered_map<std::string, T, SqlHash, std::equal_to<>>;

class Database {
 public:
  virtual ~Database() = default;
  virtual Dialect dialect() const = 0;
  /// Runs one or more statements with no parameters (migrations).
  virtual void ExecScript(std::string_view sql) = 0;
  /// Runs one statement; statements are prepared once per connection and reused.
  virtual Rows Query(std::string_view sql, std::initializer_list<Value> params) = 0;
  virtual void Begin() = 0;
  virtual void Commit() = 0;
  virtual void Rollback() = 0;
};

/// Opens `url`: `sqlite://PATH` (relative, or absolute as sqlite:///var/lib/x.db),
/// `sqlite::memory:`, or `postgresql://…` (any libpq connection URI).
std::unique_ptr<Database> OpenDatabase(const std::string& url);

}  // namespace boardlens::storage
