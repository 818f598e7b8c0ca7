#pragma once
/// Statistical process control as NHS England's Making Data Count draws it ("plot the dots"):
/// an XmR chart's centre line and process limits, the special-cause rules, and the variation
/// and assurance icons. Pure rules, no I/O; DESIGN.md ("SPC") defines every step.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
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

struct SpcPoint {
  std::string date;  ///< YYYY-MM-DD
  double value = 0;
};

struct SpcOptions {
  Improvement improvement = Improvement::kNeutral;
  std::optional<double> target;
  std::vector<std::string> rebase;       ///< dates from which new limits start
  std::optional<std::size_t> fix_after;  ///< limits from the first N points of each period
  bool screen = true;  ///< leave out moving ranges ≥ 3.267 × the average, then recompute it
};

struct SpcRow {
  SpcPoint point;
  double mean = 0;
  double upl = 0;
  double lpl = 0;
  PointType type = PointType::kCommonCause;
};

struct SpcChart {
  std::vector<SpcRow> rows;
  PointType variation = PointType::kCommonCause;  ///< the latest point's type
  std::optional<Assurance> assurance;  ///< none for a neutral measure or without a target
  bool provisional = false;            ///< fewer than 12 points
};

inline constexpr std::size_t kProvisionalBelow = 12;

/// The chart of `points`, which must be in date order (Invalid otherwise, naming the line
/// as points[i]); a series, and each period after a rebase, needs at least 2 points.
SpcChart ComputeSpc(const std::vector<SpcPoint>& points, const SpcOptions& options);

/// How many decimals show every value of `rows` as it was written, at most 4: tables print
/// values so, and the mean and limits, which are averages, with two more.
int DecimalsOf(const std::vector<SpcRow>& rows);

std::string_view ToString(PointType type);
std::string_view ToString(Assurance assurance);
std::string_view ToString(Improvement improvement);
std::optional<Improvement> ParseImprovement(std::string_view text);

}  // namespace boardlens::services
