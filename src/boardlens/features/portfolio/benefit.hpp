#pragma once
/// A benefit a programme or project is to bring, without I/O: its owner on the board, its
/// measure from a baseline to a target by a date, and the checks it must pass. Its actuals
/// are a series charted as service measures are (services/spc.hpp).

#include <optional>
#include <string>
#include <vector>

#include "boardlens/base/access.hpp"
#include "boardlens/features/services/spc.hpp"

namespace boardlens::portfolio {

struct BenefitInput {
  std::string title;
  std::optional<Id> owner_member_id;  ///< a board member
  std::string measure;                ///< what is counted
  std::string unit;                   ///< "%", "hours"...
  services::Improvement improvement = services::Improvement::kUp;
  std::optional<double> baseline;
  std::string baseline_on;  ///< YYYY-MM-DD
  std::optional<double> target;
  std::string target_on;  ///< YYYY-MM-DD, after the baseline
};

struct Benefit {
  Id id = 0;
  Id item_id = 0;
  BenefitInput what;
  std::string owner_name;
  std::string item_name;
};

/// A benefit with its actuals and (from 2 of them) their chart.
struct BenefitSeries {
  Benefit benefit;
  std::vector<services::SpcPoint> actuals;
  std::optional<services::SpcChart> chart;
};

/// Trims and checks every field at once; throws one Invalid naming each field at fault. The
/// target's date must come after the baseline's; better is up or down, never neutral.
void CheckBenefit(BenefitInput& input);
/// The directions a benefit may improve in: up or down, never neutral.
std::vector<std::string_view> BenefitImprovementNames();

/// The chart's options: the benefit's direction, target and trajectory from baseline to
/// target.
services::SpcOptions OptionsOf(const BenefitInput& benefit);

}  // namespace boardlens::portfolio
