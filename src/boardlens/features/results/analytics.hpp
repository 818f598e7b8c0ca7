#pragma once
/// Round results exactly as DESIGN.md ("Exact definitions") defines them. Pure functions, no I/O.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "boardlens/features/orgs/organisation.hpp"

namespace boardlens::results {

using orgs::Membership;

/// Suppression thresholds; DESIGN.md allows raising them, never lowering.
struct Thresholds {
  /// A mean of fewer ratings is suppressed: an executive or non-executive subgroup's (as
  /// DESIGN.md defines), and also a whole item's, since with one or two ratings an item's
  /// statistics would show what an individual answered.
  int min_ratings = 3;
  int peer_min_organisations = 5;
};

/// A value that may be absent; when absent, `reason` says why in words a board understands.
struct Stat {
  std::optional<double> value;
  std::string reason;

  static Stat Of(double v) { return {v, {}}; }
  static Stat Null(std::string why) { return {std::nullopt, std::move(why)}; }
};

struct Response {
  std::uint32_t respondent = 0;       ///< index into RoundData::respondents
  std::uint32_t item = 0;             ///< index into RoundData::items
  std::optional<std::int8_t> rating;  ///< 1..5, or nullopt for "don't know"
};

/// Everything results need, already fetched from storage. Vectors indexed by item are
/// parallel to `items`.
struct RoundData {
  std::vector<std::string> items;
  std::vector<Membership> respondents;
  std::vector<Response> responses;
  /// Item means of the previous closed round of the same framework; nullopt when there is
  /// none (then `has_previous_round` is false) or its mean is null.
  bool has_previous_round = false;
  std::vector<std::optional<double>> previous_means;
  /// Non-null item means of peer organisations (their latest round closed on or before ours).
  std::vector<std::vector<double>> peer_means;
};

enum Flag : std::uint8_t {
  kDisagreement = 1U << 0U,
  kBlindSpot = 1U << 1U,
  kOwnershipGap = 1U << 2U,
};

/// An item's answers from one side of the board.
struct GroupAnswers {
  std::array<int, 5> rated{};  ///< how many rated 1, 2, 3, 4 and 5
  int dont_know = 0;
};

/// Where a board's item mean stands among its peers' means: how many are below, level
/// (within rounding) and above.
struct PeerStanding {
  int below = 0;
  int level = 0;
  int above = 0;
  int peers() const { return below + level + above; }
};

struct ItemResult {
  std::string item;
  int n = 0;
  int dont_know = 0;
  Stat mean, median, q1, q3, iqr, agreement, dont_know_rate;
  Stat exec_mean, ned_mean, gap, change, percentile;
  /// The item's mean in the previous round, as `change` compares against.
  Stat previous_mean;
  /// How many rated 1, 2, 3, 4 and 5; all zero when the item's statistics are suppressed.
  std::array<int, 5> distribution{};
  /// The answers of executives and of non-executives, for a chart that sets them side by
  /// side. Unset whenever the item's statistics or the subgroup means are hidden, since it
  /// would show what they hide; the means' reasons say why.
  std::optional<std::pair<GroupAnswers, GroupAnswers>> by_membership;
  int peers = 0;
  /// Set only where the percentile is shown.
  PeerStanding standing;
  std::uint8_t flags = 0;
};

/// Each statistic of an item by the name the API gives it, in the order it writes them.
inline constexpr std::array<std::pair<std::string_view, Stat ItemResult::*>, 13> kItemStats{{
    {"mean", &ItemResult::mean},
    {"median", &ItemResult::median},
    {"q1", &ItemResult::q1},
    {"q3", &ItemResult::q3},
    {"iqr", &ItemResult::iqr},
    {"agreement", &ItemResult::agreement},
    {"dont_know_rate", &ItemResult::dont_know_rate},
    {"exec_mean", &ItemResult::exec_mean},
    {"ned_mean", &ItemResult::ned_mean},
    {"gap", &ItemResult::gap},
    {"change", &ItemResult::change},
    {"previous_mean", &ItemResult::previous_mean},
    {"percentile", &ItemResult::percentile},
}};

struct RespondentCounts {
  int executive = 0;
  int non_executive = 0;
  int total() const { return executive + non_executive; }
};

struct RoundResults {
  std::vector<ItemResult> items;
  Stat overall;
  RespondentCounts respondents;
};

/// Linear interpolation between order statistics (numpy's default, R type 7).
/// `sorted` must be ascending and non-empty; p in [0, 1].
double Quantile(const std::vector<double>& sorted, double p);

/// 100 × (below + ½ × equal) / peers.
double PeerPercentile(double own, const std::vector<double>& peers);
PeerStanding StandingAmong(double own, const std::vector<double>& peers);

/// The standing in counts, which read truly among a handful of peers where a fraction would
/// not: "Lower than 5 of 6 peers", "Higher than 4 of 6 peers, level with 1".
std::string StandingWords(const PeerStanding& standing);

RoundResults ComputeResults(const RoundData& data, const Thresholds& thresholds = {});

/// The item means a closed round keeps for later rounds' change and peer standing, parallel
/// to `data.items`. A mean of fewer than `min_ratings` ratings is kept as null, as results
/// show it, so that neither can reveal it later.
std::vector<std::optional<double>> FrozenMeans(const RoundData& data, int min_ratings);

/// Names of the flags set in `flags`, in a fixed order.
std::vector<std::string> FlagNames(std::uint8_t flags);
inline constexpr std::uint8_t kAllFlags = kDisagreement | kBlindSpot | kOwnershipGap;

}  // namespace boardlens::results
