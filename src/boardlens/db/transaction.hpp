#pragma once
/// All of a change or none of it.

#include <type_traits>

#include "boardlens/db/database.hpp"

namespace boardlens::db {

/// Marks `db` as in a transaction for as long as it lives.
class TransactionScope {
 public:
  explicit TransactionScope(Database& db) : db_(db) { db_.in_transaction_ = true; }
  ~TransactionScope() { db_.in_transaction_ = false; }
  TransactionScope(const TransactionScope&) = delete;
  TransactionScope& operator=(const TransactionScope&) = delete;

 private:
  Database& db_;
};

/// Runs `fn` in a transaction on `db`: committed if it returns, rolled back if it throws.
/// Called inside another, it joins it: the outer transaction commits or rolls back the whole,
/// so one use case can run another's change inside its own (an import recording actions).
template <typename Fn>
auto Transaction(Database& db, Fn&& fn) -> decltype(fn()) {
  if (db.in_transaction()) return fn();
  const TransactionScope scope(db);
  db.Begin();
  try {
    if constexpr (std::is_void_v<decltype(fn())>) {
      fn();
      db.Commit();
    } else {
      auto result = fn();
      db.Commit();
      return result;
    }
  } catch (...) {
    db.Rollback();
    throw;
  }
}

}  // namespace boardlens::db
