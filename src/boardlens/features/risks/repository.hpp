#pragma once
/// The risk register's tables, for SQLite and PostgreSQL alike.

#include <optional>
#include <vector>

#include "boardlens/db/database.hpp"
#include "boardlens/features/risks/risk.hpp"

namespace boardlens::risks {

class Repository {
 public:
  explicit Repository(db::Database& db) : db_(db) {}

  Id Insert(const Risk& risk);
  void Update(const Risk& risk);
  /// With its last review (its actions are the action log's).
  std::optional<Risk> Find(Id org_id, Id id);
  std::optional<Id> FindByTitle(Id org_id, const std::string& title);
  /// Every risk with its last review, by title.
  std::vector<Risk> List(Id org_id);

  Id InsertReview(Id org_id, Id risk_id, const Review& review);
  /// Newest first.
  std::vector<Review> Reviews(Id org_id, Id risk_id);

  std::vector<Appetite> Appetites(Id org_id);
  void PutAppetite(Id org_id, const Appetite& appetite);

 private:
  /// Fills in the last reviews of `risks`, all of one organisation.
  void AddLastReviews(Id org_id, std::vector<Risk>& risks);

  db::Database& db_;
};

}  // namespace boardlens::risks
