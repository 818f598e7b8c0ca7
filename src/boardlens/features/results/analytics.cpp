#include "boardlens/features/results/analytics.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <tuple>
#include <utility>

namespace boardlens::results {
namespace {

/// Means of integer ratings are not always exact in binary (13/3 − 10/3 is 0.9999…96), so a
/// threshold or a tie is judged with this tolerance; results are promised to 1e-9.
constexpr double kTolerance = 1e-9;

bool AtLeast(double value, double threshold) { return value >= threshold - kTolerance; }

struct Accumulator {
  std::vector<double> ratings;
  int dont_know = 0;
  int exec_n = 0;
  int ned_n = 0;
  double exec_sum = 0;
  double ned_sum = 0;
  GroupAnswers exec;
  GroupAnswers ned;
};

/// Whether either side is too small to show apart: it has some ratings but fewer than `min`,
/// or fewer than `min` of it answered at all. Otherwise the item mean, the other side's
/// mean, or which reason a side was hidden for would tell what one or two people said (that a
/// lone non-executive answered "don't know", say).
bool SubgroupsTooSmall(const Accumulator& a, int min) {
  const auto small = [min](int count) { return count > 0 && count < min; };
  return small(a.exec_n) || small(a.ned_n) || small(a.exec_n + a.exec.dont_know) ||
         small(a.ned_n + a.ned.dont_know);
}

/// The executive and non-executive means. Each needs `min` ratings; both are hidden, with one
/// reason whichever side is short, when either side is too small.
std::pair<Stat, Stat> SubgroupMeans(const Accumulator& a, int min) {
  if (SubgroupsTooSmall(a, min)) {
    const Stat hidden = Stat::Null("fewer than " + std::to_string(min) +
                                   " executives or non-executives rated it, so no one's answer "
                                   "could be worked out");
    return {hidden, hidden};
  }
  const auto mean = [&](double sum, int n, const char* who) {
    return n == 0 ? Stat::Null(std::string("no ") + who + " ratings") : Stat::Of(sum / n);
  };
  return {mean(a.exec_sum, a.exec_n, "executive"), mean(a.ned_sum, a.ned_n, "non-executive")};
}

}  // namespace

double Quantile(const std::vector<double>& sorted, double p) {
  const double h = static_cast<double>(sorted.size() - 1) * p;
  const auto lo = static_cast<std::size_t>(std::floor(h));
  const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
  return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[hi] - sorted[lo]);
}

PeerStanding StandingAmong(double own, const std::vector<double>& peers) {
  PeerStanding s;
  for (double peer : peers) {
    if (std::fabs(peer - own) <= kTolerance) {
      ++s.level;
    } else if (peer < own) {
      ++s.below;
    } else {
      ++s.above;
    }
  }
  return s;
}

double PeerPercentile(double own, const std::vector<double>& peers) {
  const PeerStanding s = StandingAmong(own, peers);
  return 100.0 * (s.below + 0.5 * s.level) / static_cast<double>(peers.size());
}

std::string StandingWords(const PeerStanding& s) {
  const int n = s.peers();
  const std::string of = " of " + std::to_string(n) + (n == 1 ? " peer" : " peers");
  const std::string all = n == 1 ? "the 1 peer" : "all " + std::to_string(n) + " peers";
  if (s.level == n) return "Level with " + all;
  if (s.below == n) return "Higher than " + all;
  if (s.above == n) return "Lower than " + all;
  std::string words = s.below >= s.above ? "Higher than " + std::to_string(s.below) + of
                                         : "Lower than " + std::to_string(s.above) + of;
  if (s.level > 0) words += ", level with " + std::to_string(s.level);
  return words;
}

std::vector<std::string> FlagNames(std::uint8_t flags) {
  std::vector<std::string> names;
  if ((flags & kDisagreement) != 0) names.emplace_back("disagreement");
  if ((flags & kBlindSpot) != 0) names.emplace_back("blind_spot");
  if ((flags & kOwnershipGap) != 0) names.emplace_back("ownership_gap");
  return names;
}

RoundResults ComputeResults(const RoundData& data, const Thresholds& thresholds) {
  std::vector<Accumulator> acc(data.items.size());
  for (const Response& r : data.responses) {
    Accumulator& a = acc.at(r.item);
    const bool executive = data.respondents.at(r.respondent) == Membership::kExecutive;
    GroupAnswers& side = executive ? a.exec : a.ned;
    if (!r.rating) {
      ++a.dont_know;
      ++side.dont_know;
      continue;
    }
    const double v = *r.rating;
    a.ratings.push_back(v);
    ++side.rated.at(static_cast<std::size_t>(*r.rating - 1));
    if (executive) {
      ++a.exec_n;
      a.exec_sum += v;
    } else {
      ++a.ned_n;
      a.ned_sum += v;
    }
  }

  RoundResults out;
  for (Membership m : data.respondents) {
    ++(m == Membership::kExecutive ? out.respondents.executive : out.respondents.non_executive);
  }

  double sum_of_means = 0;
  int items_with_mean = 0;
  out.items.reserve(data.items.size());
  for (std::size_t i = 0; i < data.items.size(); ++i) {
    Accumulator& a = acc[i];
    ItemResult r;
    r.item = data.items[i];
    r.n = static_cast<int>(a.ratings.size());
    r.dont_know = a.dont_know;

    r.peers = static_cast<int>(data.peer_means.at(i).size());
    const int answered = r.n + r.dont_know;
    r.dont_know_rate = answered == 0 ? Stat::Null("nobody answered this item")
                                     : Stat::Of(static_cast<double>(r.dont_know) / answered);

    if (!data.has_previous_round) {
      r.previous_mean = Stat::Null("no earlier closed round of this framework");
    } else if (const auto& prev = data.previous_means.at(i); !prev) {
      r.previous_mean = Stat::Null("the previous round has no mean for this item");
    } else {
      r.previous_mean = Stat::Of(*prev);
    }

    if (r.n < thresholds.min_ratings) {
      const Stat none =
          Stat::Null(answered == 0 ? "nobody answered this item"
                     : r.n == 0    ? "every answer was \"don't know\""
                                   : "fewer than " + std::to_string(thresholds.min_ratings) +
                                      " ratings, so they are not shown");
      r.mean = r.median = r.q1 = r.q3 = r.iqr = r.agreement = none;
      r.change = r.percentile = none;
    } else {
      std::sort(a.ratings.begin(), a.ratings.end());
      double total = 0;
      for (double v : a.ratings) total += v;
      const double mean = total / r.n;
      const double median = Quantile(a.ratings, 0.5);
      const double q1 = Quantile(a.ratings, 0.25);
      const double q3 = Quantile(a.ratings, 0.75);
      int close = 0;
      for (double v : a.ratings) close += std::fabs(v - median) <= 1.0 ? 1 : 0;
      r.mean = Stat::Of(mean);
      r.median = Stat::Of(median);
      r.q1 = Stat::Of(q1);
      r.q3 = Stat::Of(q3);
      r.iqr = Stat::Of(q3 - q1);
      r.agreement = Stat::Of(static_cast<double>(close) / r.n);
      for (double v : a.ratings) ++r.distribution.at(static_cast<std::size_t>(v) - 1);
      sum_of_means += mean;
      ++items_with_mean;

      r.change = r.previous_mean.value ? Stat::Of(mean - *r.previous_mean.value)
                                       : Stat::Null(r.previous_mean.reason);

      const auto& peers = data.peer_means.at(i);
      if (r.peers < thresholds.peer_min_organisations) {
        r.percentile =
            Stat::Null("fewer than " + std::to_string(thresholds.peer_min_organisations) +
                       " peer organisations (" + std::to_string(r.peers) + ")");
      } else {
        r.percentile = Stat::Of(PeerPercentile(mean, peers));
        r.standing = StandingAmong(mean, peers);
      }
    }

    std::tie(r.exec_mean, r.ned_mean) = SubgroupMeans(a, thresholds.min_ratings);
    if (r.mean.value && !SubgroupsTooSmall(a, thresholds.min_ratings)) {
      r.by_membership = {a.exec, a.ned};
    }
    if (r.exec_mean.value && r.ned_mean.value) {
      r.gap = Stat::Of(*r.exec_mean.value - *r.ned_mean.value);
    } else {
      r.gap = Stat::Null("needs both the executive and the non-executive mean");
    }

    if (r.iqr.value && AtLeast(*r.iqr.value, 2.0)) r.flags |= kDisagreement;
    if (r.dont_know_rate.value && AtLeast(*r.dont_know_rate.value, 0.25)) r.flags |= kBlindSpot;
    if (r.gap.value && AtLeast(std::fabs(*r.gap.value), 1.0)) r.flags |= kOwnershipGap;
    out.items.push_back(std::move(r));
  }

  out.overall = items_with_mean == 0 ? Stat::Null("no item has a numeric rating")
                                     : Stat::Of(sum_of_means / items_with_mean);
  return out;
}

std::vector<std::optional<double>> FrozenMeans(const RoundData& data, int min_ratings) {
  std::vector<std::pair<double, int>> sums(data.items.size(), {0.0, 0});
  for (const Response& r : data.responses) {
    if (!r.rating) continue;
    auto& [sum, n] = sums.at(r.item);
    sum += *r.rating;
    ++n;
  }
  std::vector<std::optional<double>> means;
  means.reserve(sums.size());
  for (const auto& [sum, n] : sums) {
    means.push_back(n >= min_ratings && n > 0 ? std::optional(sum / n) : std::nullopt);
  }
  return means;
}

}  // namespace boardlens::results
