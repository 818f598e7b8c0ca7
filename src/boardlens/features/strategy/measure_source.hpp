#pragma once
/// What the strategy needs from the services register to judge an outcome linked to a
/// measure. The strategy declares this; the services feature implements it and the composition
/// root provides it, so the strategy never names the register's internals.

#include <optional>
#include <string>
#include <vector>

#include "boardlens/base/access.hpp"
#include "boardlens/features/services/spc.hpp"

namespace boardlens::strategy {

/// A measure an outcome may link to: "service — measure" in the edit form's select.
struct MeasureChoice {
  Id id = 0;
  std::string service;  ///< the service's name
  std::string name;     ///< the measure's name
  std::string unit;     ///< "%", "users"... or empty
  services::Improvement improvement = services::Improvement::kNeutral;
};

/// A measure with its latest value from a complete period (a month or week that is over).
struct MeasureReading {
  MeasureChoice measure;
  std::optional<services::SpcPoint> latest;  ///< none before a complete period has a value
};

class MeasureSource {
 public:
  virtual ~MeasureSource() = default;
  /// The measures of organisation `org_id`'s services, by service then measure name (no
  /// rights: the strategy asked already).
  virtual std::vector<MeasureChoice> MeasuresOf(Id org_id) = 0;
  /// Measure `measure_id` of organisation `org_id` read on `today` (YYYY-MM-DD); none when the
  /// organisation has no such measure (another organisation's, or deleted).
  virtual std::optional<MeasureReading> ReadingOf(Id org_id, Id measure_id,
                                                  const std::string& today) = 0;
};

}  // namespace boardlens::strategy
