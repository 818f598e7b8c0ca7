#pragma once
/// What the strategy needs from the register to judge outcomes linked to measures
/// (strategy/measure_source.hpp): the strategy sits above the register, so the register
/// provides this through the strategy's interface.

#include <optional>
#include <string>
#include <vector>

#include "boardlens/db/database.hpp"
#include "boardlens/features/services/repository.hpp"
#include "boardlens/features/strategy/measure_source.hpp"

namespace boardlens::services {

class StrategyMeasures final : public strategy::MeasureSource {
 public:
  explicit StrategyMeasures(db::Database& db) : repository_(db) {}
  std::vector<strategy::MeasureChoice> MeasuresOf(Id org_id) override;
  std::optional<strategy::MeasureReading> ReadingOf(Id org_id, Id measure_id,
                                                    const std::string& today) override;

 private:
  Repository repository_;
};

}  // namespace boardlens::services
