#pragma once
/// The results document: DESIGN.md's definitions, with values null and a stated reason
/// wherever they are suppressed or undefined. The API and `round results --format json`
/// print the same bytes.

#include <string>

#include "boardlens/features/results/results.hpp"

namespace boardlens::results {

std::string ResultsJson(const ResultsView& view, const Thresholds& thresholds);
/// ResultsJson, made once per view and kept with it.
const std::string& JsonText(const ResultsView& view, const Thresholds& thresholds);

}  // namespace boardlens::results
