#include "boardlens/features/portfolio/benefit.hpp"

#include <cmath>

#include "boardlens/base/error.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/features/portfolio/item.hpp"
#include "boardlens/features/services/series_csv.hpp"

namespace boardlens::portfolio {
namespace {

void Number(Problems& problems, const std::optional<double>& value, const char* field,
            const char* what) {
  if (!value) {
    problems.Add(std::string("Enter the ") + what, field);
  } else if (auto problem = NumberProblem(*value, services::kValueRule)) {
    problems.Add(*problem, field);
  }
}

}  // namespace

std::vector<std::string_view> BenefitImprovementNames() {
  std::vector<std::string_view> names = services::ImprovementNames();
  std::erase(names, services::ToString(services::Improvement::kNeutral));
  return names;
}

void CheckBenefit(BenefitInput& in) {
  Problems problems;
  const auto text = [&](std::string& value, const char* field, const char* what, bool required) {
    if (required && Trim(value).empty()) {
      problems.Add(std::string("Enter ") + what, field);
      return;
    }
    problems.Check([&] { value = OptionalText(value, field, kMaxNameLength, Lines::kOne); });
  };
  text(in.title, "title", "the benefit", true);
  text(in.measure, "measure", "how the benefit is measured", true);
  text(in.unit, "unit", "", false);
  if (!in.owner_member_id) problems.Add("Choose the board member who owns the benefit", "owner");
  if (in.improvement == services::Improvement::kNeutral) {
    problems.Add("Say whether higher or lower is better", "improvement");
  }
  Number(problems, in.baseline, "baseline", "baseline");
  Number(problems, in.target, "target", "target");
  in.baseline_on = std::string(Trim(in.baseline_on));
  in.target_on = std::string(Trim(in.target_on));
  const bool baseline_date = IsValidDate(in.baseline_on);
  const bool target_date = IsValidDate(in.target_on);
  if (!baseline_date) problems.Add("Enter the date of the baseline as YYYY-MM-DD", "baseline_on");
  if (!target_date) problems.Add("Enter the date of the target as YYYY-MM-DD", "target_on");
  if (baseline_date && target_date && in.target_on <= in.baseline_on) {
    problems.Add("The target's date must come after the baseline's", "target_on");
  }
  problems.ThrowIfAny();
}

services::SpcOptions OptionsOf(const BenefitInput& benefit) {
  services::SpcOptions options;
  options.improvement = benefit.improvement;
  options.target = benefit.target;
  // A benefit moves from its baseline to its target: each actual is judged against where the
  // trajectory was at its date, not against a target years away.
  if (benefit.baseline && benefit.target && benefit.baseline_on < benefit.target_on) {
    options.trajectory = services::Trajectory{benefit.baseline_on, *benefit.baseline,
                                              benefit.target_on, *benefit.target};
  }
  return options;
}

}  // namespace boardlens::portfolio
