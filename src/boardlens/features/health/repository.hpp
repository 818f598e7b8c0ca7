#pragma once
/// What the health check asks the database.

#include "boardlens/db/database.hpp"

namespace boardlens::health {

class Repository {
 public:
  explicit Repository(db::Database& db) : db_(db) {}
  /// The cheapest question that proves the database answers.
  void Ping();

 private:
  db::Database& db_;
};

}  // namespace boardlens::health
