#pragma once
/// The observations and their requests, for SQLite and PostgreSQL alike.

#include <optional>
#include <vector>

#include "boardlens/db/database.hpp"
#include "boardlens/features/observations/observation.hpp"

namespace boardlens::observations {

class Repository {
 public:
  explicit Repository(db::Database& db) : db_(db) {}

  Id Insert(const Observation& observation);
  void Update(const Observation& observation);
  void Delete(Id org_id, Id id);
  std::optional<Observation> Find(Id org_id, Id id);
  /// What `member_id` may see: their own, shared or not, and every shared one.
  std::vector<Observation> VisibleTo(Id org_id, std::optional<Id> member_id);

  Id InsertRequest(const Request& request);
  std::vector<Request> Requests(Id org_id);

 private:
  db::Database& db_;
};

}  // namespace boardlens::observations
