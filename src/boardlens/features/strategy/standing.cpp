#include "boardlens/features/strategy/standing.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "boardlens/base/text.hpp"

namespace boardlens::strategy {

std::string StrategyStart(const StrategyInput& strategy) {
  return std::to_string(strategy.horizon_start) + "-01-01";
}

std::optional<services::Trajectory> TrajectoryOf(const Outcome& outcome,
                                                 const StrategyInput& strategy) {
  if (!outcome.measure_id) return std::nullopt;
  const auto from = NumberOf(outcome.baseline);
  const auto to = NumberOf(outcome.target);
  const std::string from_date =
      outcome.baseline_on.empty() ? StrategyStart(strategy) : outcome.baseline_on;
  if (!from || !to || !IsValidDate(from_date) || !IsValidDate(outcome.due_on) ||
      from_date >= outcome.due_on) {
    return std::nullopt;
  }
  return services::Trajectory{from_date, *from, outcome.due_on, *to};
}

Judgement Judge(double value, double expected, services::Improvement improvement) {
  if (improvement == services::Improvement::kNeutral) return Judgement::kNotJudged;
  // How far the value is better than the trajectory: positive is better.
  const double better =
      improvement == services::Improvement::kUp ? value - expected : expected - value;
  const double rounding = 1e-6 * std::max(1.0, std::fabs(expected));
  if (better < -rounding) return Judgement::kBehind;
  if (better > rounding) return Judgement::kAhead;
  return Judgement::kOnTrack;
}

Standing StandingOf(const Outcome& outcome, const StrategyInput& strategy,
                    const std::optional<MeasureReading>& reading) {
  Standing out;
  if (!reading) return out;
  out.measure = reading->measure;
  out.latest = reading->latest;
  const auto trajectory = TrajectoryOf(outcome, strategy);
  if (!out.latest || !trajectory) {
    out.judgement = Judgement::kNoValue;
    return out;
  }
  out.expected = trajectory->At(out.latest->date);
  out.judgement = Judge(out.latest->value, *out.expected, reading->measure.improvement);
  return out;
}

std::vector<std::vector<std::string>> OutcomesTable(const StrategyInput& strategy,
                                                    const Standings& standings) {
  auto rows = OutcomesTable(strategy);
  for (const char* column :
       {"linked_measure", "current_value", "current_on", "trajectory_value", "standing"}) {
    rows[0].emplace_back(column);
  }
  // At most 4 decimals: a trajectory's value between two whole numbers is rarely whole.
  const auto number = [](double v) {
    std::string text = fmt::format("{:.4f}", v);
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
    return text == "-0" ? std::string("0") : text;
  };
  for (std::size_t i = 0; i < strategy.outcomes.size(); ++i) {
    auto& row = rows[i + 1];
    const auto it = standings.find(strategy.outcomes[i].key);
    if (it == standings.end()) {
      row.resize(rows[0].size());
      continue;
    }
    const Standing& s = it->second;
    row.push_back(s.measure ? s.measure->service + " — " + s.measure->name : "");
    row.push_back(s.latest ? number(s.latest->value) : "");
    row.push_back(s.latest ? s.latest->date : "");
    row.push_back(s.expected ? number(*s.expected) : "");
    row.emplace_back(ToString(s.judgement));
  }
  return rows;
}

std::string_view JudgementLabel(Judgement judgement) {
  switch (judgement) {
    case Judgement::kAhead:
      return "Ahead of trajectory";
    case Judgement::kOnTrack:
      return "On trajectory";
    case Judgement::kBehind:
      return "Behind trajectory";
    case Judgement::kNotJudged:
      return "Not judged: the measure does not say whether higher or lower is better";
    case Judgement::kNoValue:
      return "No value yet for a complete period";
    case Judgement::kNoMeasure:
      break;
  }
  return "The linked measure is no longer in the services register";
}

std::string_view ToString(Judgement judgement) {
  switch (judgement) {
    case Judgement::kAhead:
      return "ahead";
    case Judgement::kOnTrack:
      return "on_track";
    case Judgement::kBehind:
      return "behind";
    case Judgement::kNotJudged:
      return "not_judged";
    case Judgement::kNoValue:
      return "no_value";
    case Judgement::kNoMeasure:
      break;
  }
  return "no_measure";
}

}  // namespace boardlens::strategy
