#include "boardlens/features/services/page_parts.hpp"

#include <fmt/format.h>

#include <cstdio>

#include "boardlens/features/services/service.hpp"
#include "boardlens/html/components.hpp"
#include "boardlens/html/page.hpp"

namespace boardlens::services {
namespace {

html::XmrMark MarkOf(PointType type) {
  switch (type) {
    case PointType::kImprovement:
      return html::XmrMark::kImprovement;
    case PointType::kConcern:
      return html::XmrMark::kConcern;
    case PointType::kNeutralHigh:
    case PointType::kNeutralLow:
      return html::XmrMark::kNeutral;
    case PointType::kCommonCause:
      break;
  }
  return html::XmrMark::kCommon;
}

/// `value` with `decimals` places and the unit: "99.50%", "1200 users".
std::string Figure(double value, int decimals, std::string_view unit) {
  const std::string_view gap = unit.empty() || unit == "%" ? "" : " ";
  return fmt::format("{:.{}f}{}{}", value, decimals, gap, unit);
}

/// Decimals for the values of `rows`: none for a count, else as many as they were written with.
int ValueDecimals(const std::vector<SpcRow>& rows, std::string_view unit) {
  return IsCount(unit) ? 0 : DecimalsOf(rows);
}

}  // namespace

std::string PointTypeText(PointType type) {
  switch (type) {
    case PointType::kImprovement:
      return "Special cause: improvement";
    case PointType::kConcern:
      return "Special cause: concern";
    case PointType::kNeutralHigh:
      return "Special cause: high";
    case PointType::kNeutralLow:
      return "Special cause: low";
    case PointType::kCommonCause:
      break;
  }
  return "Common cause";
}

html::Html XmrDrawing(const html::ChartText& text, const SpcChart& chart,
                      std::optional<double> target, std::string_view unit, bool wide,
                      const std::vector<Plan>& plans) {
  html::XmrSeries series;
  for (const Plan& p : plans) {
    series.guides.push_back({p.title, p.trajectory.from_date, p.trajectory.from,
                             p.trajectory.to_date, p.trajectory.to});
  }
  series.target = chart.trajectory ? std::nullopt : target;
  series.provisional = chart.provisional;
  series.unit = std::string(unit);
  std::size_t gaps = 0;
  for (const SpcRow& row : chart.rows) {
    html::XmrPoint point{html::DateText(row.point.date),
                         row.point.value,
                         row.mean,
                         row.upl,
                         row.lpl,
                         MarkOf(row.type),
                         row.point.date,
                         row.incomplete,
                         row.after_gap,
                         chart.trajectory ? row.target : std::nullopt};
    series.points.push_back(std::move(point));
    gaps += row.after_gap ? 1 : 0;
  }
  html::ChartText described = text;
  if (!chart.rows.empty()) {
    const int decimals = ValueDecimals(chart.rows, unit);
    const SpcRow& last = chart.rows.back();
    described.description +=
        (described.description.empty() ? "" : " ") + std::to_string(chart.rows.size()) +
        " points from " + html::DateText(chart.rows.front().point.date) + " to " +
        html::DateText(last.point.date) +
        (gaps > 0 ? ", with " + std::to_string(gaps) + (gaps == 1 ? " gap" : " gaps") +
                        " where a period has no value"
                  : std::string()) +
        ". The latest is " + Figure(last.point.value, decimals, unit) + ", " +
        (last.incomplete ? "for a period not yet complete" : PointTypeText(last.type)) + ". Mean " +
        Figure(last.mean, decimals + 1, unit) + ", process limits " +
        Figure(last.lpl, decimals + 1, unit) + " to " + Figure(last.upl, decimals + 1, unit) +
        (chart.trajectory && last.target
             ? ", target on its trajectory " + Figure(*last.target, decimals, unit)
         : target ? ", target " + Figure(*target, decimals, unit)
                  : std::string()) +
        ".";
    for (const Plan& p : plans) {
      described.description += " The strategy's outcome \"" + p.title + "\" plans " +
                               Figure(p.trajectory.from, decimals, unit) + " on " +
                               html::DateText(p.trajectory.from_date) + " to " +
                               Figure(p.trajectory.to, decimals, unit) + " by " +
                               html::DateText(p.trajectory.to_date) + ", a straight line.";
    }
  }
  series.wide = wide;
  if (wide) described.id += "-wide";
  return html::XmrChart(described, series);
}

html::Html ChartSvg(const html::ChartText& text, const SpcChart& chart,
                    std::optional<double> target, std::string_view unit, bool full_width,
                    const std::vector<Plan>& plans) {
  // One drawing for a phone and, where the chart has the page's width, one for a wide screen:
  // the style sheet shows the one that fits, so text stays the same size on both.
  html::Html out = XmrDrawing(text, chart, target, unit, false, plans);
  if (full_width) out += XmrDrawing(text, chart, target, unit, true, plans);
  return html::Render("<div class=\"bl-xmr{}\">{}</div>", full_width ? " bl-xmr--full" : "", out);
}

html::Html ChartTable(const SpcChart& chart, std::string_view caption, std::string_view unit) {
  const int decimals = ValueDecimals(chart.rows, unit);
  html::Table table{std::string(caption),
                    {"Date", "Value", "Mean", "Lower limit", "Upper limit", "Variation"},
                    {},
                    true};
  for (const SpcRow& row : chart.rows) {
    std::string date = html::DateText(row.point.date);
    if (row.after_gap) date += " (after a gap: no value for the period before)";
    table.rows.push_back({html::Escape(date), html::Escape(Figure(row.point.value, decimals, unit)),
                          html::Escape(Figure(row.mean, decimals + 2, unit)),
                          html::Escape(Figure(row.lpl, decimals + 2, unit)),
                          html::Escape(Figure(row.upl, decimals + 2, unit)),
                          html::Escape(row.incomplete ? "Not yet complete: left out of the limits"
                                                      : PointTypeText(row.type))});
  }
  return html::DataTable(table);
}

html::Icon VariationSign(PointType type, Improvement improvement) {
  using html::IconSymbol;
  using html::IconTone;
  // Improvement on a measure where down is better is a low point, and concern a high one.
  const bool up = improvement != Improvement::kDown;
  switch (type) {
    case PointType::kImprovement:
      return {IconTone::kBlue, IconSymbol::kLetter, up ? "H" : "L",
              std::string("Special cause variation: improvement, ") + (up ? "higher" : "lower") +
                  " than usual"};
    case PointType::kConcern:
      return {IconTone::kOrange, IconSymbol::kLetter, up ? "L" : "H",
              std::string("Special cause variation: concern, ") + (up ? "lower" : "higher") +
                  " than usual"};
    case PointType::kNeutralHigh:
      return {IconTone::kPurple, IconSymbol::kLetter, "H",
              "Special cause variation: higher than usual"};
    case PointType::kNeutralLow:
      return {IconTone::kPurple, IconSymbol::kLetter, "L",
              "Special cause variation: lower than usual"};
    case PointType::kCommonCause:
      break;
  }
  return {IconTone::kGrey, IconSymbol::kDots, "", "Common cause variation"};
}

std::optional<html::Icon> AssuranceSign(const std::optional<Assurance>& assurance) {
  using html::IconSymbol;
  using html::IconTone;
  if (!assurance) return std::nullopt;
  switch (*assurance) {
    case Assurance::kConsistentPass:
      return html::Icon{IconTone::kBlue, IconSymbol::kLetter, "P", "Consistently meets the target"};
    case Assurance::kConsistentFail:
      return html::Icon{IconTone::kOrange, IconSymbol::kLetter, "F",
                        "Consistently misses the target"};
    case Assurance::kInconsistent:
      break;
  }
  return html::Icon{IconTone::kGrey, IconSymbol::kWave, "",
                    "Hit and miss: the target lies within the process limits"};
}

html::Html VariationIcon(PointType type, Improvement improvement) {
  return html::MdcIcon(VariationSign(type, improvement));
}

html::Html AssuranceIcon(const std::optional<Assurance>& assurance) {
  const auto sign = AssuranceSign(assurance);
  return sign ? html::MdcIcon(*sign) : html::Html();
}

std::string ValueText(double value, const std::string& unit) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", IsCount(unit) ? 0 : 2, value);
  std::string text = buffer;
  while (text.find('.') != std::string::npos && text.ends_with('0')) text.pop_back();
  if (text.ends_with('.')) text.pop_back();
  if (text == "-0") text = "0";
  const auto point = text.find('.');
  const std::string whole = text.substr(0, point);
  text = (whole == "-0" ? whole : WithThousands(std::stoll(whole))) +
         (point == std::string::npos ? "" : text.substr(point));
  if (unit.empty()) return text;
  return unit == "%" ? text + "%" : text + " " + unit;
}

}  // namespace boardlens::services
