#pragma once
/// Where an outcome linked to a measure stands: its measure's latest complete value against
/// the outcome's trajectory, a straight line from its baseline to its target. Rules only, no
/// I/O.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "boardlens/features/services/spc.hpp"
#include "boardlens/features/strategy/measure_source.hpp"
#include "boardlens/features/strategy/strategy.hpp"

namespace boardlens::strategy {

/// The judgement a board reads: on or ahead of the trajectory, or behind it.
enum class Judgement : std::uint8_t {
  kAhead,      ///< better than the trajectory at that date
  kOnTrack,    ///< on the trajectory, to within rounding
  kBehind,     ///< worse than the trajectory
  kNotJudged,  ///< the measure says neither higher nor lower is better
  kNoValue,    ///< no complete period has a value yet
  kNoMeasure,  ///< the linked measure is no longer in the register
};

/// A linked outcome's standing.
struct Standing {
  std::optional<MeasureChoice> measure;  ///< none when the measure is no longer there
  std::optional<services::SpcPoint> latest;
  std::optional<double> expected;  ///< where the trajectory is at the latest value's date
  Judgement judgement = Judgement::kNoMeasure;
};

/// Linked outcomes' standings by outcome key.
using Standings = std::map<Id, Standing>;

/// The first day of the strategy's first year, where a trajectory starts without a baseline
/// date.
std::string StrategyStart(const StrategyInput& strategy);

/// The trajectory of a linked outcome: its baseline on its baseline date (or the strategy's
/// start) to its target on its date. None when it is not linked or its numbers or dates do not
/// make a line (CheckStrategy refuses those).
std::optional<services::Trajectory> TrajectoryOf(const Outcome& outcome,
                                                 const StrategyInput& strategy);

/// `value` against `expected` for a measure whose better direction is `improvement`: behind
/// when it is worse by more than rounding (a millionth of the larger of 1 and |expected|), on
/// the trajectory when within that, else ahead. Neutral measures are not judged.
Judgement Judge(double value, double expected, services::Improvement improvement);

/// The standing of `outcome` from what its measure `reading` holds (none: no such measure).
Standing StandingOf(const Outcome& outcome, const StrategyInput& strategy,
                    const std::optional<MeasureReading>& reading);

/// The outcomes download (OutcomesTable) with, for each linked outcome, its measure and where
/// it stands: the measure as "service — measure", the latest complete value and its date, the
/// trajectory there and the judgement.
std::vector<std::vector<std::string>> OutcomesTable(const StrategyInput& strategy,
                                                    const Standings& standings);

/// "On trajectory", "Ahead of trajectory", "Behind trajectory"...
std::string_view JudgementLabel(Judgement judgement);
/// "on_track", "ahead", "behind", "not_judged", "no_value", "no_measure": for the API.
std::string_view ToString(Judgement judgement);

}  // namespace boardlens::strategy
