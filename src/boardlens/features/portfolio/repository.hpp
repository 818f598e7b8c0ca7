#pragma once
/// The portfolio's tables, for SQLite and PostgreSQL alike.

#include <optional>
#include <vector>

#include "boardlens/db/database.hpp"
#include "boardlens/features/portfolio/portfolio.hpp"

namespace boardlens::portfolio {

class Repository {
 public:
  explicit Repository(db::Database& db) : db_(db) {}

  /// Inserts the item with its links, funding and costs.
  Id Insert(const Item& item, std::optional<Id> by);
  /// Updates the item and replaces its links, funding and costs.
  void Update(const Item& item, std::optional<Id> by);
  std::optional<Item> Find(Id org_id, Id id);
  std::optional<Item> FindByName(Id org_id, const std::string& name);
  /// Programmes first, each followed by its projects, then projects in no programme; by name.
  std::vector<Item> List(Id org_id);

  /// Adds or replaces the month's rating.
  void PutRating(Id org_id, Id item_id, const Rating& rating, std::optional<Id> by);
  /// Oldest first.
  std::vector<Rating> Ratings(Id org_id, Id item_id);

 private:
  void WriteParts(const Item& item);
  Item& WithParts(Item& item);

  db::Database& db_;
};

}  // namespace boardlens::portfolio
