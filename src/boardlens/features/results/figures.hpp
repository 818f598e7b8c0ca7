#pragma once
/// A closed round's figures as every output shows them, the results pages and the board pack
/// alike: one decimal place, changes that add up as shown, and the charts.

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "boardlens/features/results/results.hpp"
#include "boardlens/html/html.hpp"

namespace boardlens::results {

/// "+0.3", "-1.0", "0.0".
std::string Signed(double v);

/// `a - b` as shown: the difference of the two figures rounded to one place, so that the
/// figures beside it add up (3.1 and 2.9 differ by +0.2, whatever the unrounded means). Nullopt
/// when the difference is not shown; `difference.reason` then says why.
std::optional<std::string> ShownDifference(const Stat& difference, const Stat& a, const Stat& b);

/// The flags of one item, each in a sentence a board can act on.
std::vector<std::string> FlagSentences(const ItemResult& r);

/// When no item has a value for `stat`, the distinct reasons why, joined; else nullopt. An
/// output then says it once instead of in every row.
std::optional<std::string> HiddenEverywhere(const ResultsView& view, Stat ItemResult::*stat);

/// The spider chart of each item's mean, with the previous round's as a dashed outline where
/// any is shown.
html::Html MeanRadar(const ResultsView& view);

/// A side's answers as a dot plot's counts: ratings 1 to 5, then "don't know".
std::array<int, 6> Counts(const GroupAnswers& answers);

/// "1 rated 1, 0 rated 2, 3 rated 3, 0 rated 4, 2 rated 5 and 2 don't know".
std::string CountWords(const GroupAnswers& answers);

/// The dot plot of one item's answers, for the whole board or, with `by_membership` where the
/// item allows it, executives and non-executives side by side. The item's median is shown.
html::Html SpreadPlot(const ItemResult& r, const std::string& title, bool by_membership);

}  // namespace boardlens::results
