#pragma once
/// The services register's tables, for SQLite and PostgreSQL alike.

#include <optional>
#include <vector>

#include "boardlens/db/database.hpp"
#include "boardlens/features/services/service.hpp"

namespace boardlens::services {

class Repository {
 public:
  explicit Repository(db::Database& db) : db_(db) {}

  Id Insert(const Service& service);
  void Update(const Service& service);
  std::optional<Service> Find(Id org_id, Id id);
  std::optional<Service> FindByName(Id org_id, const std::string& name);
  /// By name.
  std::vector<Service> List(Id org_id);

  /// Inserts the measure and its rebase dates.
  Id InsertMeasure(Id org_id, const Measure& measure);
  /// Updates the measure and replaces its rebase dates.
  void UpdateMeasure(const Measure& measure);
  std::optional<Measure> FindMeasure(Id org_id, Id measure_id);
  /// The measures of one service, or of all the organisation's services (`service_id` empty),
  /// by service then name.
  std::vector<Measure> Measures(Id org_id, std::optional<Id> service_id);

  /// In date order.
  std::vector<SpcPoint> Values(Id measure_id);
  void PutValue(Id measure_id, const SpcPoint& point);
  /// False when there was no value at `date`.
  bool DeleteValue(Id measure_id, const std::string& date);

 private:
  std::vector<std::string> Rebases(Id measure_id);

  db::Database& db_;
};

}  // namespace boardlens::services
