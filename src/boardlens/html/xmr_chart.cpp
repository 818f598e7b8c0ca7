// The XmR chart and the Making Data Count icons (declared in charts.hpp).

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string_view>

#include <fmt/format.h>

#include "boardlens/base/clock.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/html/chart_svg.hpp"
#include "boardlens/html/charts.hpp"

namespace boardlens::html {
using namespace svg;

namespace {

// Making Data Count's colours, darkened where needed to stand 3:1 against white (WCAG's
// floor for marks): blue improvement, orange concern, purple neither, grey common cause.
constexpr const char* kImprovement = "#005eb8";
constexpr const char* kConcern = "#c45500";
constexpr const char* kNeutral = "#330072";
constexpr const char* kCommon = "#768692";
constexpr const char* kTarget = "#d5281b";
constexpr const char* kJoin = "#aeb7bd";
constexpr const char* kGuide = "#007f3b";  // NHS green: a strategy's promise, not the target
constexpr const char* kGuideDashes = "10 3 2 3";

constexpr double kTop = 14;
constexpr double kInset = 8;  // between the axis and the first and last points

/// A round step for an axis: 1, 2 or 5 times a power of ten, so that about `ticks` of them
/// span `span`.
double RoundStep(double span, int ticks) {
  const double rough = span / ticks;
  const double power = std::pow(10.0, std::floor(std::log10(rough)));
  for (const double m : {1.0, 2.0, 5.0}) {
    if (m * power >= rough) return m * power;
  }
  return 10 * power;
}

/// Decimals a round step needs: 0 for 5 or 20, 1 for 0.5, 2 for 0.05.
int DecimalsOfStep(double step) {
  return step >= 1 ? 0 : static_cast<int>(std::ceil(-std::log10(step) - 1e-9));
}

/// Months since year 0 of a YYYY-MM-DD date.
int MonthIndex(const std::string& date) {
  return std::stoi(date.substr(0, 4)) * 12 + std::stoi(date.substr(5, 2)) - 1;
}

/// A month on the axis: "Apr 2025", or just "2025" when the axis counts in years.
std::string MonthLabel(int index, bool years) {
  const std::string year = std::to_string(index / 12);
  return years ? year : std::string(MonthName(index % 12 + 1).substr(0, 3)) + " " + year;
}

/// Where the axis is labelled: the first point of each month, quarter, half year or year
/// (the finest whose labels, centred at `x_of` each point, stand apart), as NHS England's
/// charts label them.
template <typename X>
std::vector<std::pair<std::size_t, std::string>> AxisLabels(const std::vector<XmrPoint>& points,
                                                            X x_of) {
  for (const int step : {1, 3, 6, 12, 24, 60}) {
    const bool years = step >= 12;
    std::vector<std::pair<std::size_t, std::string>> out;
    int last = -1;
    for (std::size_t i = 0; i < points.size(); ++i) {
      const int month = MonthIndex(points[i].date);
      if (month % step != 0 || month == last) continue;
      last = month;
      out.emplace_back(i, MonthLabel(month, years));
    }
    const double each = TextWidth(years ? "2025" : "Apr 2025") + 16;
    bool apart = true;
    for (std::size_t k = 1; k < out.size(); ++k) {
      apart = apart && x_of(out[k].first) - x_of(out[k - 1].first) >= each;
    }
    if (apart || step == 60) return out;
  }
  return {};
}

/// Days since 1970 of a YYYY-MM-DD date: where a dated point stands along the axis.
double DayOf(const std::string& date) {
  return static_cast<double>(EpochOfDate(date)) / static_cast<double>(kSecondsPerDay);
}

/// A guide's line as drawn: from its start, or the chart's first day if later, to its end.
struct GuideLine {
  double from_day = 0;
  double from = 0;
  double to_day = 0;
  double to = 0;
};

std::optional<GuideLine> LineOf(const XmrGuide& g, double first_day) {
  if (!IsValidDate(g.from_date) || !IsValidDate(g.to_date)) return std::nullopt;
  const double start = DayOf(g.from_date);
  const double end = DayOf(g.to_date);
  if (end <= start || end < first_day) return std::nullopt;
  const double from_day = std::max(start, first_day);
  return GuideLine{from_day, g.from + (g.to - g.from) * (from_day - start) / (end - start), end,
                   g.to};
}

/// A key's words: "Strategy: " and the outcome's title, shortened (at a character, with an
/// ellipsis) until the key fits across a chart `width` wide.
std::string GuideKey(const XmrGuide& g, std::size_t number, std::size_t count, double width) {
  const std::string head =
      (count > 1 ? std::to_string(number) + ": " : std::string()) + "Strategy: ";
  std::string label = g.label;
  const auto fits = [&](const std::string& text) {
    return KeyWidth(Key{{}, text}) <= width - 2 * kMargin;
  };
  while (!label.empty() && !fits(head + label + (label == g.label ? "" : "…"))) {
    // One character off the end: a UTF-8 character's continuation bytes, then its first.
    while (!label.empty() && (static_cast<unsigned char>(label.back()) & 0xC0) == 0x80) {
      label.pop_back();
    }
    if (!label.empty()) label.pop_back();
  }
  return head + label + (label == g.label ? "" : "…");
}

const char* ColourOf(XmrMark mark) {
  switch (mark) {
    case XmrMark::kImprovement:
      return kImprovement;
    case XmrMark::kConcern:
      return kConcern;
    case XmrMark::kNeutral:
      return kNeutral;
    case XmrMark::kCommon:
      break;
  }
  return kCommon;
}

/// A point's mark: a circle for common cause, and for special causes a larger square
/// (improvement), triangle (concern) or diamond (neither).
Html Marker(XmrMark mark, Point p) {
  const char* colour = ColourOf(mark);
  switch (mark) {
    case XmrMark::kImprovement:
      return Render("<rect x=\"{}\" y=\"{}\" width=\"10\" height=\"10\" fill=\"{}\"/>",
                    Num(p.x - 5), Num(p.y - 5), colour);
    case XmrMark::kConcern:
      return Render("<polygon points=\"{},{} {},{} {},{}\" fill=\"{}\"/>", Num(p.x), Num(p.y - 7),
                    Num(p.x - 6.5), Num(p.y + 5), Num(p.x + 6.5), Num(p.y + 5), colour);
    case XmrMark::kNeutral:
      return Render("<polygon points=\"{},{} {},{} {},{} {},{}\" fill=\"{}\"/>", Num(p.x),
                    Num(p.y - 7), Num(p.x + 7), Num(p.y), Num(p.x), Num(p.y + 7), Num(p.x - 7),
                    Num(p.y), colour);
    case XmrMark::kCommon:
      break;
  }
  return Render("<circle cx=\"{}\" cy=\"{}\" r=\"4\" fill=\"{}\"/>", Num(p.x), Num(p.y), colour);
}

/// A point whose period is not over: a hollow circle, so it reads as not yet counted.
Html Hollow(Point p) {
  return Render(
      "<circle cx=\"{}\" cy=\"{}\" r=\"4.5\" fill=\"#ffffff\" stroke=\"{}\" "
      "stroke-width=\"2\"/>",
      Num(p.x), Num(p.y), kCommon);
}

constexpr const char* kLimitDashes = "6 4";
constexpr const char* kTargetDashes = "2 3";

/// The keys in as many centred rows as they need, from the line `y` down; returns where the
/// last row is.
double LegendRows(Html& out, const std::vector<Key>& keys, double y, double width) {
  std::vector<Key> row;
  double used = 0;
  for (const Key& key : keys) {
    if (!row.empty() && used + KeyWidth(key) > width - 2 * kMargin) {
      out += Legend(row, y, width);
      y += kLine + 8;
      row.clear();
      used = 0;
    }
    row.push_back(key);
    used += KeyWidth(key);
  }
  if (!row.empty()) out += Legend(row, y, width);
  return y;
}

}  // namespace

Html XmrChart(const ChartText& text, const XmrSeries& series) {
  const auto& points = series.points;
  const std::size_t n = points.size();
  const double width = series.wide ? kWideChartWidth : kWidth;
  const double plot_height = series.wide ? 260 : 190;
  const double right = width - 14;
  // The range shown: every value and limit, and the target.
  double low = series.target.value_or(points.empty() ? 0 : points.front().value);
  double high = low;
  for (const XmrPoint& p : points) {
    low = std::min({low, p.value, p.lpl, p.target.value_or(p.value)});
    high = std::max({high, p.value, p.upl, p.target.value_or(p.value)});
  }
  // Points stand at their dates when every one has a date, so a missing period leaves room.
  const bool dated = n > 0 && std::all_of(points.begin(), points.end(),
                                          [](const XmrPoint& p) { return IsValidDate(p.date); });
  std::vector<GuideLine> guides;
  std::vector<std::string> guide_keys;
  if (dated) {
    for (const XmrGuide& g : series.guides) {
      const auto line = LineOf(g, DayOf(points.front().date));
      if (!line) continue;
      guides.push_back(*line);
      guide_keys.push_back(
          GuideKey(g, guides.size(), series.guides.size(), series.wide ? kWideChartWidth : kWidth));
      low = std::min({low, line->from, line->to});
      high = std::max({high, line->from, line->to});
    }
  }
  // Round numbers up the axis, a step apart, from at or below the lowest to at or above the
  // highest.
  const double step = RoundStep(high > low ? high - low : std::max(std::fabs(high) / 10, 1.0), 4);
  const double y_min = std::floor(low / step) * step;
  const double y_max = std::max(std::ceil(high / step) * step, y_min + step);
  const int decimals = DecimalsOfStep(step);
  // A sign such as % fits beside the figure; a word ("users") would crowd the axis on a
  // phone, and the chart's title says it already.
  const std::string suffix = series.unit.size() == 1 ? series.unit : "";
  std::vector<std::pair<double, std::string>> ticks;
  for (int k = 0; y_min + k * step <= y_max + step / 1000; ++k) {
    const double v = y_min + k * step;
    ticks.emplace_back(
        v, fmt::format("{:.{}f}", std::fabs(v) < step / 1000 ? 0.0 : v, decimals) + suffix);
  }
  double label_width = 0;
  for (const auto& tick : ticks) label_width = std::max(label_width, TextWidth(tick.second));
  const double left = kMargin + label_width + 8;
  const double bottom = kTop + plot_height;
  const auto y_of = [&](double v) { return kTop + (y_max - v) / (y_max - y_min) * plot_height; };
  const auto position = [&](std::size_t i) {
    return dated ? DayOf(points[i].date) : static_cast<double>(i);
  };
  const double first = n > 0 ? position(0) : 0;
  // The axis runs on to the latest guide's target date.
  double last = n > 0 ? position(n - 1) : 0;
  for (const GuideLine& g : guides) last = std::max(last, g.to_day);
  const auto x_at = [&](double at) {
    return last > first
               ? left + kInset + (right - left - 2 * kInset) * (at - first) / (last - first)
               : (left + right) / 2;
  };
  const auto x_of = [&](std::size_t i) { return x_at(position(i)); };

  std::vector<Key> keys{{[](Point p) {
                           return Line({p.x - 12, p.y}, {p.x + 12, p.y}, kText, 2, "none");
                         },
                         "Mean"}};
  const char* limit_dashes = series.provisional ? kLimitDashes : "none";
  keys.push_back({[=](Point p) {
                    return Line({p.x - 12, p.y}, {p.x + 12, p.y}, kGrey, 2, limit_dashes);
                  },
                  series.provisional ? "Process limits (provisional)" : "Process limits"});
  const bool trajectory = std::any_of(points.begin(), points.end(),
                                      [](const XmrPoint& p) { return p.target.has_value(); });
  if (series.target || trajectory) {
    keys.push_back({[](Point p) {
                      return Line({p.x - 12, p.y}, {p.x + 12, p.y}, kTarget, 2, kTargetDashes);
                    },
                    trajectory ? "Trajectory to the target" : "Target"});
  }
  for (const std::string& key : guide_keys) {
    keys.push_back({[](Point p) {
                      return Line({p.x - 12, p.y}, {p.x + 12, p.y}, kGuide, 2, kGuideDashes);
                    },
                    key});
  }
  for (const auto& [mark, name] :
       {std::pair{XmrMark::kCommon, "Common cause"},
        std::pair{XmrMark::kImprovement, "Improvement"}, std::pair{XmrMark::kConcern, "Concern"},
        std::pair{XmrMark::kNeutral, "Special cause"}}) {
    const bool shown = std::any_of(points.begin(), points.end(), [mark = mark](const XmrPoint& p) {
      return p.mark == mark && !p.incomplete;
    });
    if (shown) keys.push_back({[mark = mark](Point p) { return Marker(mark, p); }, name});
  }
  const bool any_incomplete =
      std::any_of(points.begin(), points.end(), [](const XmrPoint& p) { return p.incomplete; });
  if (any_incomplete) keys.push_back({[](Point p) { return Hollow(p); }, "Not yet complete"});
  Html legend;
  const double labels_y = bottom + 1.4 * kLine;
  const double last_row = LegendRows(legend, keys, labels_y + 1.3 * kLine, width);

  ChartText described = text;
  if (series.provisional) described.description += " The limits are provisional.";
  Html svg = Open(described, last_row + kLine / 2 + kMargin, width,
                  series.wide ? "bl-chart--wide" : "bl-chart--narrow");
  for (const auto& [v, label] : ticks) {  // round numbers, ruled faintly across
    svg += Line({left, y_of(v)}, {right, y_of(v)}, kRule, 1, "none");
    svg += Render("<text x=\"{}\" y=\"{}\" text-anchor=\"end\" fill=\"{}\">{}</text>",
                  Num(left - 6), Num(y_of(v) + kFont / 3), kGrey, label);
  }
  // Mean and limits: one level a run of points that share them, so a rebase shows as a step.
  for (std::size_t start = 0; start < n;) {
    std::size_t end = start;
    while (end + 1 < n && points[end + 1].mean == points[start].mean &&
           points[end + 1].upl == points[start].upl && points[end + 1].lpl == points[start].lpl) {
      ++end;
    }
    const double x0 = x_of(start) - (start == end ? kInset : 0);
    const double x1 = x_of(end) + (start == end ? kInset : 0);
    svg +=
        Line({x0, y_of(points[start].upl)}, {x1, y_of(points[start].upl)}, kGrey, 2, limit_dashes);
    svg +=
        Line({x0, y_of(points[start].lpl)}, {x1, y_of(points[start].lpl)}, kGrey, 2, limit_dashes);
    svg += Line({x0, y_of(points[start].mean)}, {x1, y_of(points[start].mean)}, kText, 2, "none");
    start = end + 1;
  }
  if (trajectory) {
    std::string path;
    for (std::size_t i = 0; i < n; ++i) {
      if (!points[i].target) continue;
      path += fmt::format("{}{} {}", path.empty() ? "M" : " L", Num(x_of(i)),
                          Num(y_of(*points[i].target)));
    }
    svg += Render(
        "<path d=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2\" "
        "stroke-dasharray=\"{}\"/>",
        path, kTarget, kTargetDashes);
  } else if (series.target) {
    svg += Line({left, y_of(*series.target)}, {right, y_of(*series.target)}, kTarget, 2,
                kTargetDashes);
  }
  for (std::size_t k = 0; k < guides.size(); ++k) {  // each promise, its target ringed
    const GuideLine& g = guides[k];
    const Point end{x_at(g.to_day), y_of(g.to)};
    svg += Line({x_at(g.from_day), y_of(g.from)}, end, kGuide, 2, kGuideDashes);
    svg += Render(
        "<circle cx=\"{}\" cy=\"{}\" r=\"5\" fill=\"#ffffff\" stroke=\"{}\" "
        "stroke-width=\"2\"/>",
        Num(end.x), Num(end.y), kGuide);
    if (guides.size() > 1) {
      svg += Render("<text x=\"{}\" y=\"{}\" text-anchor=\"end\" fill=\"{}\">{}</text>",
                    Num(end.x - 7), Num(end.y - 7), kGuide, k + 1);
    }
  }
  if (n > 1) {  // the values joined in order, broken where a period has no value
    std::string path;
    for (std::size_t i = 0; i < n; ++i) {
      path += fmt::format("{}{} {}",
                          i == 0                ? "M"
                          : points[i].after_gap ? " M"
                                                : " L",
                          Num(x_of(i)), Num(y_of(points[i].value)));
    }
    svg += Render("<path d=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"1.5\"/>", path, kJoin);
  }
  for (std::size_t i = 0; i < n; ++i) {
    const Point at{x_of(i), y_of(points[i].value)};
    svg += points[i].incomplete ? Hollow(at) : Marker(points[i].mark, at);
  }
  const auto label_at = [&](double x, const std::string& label, const char* anchor) {
    svg += Line({x, bottom}, {x, bottom + 5}, kGrey, 1, "none");
    svg += Render("<text x=\"{}\" y=\"{}\" text-anchor=\"{}\" fill=\"{}\">{}</text>", Num(x),
                  Num(labels_y), anchor, kGrey, label);
  };
  svg += Line({left, bottom}, {right, bottom}, kGrey, 1, "none");
  if (dated) {
    // The last target's month, under its point, when the axis runs on past the last value.
    if (n > 0 && last > position(n - 1)) {
      const std::string label =
          MonthLabel(MonthIndex(IsoDate(static_cast<std::int64_t>(last) * kSecondsPerDay)), false);
      if (x_at(last) - x_of(n - 1) >= TextWidth(label) + 16) {
        svg += Line({x_at(last), bottom}, {x_at(last), bottom + 5}, kGrey, 1, "none");
        svg += Render("<text x=\"{}\" y=\"{}\" text-anchor=\"end\" fill=\"{}\">{}</text>",
                      Num(std::min(x_at(last) + TextWidth(label) / 2, width - kMargin)),
                      Num(labels_y), kGrey, label);
      }
    }
    for (const auto& [i, label] : AxisLabels(points, x_of)) {
      // Centred under its point; one at either end moves in to stay inside the chart.
      const double half = TextWidth(label) / 2;
      const double x = x_of(i);
      svg += Line({x, bottom}, {x, bottom + 5}, kGrey, 1, "none");
      svg += Render("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"{}\">{}</text>",
                    Num(std::clamp(x, kMargin + half, width - kMargin - half)), Num(labels_y),
                    kGrey, label);
    }
  } else if (n > 0) {
    label_at(x_of(0), points.front().label, "start");
    if (n > 1) label_at(x_of(n - 1), points.back().label, "end");
  }
  return svg + legend + Html("</svg>");
}

Html MdcSymbol(const Icon& icon) {
  const char* colour = icon.tone == IconTone::kBlue     ? kImprovement
                       : icon.tone == IconTone::kOrange ? kConcern
                       : icon.tone == IconTone::kPurple ? kNeutral
                                                        : kCommon;
  Html inside;
  switch (icon.symbol) {
    case IconSymbol::kLetter:
      inside = Render(
          "<text x=\"20\" y=\"21\" text-anchor=\"middle\" dominant-baseline=\"middle\" "
          "font-size=\"20\" font-weight=\"bold\" fill=\"{}\">{}</text>",
          colour, icon.letter);
      break;
    case IconSymbol::kDots:
      for (const int x : {10, 15, 20, 25, 30}) {
        inside += Render("<circle cx=\"{}\" cy=\"20\" r=\"2.2\" fill=\"{}\"/>", x, colour);
      }
      break;
    case IconSymbol::kWave:
      inside = Render(
          "<line x1=\"7\" y1=\"20\" x2=\"33\" y2=\"20\" stroke=\"{}\" stroke-width=\"1.5\" "
          "stroke-dasharray=\"2 2\"/><path d=\"M8 24 Q13 8 18 20 T28 18 T33 14\" fill=\"none\" "
          "stroke=\"{}\" stroke-width=\"2.5\"/>",
          kTarget, colour);
      break;
  }
  return Render(
      "<svg class=\"bl-spc-icon__symbol\" xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" "
      "height=\"40\" viewBox=\"0 0 40 40\" aria-hidden=\"true\" focusable=\"false\"><circle "
      "cx=\"20\" cy=\"20\" r=\"17\" fill=\"#ffffff\" stroke=\"{}\" stroke-width=\"3\"/>{}</svg>",
      colour, inside);
}

Html MdcIcon(const Icon& icon) {
  return Render("<span class=\"bl-spc-icon\">{}<span class=\"bl-spc-icon__label\">{}</span></span>",
                MdcSymbol(icon), icon.label);
}

}  // namespace boardlens::html
