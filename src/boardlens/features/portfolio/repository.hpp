#pragma once
/// The portfolio's tables, for SQLite and PostgreSQL alike.

#include <optional>
#include <vector>

#include "boardlens/db/database.hpp"
#include "boardlens/features/portfolio/benefit.hpp"
#include "boardlens/features/portfolio/item.hpp"

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
  /// Sets the item's owner, dates and money and replaces its milestones; the caller holds the
  /// transaction.
  void PutAssurance(Id org_id, Id item_id, const Assurance& assurance, std::optional<Id> by,
                    std::int64_t at);

  Id InsertBenefit(Id org_id, const Benefit& benefit, std::optional<Id> by, std::int64_t at);
  void UpdateBenefit(Id org_id, const Benefit& benefit, std::optional<Id> by, std::int64_t at);
  std::optional<Benefit> FindBenefit(Id org_id, Id id);
  /// The benefits of one item, or of every item (`item_id` empty), by item then title.
  std::vector<Benefit> Benefits(Id org_id, std::optional<Id> item_id);
  /// In date order.
  std::vector<services::SpcPoint> Actuals(Id org_id, Id benefit_id);
  /// Adds or replaces the actual at its date.
  void PutActual(Id org_id, Id benefit_id, const services::SpcPoint& point);

 private:
  void WriteParts(const Item& item);
  Item& WithParts(Item& item);

  db::Database& db_;
};

}  // namespace boardlens::portfolio
