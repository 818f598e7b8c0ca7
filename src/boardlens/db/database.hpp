#pragma once
/// The narrow seam between boardlens and a SQL engine. sqlite/ and postgres/ implement it;
/// each feature's repository speaks SQL through it. Statements use $1, $2… placeholders,
/// which both engines understand, so one set of named queries serves both dialects.

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

namespace boardlens::db {

enum class Dialect { kSqlite, kPostgres };

/// A bound parameter or a result cell.
using Value = std::variant<std::nullptr_t, std::int64_t, double, std::string>;

/// The names of a result's columns, shared by its rows.
class Columns {
 public:
  explicit Columns(std::vector<std::string> names) : names_(std::move(names)) {}
  /// The position of column `name`; a query without it is a programming error.
  std::size_t Index(std::string_view name) const;

 private:
  std::vector<std::string> names_;
};

/// One result row, read by column name so that a query can change its column order, or gain
/// a column, without every reader having to follow.
class Row {
 public:
  Row(std::shared_ptr<const Columns> columns, std::vector<Value> cells)
      : columns_(std::move(columns)), cells_(std::move(cells)) {}
  bool null(std::string_view column) const;
  std::int64_t i64(std::string_view column) const;
  int i32(std::string_view column) const { return static_cast<int>(i64(column)); }
  bool flag(std::string_view column) const { return i64(column) != 0; }
  double f64(std::string_view column) const;
  const std::string& text(std::string_view column) const;
  std::optional<std::int64_t> optional_i64(std::string_view column) const;
  std::optional<double> optional_f64(std::string_view column) const;
  /// Text, or empty for NULL.
  std::string text_or_empty(std::string_view column) const;

 private:
  const Value& Cell(std::string_view column) const { return cells_[columns_->Index(column)]; }
  std::shared_ptr<const Columns> columns_;
  std::vector<Value> cells_;
};

using Rows = std::vector<Row>;

/// NULL for nullopt.
inline Value OrNull(const std::optional<std::int64_t>& v) { return v ? Value{*v} : Value{nullptr}; }
/// NULL for an empty text.
inline Value OrNull(const std::optional<double>& v) { return v ? Value{*v} : Value{nullptr}; }
inline Value OrNull(const std::string& text) { return text.empty() ? Value{nullptr} : Value{text}; }

/// The first row through `convert`, or nullopt when there is none.
template <typename Fn>
auto First(const Rows& rows, Fn convert) -> std::optional<decltype(convert(rows.front()))> {
  if (rows.empty()) return std::nullopt;
  return convert(rows.front());
}

/// Every row through `convert`.
template <typename Fn>
auto All(const Rows& rows, Fn convert) -> std::vector<decltype(convert(rows.front()))> {
  std::vector<decltype(convert(rows.front()))> out;
  out.reserve(rows.size());
  for (const Row& row : rows) out.push_back(convert(row));
  return out;
}

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
  virtual Rows Query(std::string_view sql, std::span<const Value> params) = 0;
  Rows Query(std::string_view sql, std::initializer_list<Value> params) {
    return Query(sql, std::span<const Value>(params.begin(), params.size()));
  }
  virtual void Begin() = 0;
  virtual void Commit() = 0;
  virtual void Rollback() = 0;
  /// From now on, a commit on this connection is on disk when Commit returns, even if the
  /// power fails. PostgreSQL's commits already are; SQLite's WAL mode with synchronous=NORMAL
  /// trades the last commits for speed, so its connection changes to synchronous=FULL.
  virtual void MakeCommitsDurable() {}

  /// Whether a db::Transaction is running on this connection.
  bool in_transaction() const { return open_transactions_ > 0; }

 private:
  friend class TransactionScope;
  int open_transactions_ = 0;  ///< db::Transaction calls running, the outermost first
};

/// Opens `url`: `sqlite://PATH` (relative, or absolute as sqlite:///var/lib/x.db),
/// `sqlite::memory:`, or `postgresql://…` (any libpq connection URI).
std::unique_ptr<Database> OpenDatabase(const std::string& url);

}  // namespace boardlens::db
