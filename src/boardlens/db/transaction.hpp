#pragma once
/// All of a change or none of it.

#include <string>
#include <type_traits>

#include "boardlens/db/database.hpp"

namespace boardlens::db {

/// One more db::Transaction running on `db` for as long as it lives; its depth names its
/// savepoint.
class TransactionScope {
 public:
  explicit TransactionScope(Database& db) : db_(db), depth_(++db_.open_transactions_) {}
  ~TransactionScope() { --db_.open_transactions_; }
  TransactionScope(const TransactionScope&) = delete;
  TransactionScope& operator=(const TransactionScope&) = delete;
  bool outermost() const { return depth_ == 1; }
  std::string savepoint() const { return "nested_" + std::to_string(depth_); }

 private:
  Database& db_;
  int depth_;
};

/// Runs `fn` in a transaction on `db`: committed if it returns, rolled back if it throws.
/// Called inside another it is a savepoint of that one, so one use case can run another's
/// change inside its own (an import recording actions): a failure undoes only the inner part,
/// and the outer transaction still commits or rolls back the whole.
template <typename Fn>
auto Transaction(Database& db, Fn&& fn) -> decltype(fn()) {
  const TransactionScope scope(db);
  const auto begin = [&] {
    if (scope.outermost()) {
      db.Begin();
    } else {
      db.ExecScript("SAVEPOINT " + scope.savepoint());
    }
  };
  const auto commit = [&] {
    if (scope.outermost()) {
      db.Commit();
    } else {
      db.ExecScript("RELEASE SAVEPOINT " + scope.savepoint());
    }
  };
  begin();
  try {
    if constexpr (std::is_void_v<decltype(fn())>) {
      fn();
      commit();
    } else {
      auto result = fn();
      commit();
      return result;
    }
  } catch (...) {
    if (scope.outermost()) {
      db.Rollback();
    } else {
      db.ExecScript("ROLLBACK TO SAVEPOINT " + scope.savepoint() + "; RELEASE SAVEPOINT " +
                    scope.savepoint());
    }
    throw;
  }
}

}  // namespace boardlens::db
