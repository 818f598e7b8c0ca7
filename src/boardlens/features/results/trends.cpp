#include "boardlens/features/results/trends.hpp"

#include <algorithm>
#include <cmath>

namespace boardlens::results {

std::optional<double> ChangeSinceFirst(const std::vector<std::optional<double>>& means) {
  const auto first = std::find_if(means.begin(), means.end(), [](const auto& m) { return m; });
  const auto last = std::find_if(means.rbegin(), means.rend(), [](const auto& m) { return m; });
  if (first == means.end() || first == std::prev(last.base())) return std::nullopt;
  const auto shown = [](double v) { return std::round(v * 10) / 10; };
  return shown(**last) - shown(**first);
}

Trend Trends::Of(const Caller& caller, const std::string& ods, const std::string& framework_ref) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kViewer);
  frameworks_.Get(caller, framework_ref, ods);
  std::vector<rounds::Round> closed;
  for (auto& r : rounds_.ListRounds(caller, ods)) {
    if (r.status == rounds::RoundStatus::kClosed && r.framework_ref == framework_ref) {
      closed.push_back(std::move(r));
    }
  }
  std::sort(closed.begin(), closed.end(),
            [](const rounds::Round& a, const rounds::Round& b) { return ClosedLater(b, a); });
  Trend trend;
  trend.framework_ref = framework_ref;
  if (closed.empty()) return trend;
  const auto latest = rounds_.Load(access, closed.back().id);
  trend.framework_title = latest.framework.framework.title;
  for (const auto& item : latest.framework.framework.items) {
    trend.items.push_back({item.ref, item.title, {}, std::nullopt});
  }
  for (const auto& r : closed) {
    trend.rounds.push_back({r.id, r.title, r.closed_on});
    const ItemMeans means = repository_.RoundMeans(access.org.id, r.id);
    for (TrendItem& item : trend.items) {
      const auto it = std::find_if(means.begin(), means.end(),
                                   [&](const auto& m) { return m.first == item.ref; });
      item.means.push_back(it == means.end() ? std::nullopt : it->second);
    }
  }
  for (TrendItem& item : trend.items) item.change = ChangeSinceFirst(item.means);
  return trend;
}

}  // namespace boardlens::results
