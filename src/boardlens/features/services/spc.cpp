#include "boardlens/features/services/spc.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <fmt/format.h>

#include "boardlens/base/clock.hpp"
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

/// The limits of `baseline`; gap[i] says a period with no value comes before baseline[i], so
/// no moving range is taken across it.
Limits LimitsOf(const std::vector<double>& baseline, const std::vector<bool>& gap, bool screen) {
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
    if (!gap[i]) ranges.push_back(std::abs(baseline[i] - baseline[i - 1]));
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

/// What the rules found at one point: the side of the first rule, in DESIGN.md's (NHS-R's)
/// order, to mark it; 0 when none did.
struct Marks {
  Side first = 0;
};

/// Each point's marks for one period's values against its limits.
std::vector<Marks> SpecialCauses(const std::vector<double>& v, const Limits& l) {
  const std::size_t n = v.size();
  std::vector<Marks> marks(n);
  const auto mark = [&](std::size_t i, Side side) {
    if (marks[i].first == 0) marks[i].first = side;
  };
  const double upl = l.upl();
  const double lpl = l.lpl();
  std::vector<Side> side_of_mean(n);
  for (std::size_t i = 0; i < n; ++i) side_of_mean[i] = SignOf(v[i] - l.mean);
  // The rules in NHS-R's order, so that the first to mark a point gives its side.
  for (std::size_t i = 0; i < n; ++i) {  // outside the process limits
    if (v[i] > upl) mark(i, +1);
    if (v[i] < lpl) mark(i, -1);
  }
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
  MarkRuns(side_of_mean, kRun, 0, mark);  // a shift: kRun in a row on one side of the mean
  return marks;
}

/// Each point's marks, run by run of consecutive periods: no pattern crosses a gap.
std::vector<Marks> SpecialCauses(const std::vector<double>& v, const std::vector<bool>& gap,
                                 const Limits& l) {
  std::vector<Marks> out;
  out.reserve(v.size());
  for (std::size_t start = 0; start < v.size();) {
    std::size_t end = start + 1;
    while (end < v.size() && !gap[end]) ++end;
    const auto from = v.begin() + static_cast<std::ptrdiff_t>(start);
    const std::vector<Marks> marks =
        SpecialCauses({from, v.begin() + static_cast<std::ptrdiff_t>(end)}, l);
    out.insert(out.end(), marks.begin(), marks.end());
    start = end;
  }
  return out;
}

/// The first rule to mark a point gives its side, which the improvement direction reads as
/// improvement or concern; a neutral measure has no better side.
PointType TypeOf(const Marks& m, Improvement improvement) {
  if (m.first == 0) return PointType::kCommonCause;
  switch (improvement) {
    case Improvement::kUp:
      return m.first > 0 ? PointType::kImprovement : PointType::kConcern;
    case Improvement::kDown:
      return m.first < 0 ? PointType::kImprovement : PointType::kConcern;
    case Improvement::kNeutral:
      break;
  }
  return m.first > 0 ? PointType::kNeutralHigh : PointType::kNeutralLow;
}

}  // namespace

std::string_view PeriodWord(Frequency frequency) {
  return frequency == Frequency::kWeekly ? "week" : "month";
}

std::string PeriodStart(const std::string& date, Frequency frequency) {
  if (frequency == Frequency::kMonthly) return date.substr(0, 8) + "01";
  const std::int64_t days = EpochOfDate(date) / kSecondsPerDay;
  const std::int64_t since_monday = ((days + 3) % 7 + 7) % 7;  // 1 January 1970 was a Thursday
  return IsoDate((days - since_monday) * kSecondsPerDay);
}

std::string NextPeriodStart(const std::string& date, Frequency frequency) {
  if (frequency == Frequency::kWeekly) {
    return IsoDate(EpochOfDate(PeriodStart(date, frequency)) + 7 * kSecondsPerDay);
  }
  const int year = std::stoi(date.substr(0, 4));
  const int month = std::stoi(date.substr(5, 2));
  return month == 12 ? fmt::format("{:04}-01-01", year + 1)
                     : fmt::format("{:04}-{:02}-01", year, month + 1);
}

double Trajectory::At(const std::string& date) const {
  if (date <= from_date) return from;
  if (date >= to_date) return to;
  const auto days = [](const std::string& d) {
    return static_cast<double>(EpochOfDate(d)) / static_cast<double>(kSecondsPerDay);
  };
  return from + (to - from) * (days(date) - days(from_date)) / (days(to_date) - days(from_date));
}

std::size_t CompletePoints(const std::vector<SpcPoint>& points, const SpcOptions& options) {
  if (!options.frequency || options.today.empty()) return points.size();
  std::size_t n = 0;
  while (n < points.size() &&
         NextPeriodStart(points[n].date, *options.frequency) <= options.today) {
    ++n;
  }
  return n;
}

const SpcPoint& LatestComplete(const SpcChart& chart) {
  // A chart has at least 2 complete points, before any that are not.
  const auto it = std::find_if(chart.rows.rbegin(), chart.rows.rend(),
                               [](const SpcRow& r) { return !r.incomplete; });
  return it->point;
}

SpcChart ComputeSpc(const std::vector<SpcPoint>& points, const SpcOptions& options) {
  const auto where = [&](std::size_t i) {
    return points[i].source.empty() ? "points[" + std::to_string(i) + "].date" : points[i].source;
  };
  for (std::size_t i = 1; i < points.size(); ++i) {
    if (points[i].date <= points[i - 1].date) {
      throw Invalid("dates must rise from point to point; " + points[i].date + " follows " +
                        points[i - 1].date,
                    where(i));
    }
    if (options.frequency && PeriodStart(points[i].date, *options.frequency) ==
                                 PeriodStart(points[i - 1].date, *options.frequency)) {
      throw Invalid(points[i].date + " is in the same " +
                        std::string(PeriodWord(*options.frequency)) + " as " + points[i - 1].date +
                        "; a series has one value a " + std::string(PeriodWord(*options.frequency)),
                    where(i));
    }
  }
  const std::size_t complete = CompletePoints(points, options);
  if (complete < 2) {
    throw Invalid(complete == points.size()
                      ? "a series needs at least 2 points to chart"
                      : "a series needs at least 2 points in periods that are over to chart",
                  "points");
  }
  std::vector<bool> gap(points.size(), false);
  for (std::size_t i = 1; options.frequency && i < points.size(); ++i) {
    gap[i] = NextPeriodStart(points[i - 1].date, *options.frequency) !=
             PeriodStart(points[i].date, *options.frequency);
  }
  const auto target_at = [&](const std::string& date) {
    return options.trajectory ? std::optional<double>(options.trajectory->At(date))
                              : options.target;
  };
  SpcChart chart;
  chart.rows.reserve(points.size());
  chart.provisional = complete < kProvisionalBelow;
  // Periods: a rebase date starts a new one at the first complete point on or after it.
  std::vector<std::size_t> starts{0};
  std::vector<std::string> rebase = options.rebase;
  std::sort(rebase.begin(), rebase.end());
  const auto end = points.begin() + static_cast<std::ptrdiff_t>(complete);
  for (const std::string& date : rebase) {
    const auto at =
        std::find_if(points.begin(), end, [&](const SpcPoint& p) { return p.date >= date; });
    const auto index = static_cast<std::size_t>(at - points.begin());
    if (index > starts.back() && index < complete) starts.push_back(index);
  }
  starts.push_back(complete);
  Limits last;
  for (std::size_t p = 0; p + 1 < starts.size(); ++p) {
    std::vector<double> values;
    std::vector<bool> gaps;
    for (std::size_t i = starts[p]; i < starts[p + 1]; ++i) {
      values.push_back(points[i].value);
      gaps.push_back(i > starts[p] && gap[i]);
    }
    if (values.size() < 2) {
      throw Invalid(
          "the period from " + points[starts[p]].date + " has one point; limits need at least 2",
          "rebase");
    }
    const std::size_t baseline = options.fix_after
                                     ? std::clamp<std::size_t>(*options.fix_after, 2, values.size())
                                     : values.size();
    last = LimitsOf({values.begin(), values.begin() + static_cast<std::ptrdiff_t>(baseline)}, gaps,
                    options.screen);
    const std::vector<Marks> marks = SpecialCauses(values, gaps, last);
    for (std::size_t i = 0; i < values.size(); ++i) {
      const std::size_t at = starts[p] + i;
      chart.rows.push_back({points[at], last.mean, last.upl(), last.lpl(),
                            TypeOf(marks[i], options.improvement), gap[at], false,
                            target_at(points[at].date)});
    }
  }
  chart.variation = chart.rows.back().type;
  for (std::size_t i = complete; i < points.size(); ++i) {
    chart.rows.push_back({points[i], last.mean, last.upl(), last.lpl(), PointType::kCommonCause,
                          gap[i], true, target_at(points[i].date)});
  }
  chart.trajectory = options.trajectory.has_value();
  if (options.improvement == Improvement::kNeutral) return chart;
  const bool up = options.improvement == Improvement::kUp;
  const auto judge = [&](double t, double upl, double lpl) {
    return t > upl   ? (up ? Assurance::kConsistentFail : Assurance::kConsistentPass)
           : t < lpl ? (up ? Assurance::kConsistentPass : Assurance::kConsistentFail)
                     : Assurance::kInconsistent;
  };
  if (options.trajectory) {
    // Each complete point of the latest period against where the trajectory was at its date.
    for (std::size_t i = starts[starts.size() - 2]; i < complete; ++i) {
      const SpcRow& row = chart.rows[i];
      const Assurance a = judge(*row.target, row.upl, row.lpl);
      chart.assurance = !chart.assurance || *chart.assurance == a ? a : Assurance::kInconsistent;
    }
  } else if (options.target) {
    chart.assurance = judge(*options.target, last.upl(), last.lpl());
  }
  return chart;
}

bool ShowsConcern(const SpcChart& chart) {
  return chart.variation == PointType::kConcern || chart.assurance == Assurance::kConsistentFail;
}

bool ShowsSignal(const SpcChart& chart) {
  return chart.variation != PointType::kCommonCause || ShowsConcern(chart);
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
std::vector<std::string_view> ImprovementNames() { return Names(kImprovements); }
std::vector<std::string_view> PointTypeNames() { return Names(kPointTypes); }
std::vector<std::string_view> AssuranceNames() { return Names(kAssurances); }

}  // namespace boardlens::services
