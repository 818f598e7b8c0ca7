#include "boardlens/features/services/spc.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <fmt/format.h>

#include "boardlens/base/error.hpp"
#include "boardlens/base/names.hpp"

namespace boardlens::services {
namespace {

constexpr double kLimitFactor = 2.66;
constexpr double kScreenFactor = 3.267;
constexpr std::size_t kRun = 7;

constexpr NameTable<PointType, 5> kPointTypes{
    {{PointType::kCommonCause, "common_cause"},
     {PointType::kImprovement, "special_cause_improvement"},
     {PointType::kConcern, "special_cause_concern"},
     {PointType::kNeutralHigh, "special_cause_neutral_high"},
     {PointType::kNeutralLow, "special_cause_neutral_low"}}};
constexpr NameTable<Assurance, 3> kAssurances{{{Assurance::kConsistentPass, "consistent_pass"},
                                               {Assurance::kConsistentFail, "consistent_fail"},
                                               {Assurance::kInconsistent, "inconsistent"}}};
constexpr NameTable<Improvement, 3> kImprovements{
    {{Improvement::kUp, "up"}, {Improvement::kDown, "down"}, {Improvement::kNeutral, "neutral"}}};

/// Which side of the centre a special cause lies on: 0 none, +1 high, -1 low.
using Side = int;

struct Limits {
  double mean = 0;
  double amr = 0;
  double upl() const { return mean + kLimitFactor * amr; }
  double lpl() const { return mean - kLimitFactor * amr; }
  double near_upper() const { return mean + 2.0 / 3.0 * kLimitFactor * amr; }
  double near_lower() const { return mean - 2.0 / 3.0 * kLimitFactor * amr; }
};

Limits LimitsOf(const std::vector<double>& baseline, bool screen) {
  const auto average = [](const std::vector<double>& v) {
    return v.empty() ? 0.0
                     : std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
  };
  Limits out;
  out.mean = average(baseline);
  // A second pass takes out the rounding of the sum, so that twelve months of 99.9 have a
  // mean of exactly 99.9: otherwise every point sits a hair off it, on one side, and a
  // steady series reads as a shift and as points outside limits of zero width.
  double residual = 0;
  for (const double v : baseline) residual += v - out.mean;
  out.mean += residual / static_cast<double>(baseline.size());
  std::vector<double> ranges;
  ranges.reserve(baseline.size());
  for (std::size_t i = 1; i < baseline.size(); ++i) {
    ranges.push_back(std::abs(baseline[i] - baseline[i - 1]));
  }
  out.amr = average(ranges);
  if (screen && out.amr > 0) {
    const double cut = kScreenFactor * out.amr;
    std::erase_if(ranges, [&](double r) { return r >= cut; });
    out.amr = average(ranges);
  }
  return out;
}

/// Calls `mark` for every point of each run of at least `length` consecutive entries of
/// `side` that are equal and not 0, and for the `before` points that lead into the run.
template <typename Mark>
void MarkRuns(const std::vector<Side>& side, std::size_t length, std::size_t before, Mark mark) {
  std::size_t start = 0;
  for (std::size_t i = 1; i <= side.size(); ++i) {
    if (i < side.size() && side[i] == side[start]) continue;
    if (side[start] != 0 && i - start >= length) {
      for (std::size_t j = start - std::min(start, before); j < i; ++j) mark(j, side[start]);
    }
    start = i;
  }
}

Side SignOf(double difference) { return difference > 0 ? 1 : difference < 0 ? -1 : 0; }

/// What the rules found at one point. A point can be in two patterns pointing opposite ways
/// (the top of a falling trend, above the upper limit), so both sides are kept.
struct Marks {
  Side first = 0;  ///< the side of the first rule, in DESIGN.md's order, to mark the point
  bool high = false;
  bool low = false;
};

/// Each point's marks for one period's values against its limits.
std::vector<Marks> SpecialCauses(const std::vector<double>& v, const Limits& l) {
  const std::size_t n = v.size();
  std::vector<Marks> marks(n);
  const auto mark = [&](std::size_t i, Side side) {
    if (marks[i].first == 0) marks[i].first = side;
    (side > 0 ? marks[i].high : marks[i].low) = true;
  };
  const double upl = l.upl();
  const double lpl = l.lpl();
  for (std::size_t i = 0; i < n; ++i) {  // outside the process limits
    if (v[i] > upl) mark(i, +1);
    if (v[i] < lpl) mark(i, -1);
  }
  std::vector<Side> side_of_mean(n);  // a shift: kRun in a row on one side of the mean
  for (std::size_t i = 0; i < n; ++i) side_of_mean[i] = SignOf(v[i] - l.mean);
  MarkRuns(side_of_mean, kRun, 0, mark);
  std::vector<Side> step(n, 0);  // a trend: kRun points, each rising (or falling) on the last
  for (std::size_t i = 1; i < n; ++i) step[i] = SignOf(v[i] - v[i - 1]);
  MarkRuns(step, kRun - 1, 1, mark);
  // 2 of 3 in a row close to a limit (beyond two thirds of the way to it, not past it), all
  // three on that side of the mean, as NHS England's tool has it; the close ones are marked.
  std::vector<Side> close(n, 0);
  for (std::size_t i = 0; i < n; ++i) {
    if (v[i] > l.near_upper() && v[i] <= upl) close[i] = +1;
    if (v[i] < l.near_lower() && v[i] >= lpl) close[i] = -1;
  }
  for (std::size_t i = 0; i + 3 <= n; ++i) {
    const Side side = side_of_mean[i];
    if (side == 0 || side_of_mean[i + 1] != side || side_of_mean[i + 2] != side) continue;
    const int count = static_cast<int>(close[i] == side) + static_cast<int>(close[i + 1] == side) +
                      static_cast<int>(close[i + 2] == side);
    if (count < 2) continue;
    for (std::size_t j = i; j < i + 3; ++j) {
      if (close[j] == side) mark(j, side);
    }
  }
  return marks;
}

/// A point in patterns of both kinds shows as improvement, as in NHS England's own tool; a
/// neutral measure has no better side, so the first rule to mark the point decides.
PointType TypeOf(const Marks& m, Improvement improvement) {
  switch (improvement) {
    case Improvement::kUp:
      return m.high  ? PointType::kImprovement
             : m.low ? PointType::kConcern
                     : PointType::kCommonCause;
    case Improvement::kDown:
      return m.low    ? PointType::kImprovement
             : m.high ? PointType::kConcern
                      : PointType::kCommonCause;
    case Improvement::kNeutral:
      break;
  }
  return m.first > 0   ? PointType::kNeutralHigh
         : m.first < 0 ? PointType::kNeutralLow
                       : PointType::kCommonCause;
}

}  // namespace

SpcChart ComputeSpc(const std::vector<SpcPoint>& points, const SpcOptions& options) {
  if (points.size() < 2) throw Invalid("a series needs at least 2 points to chart", "points");
  for (std::size_t i = 1; i < points.size(); ++i) {
    if (points[i].date <= points[i - 1].date) {
      throw Invalid("dates must rise from point to point; " + points[i].date + " follows " +
                        points[i - 1].date,
                    "points[" + std::to_string(i) + "].date");
    }
  }
  SpcChart chart;
  chart.rows.reserve(points.size());
  chart.provisional = points.size() < kProvisionalBelow;
  // Periods: a rebase date starts a new one at the first point on or after it.
  std::vector<std::size_t> starts{0};
  std::vector<std::string> rebase = options.rebase;
  std::sort(rebase.begin(), rebase.end());
  for (const std::string& date : rebase) {
    const auto at = std::find_if(points.begin(), points.end(),
                                 [&](const SpcPoint& p) { return p.date >= date; });
    const auto index = static_cast<std::size_t>(at - points.begin());
    if (index > starts.back() && index < points.size()) starts.push_back(index);
  }
  starts.push_back(points.size());
  Limits last;
  for (std::size_t p = 0; p + 1 < starts.size(); ++p) {
    std::vector<double> values;
    for (std::size_t i = starts[p]; i < starts[p + 1]; ++i) values.push_back(points[i].value);
    if (values.size() < 2) {
      throw Invalid(
          "the period from " + points[starts[p]].date + " has one point; limits need at least 2",
          "rebase");
    }
    const std::size_t baseline = options.fix_after
                                     ? std::clamp<std::size_t>(*options.fix_after, 2, values.size())
                                     : values.size();
    last = LimitsOf({values.begin(), values.begin() + static_cast<std::ptrdiff_t>(baseline)},
                    options.screen);
    const std::vector<Marks> marks = SpecialCauses(values, last);
    for (std::size_t i = 0; i < values.size(); ++i) {
      chart.rows.push_back({points[starts[p] + i], last.mean, last.upl(), last.lpl(),
                            TypeOf(marks[i], options.improvement)});
    }
  }
  chart.variation = chart.rows.back().type;
  if (options.target && options.improvement != Improvement::kNeutral) {
    const double t = *options.target;
    const bool up = options.improvement == Improvement::kUp;
    chart.assurance =
        t > last.upl()   ? (up ? Assurance::kConsistentFail : Assurance::kConsistentPass)
        : t < last.lpl() ? (up ? Assurance::kConsistentPass : Assurance::kConsistentFail)
                         : Assurance::kInconsistent;
  }
  return chart;
}

int DecimalsOf(const std::vector<SpcRow>& rows) {
  int most = 0;
  for (const SpcRow& row : rows) {
    // The shortest text that reads back as the same double is what was written.
    const std::string shortest = fmt::format("{}", row.point.value);
    const auto point = shortest.find('.');
    if (point == std::string::npos || shortest.find('e') != std::string::npos) continue;
    most = std::max(most, static_cast<int>(shortest.size() - point - 1));
  }
  return std::min(most, 4);
}

std::string_view ToString(PointType type) { return NameOf(kPointTypes, type); }
std::string_view ToString(Assurance assurance) { return NameOf(kAssurances, assurance); }
std::string_view ToString(Improvement improvement) { return NameOf(kImprovements, improvement); }
std::optional<Improvement> ParseImprovement(std::string_view text) {
  return FromName(kImprovements, text);
}

}  // namespace boardlens::services
