#include "boardlens/features/results/figures.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "boardlens/html/charts.hpp"

namespace boardlens::results {
namespace {

/// A figure read back as shown, so that sums and differences of shown figures agree.
double AsShown(double v) { return std::stod(html::OneDecimal(v)); }

/// "3 members rate it 1" / "1 member rates it 5".
std::string RateWords(int members, int rating) {
  return fmt::format("{} {} it {}", members, members == 1 ? "member rates" : "members rate",
                     rating);
}

/// How the ratings spread, named by their ends: "they run from 2 to 4: 4 members rate it 2
/// and 4 members rate it 4". The spread is what a disagreement is, so the sentence says that
/// rather than repeat a statistic.
std::string SpreadWords(const std::array<int, 5>& distribution) {
  int low = 0;
  while (low < 5 && distribution.at(static_cast<std::size_t>(low)) == 0) ++low;
  int high = 4;
  while (high > low && distribution.at(static_cast<std::size_t>(high)) == 0) --high;
  if (low >= 5) return "the ratings are spread widely";
  return fmt::format("they run from {} to {}: {} and {}", low + 1, high + 1,
                     RateWords(distribution.at(static_cast<std::size_t>(low)), low + 1),
                     RateWords(distribution.at(static_cast<std::size_t>(high)), high + 1));
}

}  // namespace

std::string Signed(double v) { return (v > 0 ? "+" : "") + html::OneDecimal(v); }

std::vector<std::string> FlagSentences(const ItemResult& r) {
  std::vector<std::string> out;
  if ((r.flags & kDisagreement) != 0) {
    out.push_back("Views differ: " + SpreadWords(r.distribution) +
                  ". Ask why before agreeing a position.");
  }
  if ((r.flags & kBlindSpot) != 0) {
    out.push_back(fmt::format(
        "Blind spot: {:.0f}% of those who answered said they don't know. The board may not be "
        "getting the information it needs here.",
        r.dont_know_rate.value.value_or(0) * 100));
  }
  if ((r.flags & kOwnershipGap) != 0) {
    // The flag carries both means, so the sentence uses them as the table shows them.
    const double gap =
        AsShown(r.exec_mean.value.value_or(0)) - AsShown(r.ned_mean.value.value_or(0));
    out.push_back(fmt::format(
        "Executives and non-executives see this differently: executives rate it {} of a level "
        "{} on average. Shared ownership needs a shared view.",
        html::OneDecimal(std::fabs(gap)), gap > 0 ? "higher" : "lower"));
  }
  return out;
}

std::optional<std::string> ShownDifference(const Stat& difference, const Stat& a, const Stat& b) {
  if (!difference.value) return std::nullopt;
  if (!a.value || !b.value) return Signed(*difference.value);
  const double d = AsShown(*a.value) - AsShown(*b.value);
  return Signed(std::fabs(d) < 0.05 ? 0.0 : d);
}

std::optional<std::string> HiddenEverywhere(const ResultsView& view, Stat ItemResult::*stat) {
  std::vector<std::string> reasons;
  for (const ItemResult& r : view.results.items) {
    if ((r.*stat).value) return std::nullopt;
    if (std::find(reasons.begin(), reasons.end(), (r.*stat).reason) == reasons.end()) {
      reasons.push_back((r.*stat).reason);
    }
  }
  if (reasons.empty()) return std::nullopt;
  std::string joined = reasons.front();
  for (std::size_t i = 1; i < reasons.size(); ++i) joined += "; " + reasons[i];
  return joined;
}

html::Html MeanRadar(const ResultsView& view) {
  std::vector<std::string> axes;
  html::RadarSeries now{"This round", {}, false};
  html::RadarSeries before{"Previous round", {}, true};
  const auto& fw = view.round.framework.framework;
  for (std::size_t i = 0; i < view.results.items.size(); ++i) {
    axes.push_back(fw.items.at(i).title);
    now.values.push_back(view.results.items[i].mean.value);
    before.values.push_back(view.results.items[i].previous_mean.value);
  }
  const bool no_previous = HiddenEverywhere(view, &ItemResult::previous_mean).has_value();
  std::vector<html::RadarSeries> series{now};
  if (!no_previous) series.push_back(before);
  std::string description = "Mean rating of each item this round";
  description += no_previous ? "." : ", with the previous round's as a dashed outline.";
  description += " The table that follows gives the same numbers.";
  return html::RadarChart({"radar", "Mean rating by item", description}, axes, series);
}

std::array<int, 6> Counts(const GroupAnswers& answers) {
  std::array<int, 6> counts{};
  std::copy(answers.rated.begin(), answers.rated.end(), counts.begin());
  counts.back() = answers.dont_know;
  return counts;
}

std::string CountWords(const GroupAnswers& answers) {
  std::string words;
  for (std::size_t level = 0; level < answers.rated.size(); ++level) {
    words +=
        fmt::format("{}{} rated {}", level == 0 ? "" : ", ", answers.rated.at(level), level + 1);
  }
  return words + fmt::format(" and {} don't know", answers.dont_know);
}

html::Html SpreadPlot(const ItemResult& r, const std::string& title, bool by_membership) {
  const GroupAnswers all{r.distribution, r.dont_know};
  std::vector<html::DotGroup> groups{{"Members", Counts(all), html::DotShape::kCircle}};
  std::string counts = CountWords(all);
  if (by_membership && r.by_membership) {
    const auto& [exec, ned] = *r.by_membership;
    groups = {{"Executives", Counts(exec), html::DotShape::kCircle},
              {"Non-executives", Counts(ned), html::DotShape::kTriangle}};
    counts = "Executives: " + CountWords(exec) + ". Non-executives: " + CountWords(ned);
  }
  const html::Spread spread{r.median.value.value_or(0), r.q1.value.value_or(0),
                            r.q3.value.value_or(0)};
  const std::string description = fmt::format(
      "{}. Median {}, middle half from {} to {}.", counts, html::OneDecimal(spread.median),
      html::OneDecimal(spread.q1), html::OneDecimal(spread.q3));
  return html::DotPlot({"dots-" + r.item, "Spread of answers to " + title, description}, groups,
                       spread);
}

}  // namespace boardlens::results
