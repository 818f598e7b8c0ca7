#pragma once
/// The results document: DESIGN.md's definitions, with values null and a stated reason
/// wherever they are suppressed or undefined. The API and `round results --format json`
/// print the same bytes.

#include <string>

#include "boardlens/features/results/results.hpp"
#include "boardlens/features/results/trends.hpp"
#include "boardlens/http/json_body.hpp"

namespace boardlens::results {

/// The one statistic of a whole round, by the name the API gives it.
inline constexpr std::string_view kOverallStat = "overall";

std::string ResultsJson(const ResultsView& view, const Thresholds& thresholds);
/// ResultsJson, made once per view and kept with it.
const std::string& JsonText(const ResultsView& view, const Thresholds& thresholds);
/// The trend: the rounds in the order they closed, and each item's means (null where
/// suppressed) with its change since the first round.
http::Json ToJson(const Trend& trend);

}  // namespace boardlens::results
