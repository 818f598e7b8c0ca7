#include "boardlens/db/postgres/postgres_database.hpp"

#include <libpq-fe.h>

#include <charconv>
#include <cstdio>
#include <memory>
#include <vector>

#include "boardlens/base/error.hpp"

namespace boardlens::db {
namespace {

// Type OIDs from PostgreSQL's pg_type.h; anything else is read as text.
constexpr Oid kBool = 16;
constexpr Oid kInt8 = 20;
constexpr Oid kInt2 = 21;
constexpr Oid kInt4 = 23;
constexpr Oid kFloat4 = 700;
constexpr Oid kFloat8 = 701;
constexpr Oid kNumeric = 1700;

struct ResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

Value Cell(const PGresult* r, int row, int col) {
  if (PQgetisnull(r, row, col) != 0) return nullptr;
  const char* text = PQgetvalue(r, row, col);
  const auto len = static_cast<std::size_t>(PQgetlength(r, row, col));
  switch (PQftype(r, col)) {
    case kBool:
      return std::int64_t{text[0] == 't' ? 1 : 0};
    case kInt2:
    case kInt4:
    case kInt8: {
      std::int64_t n = 0;
      std::from_chars(text, text + len, n);
      return n;
    }
    case kFloat4:
    case kFloat8:
    case kNumeric: {
      // Since PostgreSQL 12 floats are sent in their shortest exact form, so this round-trips.
      double d = 0;
      std::from_chars(text, text + len, d);
      return d;
    }
    default:
      return std::string(text, len);
  }
}

}  // namespace

PostgresDatabase::PostgresDatabase(const std::string& url) : conn_(PQconnectdb(url.c_str())) {
  if (PQstatus(conn_) != CONNECTION_OK) {
    std::string why = PQerrorMessage(conn_);
    while (!why.empty() && why.back() == '\n') why.pop_back();
    PQfinish(conn_);
    conn_ = nullptr;
    throw Error(ErrorKind::kUnavailable, "cannot connect to PostgreSQL: " + why, "--database");
  }
  ExecScript("SET client_min_messages = warning");
}

PostgresDatabase::~PostgresDatabase() { PQfinish(conn_); }

void PostgresDatabase::Fail(PGresult* result, std::string_view sql) const {
  Result owned(result);
  const char* state = result != nullptr ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  std::string message = result != nullptr ? PQresultErrorMessage(result) : PQerrorMessage(conn_);
  while (!message.empty() && message.back() == '\n') message.pop_back();
  const std::string code = state != nullptr ? state : "";
  if (code.rfind("23", 0) == 0) throw Conflict("the change conflicts with stored data: " + message);
  if (code == "40001" || code == "40P01" || PQstatus(conn_) != CONNECTION_OK) {
    throw Error(ErrorKind::kUnavailable, "the database could not complete the request; try again");
  }
  throw std::runtime_error("PostgreSQL: " + message + " in: " + std::string(sql.substr(0, 120)));
}

void PostgresDatabase::ReconnectIfBroken() {
  if (PQstatus(conn_) == CONNECTION_OK || in_transaction_) return;
  PQreset(conn_);
  statement_names_.clear();  // prepared statements died with the old session
  if (PQstatus(conn_) != CONNECTION_OK) {
    throw Error(ErrorKind::kUnavailable, "the database is unavailable; try again shortly");
  }
  ExecScript("SET client_min_messages = warning");
}

void PostgresDatabase::Begin() {
  ExecScript("BEGIN");
  in_transaction_ = true;
}

void PostgresDatabase::Commit() {
  in_transaction_ = false;
  ExecScript("COMMIT");
}

void PostgresDatabase::Rollback() {
  in_transaction_ = false;
  ExecScript("ROLLBACK");
}

void PostgresDatabase::ExecScript(std::string_view sql) {
  ReconnectIfBroken();
  PGresult* r = PQexec(conn_, std::string(sql).c_str());
  const auto status = PQresultStatus(r);
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) Fail(r, sql);
  PQclear(r);
}

Rows PostgresDatabase::Query(std::string_view sql, std::span<const Value> params) {
  ReconnectIfBroken();
  auto it = statement_names_.find(sql);
  if (it == statement_names_.end()) {
    std::string name = "s" + std::to_string(statement_names_.size());
    PGresult* r = PQprepare(conn_, name.c_str(), std::string(sql).c_str(), 0, nullptr);
    if (PQresultStatus(r) != PGRES_COMMAND_OK) Fail(r, sql);
    PQclear(r);
    it = statement_names_.emplace(sql, Prepared{std::move(name), nullptr}).first;
  }

  std::vector<std::string> texts;
  texts.reserve(params.size());
  std::vector<const char*> values;
  values.reserve(params.size());
  for (const Value& v : params) {
    if (std::holds_alternative<std::nullptr_t>(v)) {
      texts.emplace_back();
    } else if (const auto* n = std::get_if<std::int64_t>(&v)) {
      texts.push_back(std::to_string(*n));
    } else if (const auto* d = std::get_if<double>(&v)) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.17g", *d);
      texts.emplace_back(buf);
    } else {
      texts.push_back(std::get<std::string>(v));
    }
  }
  std::size_t i = 0;
  for (const Value& v : params) {
    values.push_back(std::holds_alternative<std::nullptr_t>(v) ? nullptr : texts[i].c_str());
    ++i;
  }

  PGresult* raw = PQexecPrepared(conn_, it->second.name.c_str(), static_cast<int>(values.size()),
                                 values.data(), nullptr, nullptr, 0);
  const auto status = PQresultStatus(raw);
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) Fail(raw, sql);
  Result r(raw);
  Rows rows;
  const int n = PQntuples(raw);
  const int columns = PQnfields(raw);
  if (!it->second.columns) {
    std::vector<std::string> names;
    names.reserve(static_cast<std::size_t>(columns));
    for (int c = 0; c < columns; ++c) names.emplace_back(PQfname(raw, c));
    it->second.columns = std::make_shared<const Columns>(std::move(names));
  }
  rows.reserve(static_cast<std::size_t>(n));
  for (int row = 0; row < n; ++row) {
    std::vector<Value> cells;
    cells.reserve(static_cast<std::size_t>(columns));
    for (int c = 0; c < columns; ++c) cells.push_back(Cell(raw, row, c));
    rows.emplace_back(it->second.columns, std::move(cells));
  }
  return rows;
}

}  // namespace boardlens::db
