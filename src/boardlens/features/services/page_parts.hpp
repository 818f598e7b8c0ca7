#pragma once
/// A measure's chart as the pages show it, in Making Data Count's terms: the XmR chart, a
/// table of the same numbers, and the variation and assurance icons with their words.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "boardlens/features/services/plan_source.hpp"
#include "boardlens/features/services/spc.hpp"
#include "boardlens/html/charts.hpp"

namespace boardlens::services {

/// The chart's SVG. Its description is `text.description` followed by what a sighted reader
/// takes from it: how many points, the latest and its type, the mean and limits, and each of
/// `plans` (the strategy's trajectories for the measure, drawn over it). With `full_width` (a
/// chart alone across the page) it is drawn for a wide screen too.
html::Html ChartSvg(const html::ChartText& text, const SpcChart& chart,
                    std::optional<double> target, std::string_view unit, bool full_width = true,
                    const std::vector<Plan>& plans = {});

/// One drawing of the chart, described as ChartSvg says: for a phone, or `wide` for a page's
/// whole width (its id then ends "-wide").
html::Html XmrDrawing(const html::ChartText& text, const SpcChart& chart,
                      std::optional<double> target, std::string_view unit, bool wide,
                      const std::vector<Plan>& plans = {});

/// The chart's numbers as a table, a row a point, for those who cannot see the chart and
/// those who want the figures.
html::Html ChartTable(const SpcChart& chart, std::string_view caption, std::string_view unit);

/// The variation icon for a point of `type` on a measure where `improvement` is better.
html::Icon VariationSign(PointType type, Improvement improvement);
/// The assurance icon; none without an assurance (no target, or a neutral measure).
std::optional<html::Icon> AssuranceSign(const std::optional<Assurance>& assurance);
/// The icons as pages show them, their words beside them; no assurance icon is nothing.
html::Html VariationIcon(PointType type, Improvement improvement);
html::Html AssuranceIcon(const std::optional<Assurance>& assurance);

/// A measure's value as the pages show it: up to two decimal places (none for a count, as
/// IsCount says), no trailing zeros, and the unit after it ("99.5%", "1,204 users").
std::string ValueText(double value, const std::string& unit);

/// A point's type in words: "Common cause", "Special cause: improvement", ...
std::string PointTypeText(PointType type);

}  // namespace boardlens::services
