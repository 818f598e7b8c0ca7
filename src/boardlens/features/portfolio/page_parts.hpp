#pragma once
/// How the portfolio reads on pages: a delivery confidence as a labelled tag, and a year of
/// monthly ratings as a row of coloured cells, each saying its month and rating in words.

#include <optional>
#include <string>
#include <vector>

#include "boardlens/features/portfolio/item.hpp"
#include "boardlens/html/page.hpp"

namespace boardlens::portfolio {

/// A YYYY-MM month as the pages write it: "Nov 2026".
std::string MonthText(const std::string& month);

/// Where a proposal stands, in place of a delivery confidence it does not have yet.
html::Html AwaitingApprovalTag();

/// "Amber/green" as a coloured tag; "Not reported" without a rating.
html::Html ConfidenceTag(const std::optional<Rating>& rating);

/// The kRatingMonths months up to `this_month` (YYYY-MM), oldest first: a cell a month,
/// coloured and labelled, or "Not reported".
html::Html RatingsRow(const std::vector<Rating>& ratings, const std::string& this_month);

}  // namespace boardlens::portfolio
