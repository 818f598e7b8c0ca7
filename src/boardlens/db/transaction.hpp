#pragma once
/// All of a change or none of it.

#include <type_traits>

#include "boardlens/db/database.hpp"

namespace boardlens::db {

/// Runs `fn` in a transaction on `db`: committed if it returns, rolled back if it throws.
template <typename Fn>
auto Transaction(Database& db, Fn&& fn) -> decltype(fn()) {
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
