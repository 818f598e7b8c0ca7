#include "boardlens/features/services/candidates.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace boardlens::services {
namespace {

/// The latest point says less than before: concern for a measure where up is better, or a low
/// special cause for a neutral one.
bool Declining(const SpcChart& chart) {
  return chart.variation == PointType::kConcern || chart.variation == PointType::kNeutralLow;
}

}  // namespace

std::vector<Candidate> SwitchOffCandidates(const std::vector<Evidence>& services) {
  // Cost per active user of every service not retired that has both figures; the top tenth
  // stands out. Fewer than ten such services have no top tenth, so none is flagged for cost.
  std::map<Id, double> cost_per_user;
  for (const Evidence& e : services) {
    const auto& revenue = e.service.what.annual_revenue_cost;
    if (e.service.what.stage == Stage::kRetired || !revenue || !e.latest_users ||
        *e.latest_users <= 0) {
      continue;
    }
    cost_per_user[e.service.id] = static_cast<double>(*revenue) / *e.latest_users;
  }
  std::vector<double> costs;
  costs.reserve(cost_per_user.size());
  for (const auto& [id, cost] : cost_per_user) costs.push_back(cost);
  std::sort(costs.begin(), costs.end(), std::greater<>());
  const std::size_t top = costs.size() / 10;
  const double threshold = top == 0 ? std::numeric_limits<double>::infinity() : costs.at(top - 1);

  std::vector<Candidate> out;
  for (const Evidence& e : services) {
    if (e.service.what.stage == Stage::kRetired) continue;
    Candidate c{e.service, {}, std::nullopt};
    if (e.use && Declining(*e.use)) {
      c.reasons.push_back(
          "Fewer people are using it: the latest month's active users show "
          "special-cause variation below the usual range.");
    }
    if (const auto it = cost_per_user.find(e.service.id); it != cost_per_user.end()) {
      c.cost_per_user = it->second;
      if (it->second >= threshold) {
        c.reasons.push_back("It costs " + PoundsText(std::llround(it->second)) +
                            " a year for each active user, in the top tenth of the "
                            "organisation's services.");
      }
    }
    if (e.satisfaction && e.satisfaction->variation == PointType::kConcern) {
      c.reasons.push_back(
          "People like it less: the latest satisfaction figure shows "
          "special-cause concern.");
    }
    if (!c.reasons.empty()) out.push_back(std::move(c));
  }
  return out;
}

}  // namespace boardlens::services
