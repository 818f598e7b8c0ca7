#pragma once
/// Statistical process control as NHS England's Making Data Count draws it ("plot the dots"):
/// an XmR chart's centre line and process limits, the special-cause rules, and the variation
/// and assurance icons. Pure rules, no I/O; DESIGN.md ("SPC") defines every step.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace boardlens::services {

enum class Improvement : std::uint8_t { kUp, kDown, kNeutral };

enum class PointType : std::uint8_t {
  kCommonCause,
  kImprovement,
  kConcern,
  kNeutralHigh,
  kNeutralLow,
};

enum class Assurance : std::uint8_t { kConsistentPass, kConsistentFail, kInconsistent };

/// How often a series is measured: each value stands for the month, or the week from Monday,
/// that its date falls in.
enum class Frequency : std::uint8_t { kMonthly, kWeekly };

/// "month" or "week": what one value of a series is for.
std::string_view PeriodWord(Frequency frequency);
/// The first day of the month, or the Monday, that `date` (a real YYYY-MM-DD) falls in.
std::string PeriodStart(const std::string& date, Frequency frequency);
/// The first day of the period after the one `date` falls in.
std::string NextPeriodStart(const std::string& date, Frequency frequency);

struct SpcPoint {
  SpcPoint() = default;
  SpcPoint(std::string date_, double value_, std::string source_ = {})
      : date(std::move(date_)), value(value_), source(std::move(source_)) {}

  std::string date;  ///< YYYY-MM-DD
  double value = 0;
  std::string source;  ///< where it was read ("values.csv:3:1"), for errors; may be empty
};

/// A target that moves: a straight line from a baseline (value and date) to a target (value
/// and date), level before the one and after the other, as a benefit's trajectory is.
struct Trajectory {
  std::string from_date;  ///< YYYY-MM-DD
  double from = 0;
  std::string to_date;  ///< YYYY-MM-DD, after from_date
  double to = 0;
  /// Where the line is on `date`, YYYY-MM-DD.
  double At(const std::string& date) const;
};

struct SpcOptions {
  Improvement improvement = Improvement::kNeutral;
  std::optional<double> target;
  std::vector<std::string> rebase;       ///< dates from which new limits start
  std::optional<std::size_t> fix_after;  ///< limits from the first N points of each period
  bool screen = true;  ///< leave out moving ranges ≥ 3.267 × the average, then recompute it
  /// With a frequency each point stands for its period, one point a period: a period with no
  /// value is a gap that no moving range or run crosses, and a period not over by `today` is
  /// incomplete, shown but left out of the limits and rules.
  std::optional<Frequency> frequency;
  std::string today;  ///< YYYY-MM-DD; empty when every period is over
  /// When set, each point is judged against the trajectory at its date, not against `target`.
  std::optional<Trajectory> trajectory;
};

struct SpcRow {
  SpcPoint point;
  double mean = 0;
  double upl = 0;
  double lpl = 0;
  PointType type = PointType::kCommonCause;
  bool after_gap = false;        ///< the period before it has no value
  bool incomplete = false;       ///< its period is not over: common cause, outside limits and rules
  std::optional<double> target;  ///< the target at this point: fixed, or on the trajectory
};

struct SpcChart {
  std::vector<SpcRow> rows;
  PointType variation = PointType::kCommonCause;  ///< the latest complete point's type
  /// Against a fixed target, from its place among the latest period's limits; against a
  /// trajectory, pass (or fail) when every complete point of that period's target is beyond
  /// its limits on the passing (or failing) side, else inconsistent. None for a neutral
  /// measure or without a target.
  std::optional<Assurance> assurance;
  bool trajectory = false;   ///< the targets are a trajectory's
  bool provisional = false;  ///< fewer than 12 complete points
};

inline constexpr std::size_t kProvisionalBelow = 12;

/// The chart of `points`, which must be in date order, and with a frequency one a period
/// (Invalid otherwise, naming the point as points[i]); a series, and each period after a
/// rebase, needs at least 2 complete points.
SpcChart ComputeSpc(const std::vector<SpcPoint>& points, const SpcOptions& options);

/// How many of `points` (in date order) are in periods over by `options.today`: the first
/// that many. All of them without a frequency or a today.
std::size_t CompletePoints(const std::vector<SpcPoint>& points, const SpcOptions& options);

/// The latest point whose period is over: the one the variation icon describes, and the one
/// to quote as "latest" beside it (a month not yet over would read as a fall).
const SpcPoint& LatestComplete(const SpcChart& chart);

/// The chart shows concern: its latest complete point is a special cause of concern, or it
/// consistently misses its target. The services register can be filtered to these.
bool ShowsConcern(const SpcChart& chart);
/// The chart has something to look at: a special cause of any kind at its latest complete
/// point, or ShowsConcern. The board pack on screen draws these charts and links to the rest.
bool ShowsSignal(const SpcChart& chart);

/// How many decimals show every value of `rows` as it was written, at most 4: tables print
/// values so, and the mean and limits, which are averages, with two more.
int DecimalsOf(const std::vector<SpcRow>& rows);

std::string_view ToString(PointType type);
std::string_view ToString(Assurance assurance);
std::string_view ToString(Improvement improvement);
std::optional<Improvement> ParseImprovement(std::string_view text);
std::vector<std::string_view> ImprovementNames();
std::vector<std::string_view> PointTypeNames();
std::vector<std::string_view> AssuranceNames();

}  // namespace boardlens::services
