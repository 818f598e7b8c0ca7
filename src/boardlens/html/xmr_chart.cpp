// The XmR chart and the Making Data Count icons (declared in charts.hpp).

#include <algorithm>
#include <cmath>
#include <string_view>

#include <fmt/format.h>

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

constexpr double kTop = 14;
constexpr double kPlotHeight = 190;
constexpr double kRight = kWidth - 14;
constexpr double kInset = 8;  // between the axis and the first and last points

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

constexpr const char* kLimitDashes = "6 4";
constexpr const char* kTargetDashes = "2 3";

/// The keys in as many centred rows as they need, from the line `y` down; returns where the
/// last row is.
double LegendRows(Html& out, const std::vector<Key>& keys, double y) {
  std::vector<Key> row;
  double used = 0;
  for (const Key& key : keys) {
    if (!row.empty() && used + KeyWidth(key) > kWidth - 2 * kMargin) {
      out += Legend(row, y);
      y += kLine + 8;
      row.clear();
      used = 0;
    }
    row.push_back(key);
    used += KeyWidth(key);
  }
  if (!row.empty()) out += Legend(row, y);
  return y;
}

}  // namespace

Html XmrChart(const ChartText& text, const XmrSeries& series) {
  const auto& points = series.points;
  // The range shown: every value and limit, and the target.
  double low = series.target.value_or(points.empty() ? 0 : points.front().value);
  double high = low;
  for (const XmrPoint& p : points) {
    low = std::min({low, p.value, p.lpl});
    high = std::max({high, p.value, p.upl});
  }
  const double span = high - low;
  const double pad = span > 0 ? span * 0.06 : std::max(std::fabs(high) * 0.05, 1.0);
  const double y_min = low - pad;
  const double y_max = high + pad;
  const int decimals = span >= 20 ? 0 : span >= 2 ? 1 : 2;
  // A sign such as % fits beside the figure; a word ("users") would crowd the axis on a
  // phone, and the chart's title says it already.
  const std::string suffix = series.unit.size() == 1 ? series.unit : "";
  const std::string low_label = fmt::format("{:.{}f}", low, decimals) + suffix;
  const std::string high_label = fmt::format("{:.{}f}", high, decimals) + suffix;
  const double left = kMargin + std::max(TextWidth(low_label), TextWidth(high_label)) + 8;
  const double bottom = kTop + kPlotHeight;
  const auto y_of = [&](double v) { return kTop + (y_max - v) / (y_max - y_min) * kPlotHeight; };
  const std::size_t n = points.size();
  const auto x_of = [&](std::size_t i) {
    return n > 1 ? left + kInset +
                       (kRight - left - 2 * kInset) * static_cast<double>(i) /
                           static_cast<double>(n - 1)
                 : (left + kRight) / 2;
  };

  std::vector<Key> keys{{[](Point p) {
                           return Line({p.x - 12, p.y}, {p.x + 12, p.y}, kText, 2, "none");
                         },
                         "Mean"}};
  const char* limit_dashes = series.provisional ? kLimitDashes : "none";
  keys.push_back({[=](Point p) {
                    return Line({p.x - 12, p.y}, {p.x + 12, p.y}, kGrey, 2, limit_dashes);
                  },
                  series.provisional ? "Process limits (provisional)" : "Process limits"});
  if (series.target) {
    keys.push_back({[](Point p) {
                      return Line({p.x - 12, p.y}, {p.x + 12, p.y}, kTarget, 2, kTargetDashes);
                    },
                    "Target"});
  }
  for (const auto& [mark, name] :
       {std::pair{XmrMark::kCommon, "Common cause"},
        std::pair{XmrMark::kImprovement, "Improvement"}, std::pair{XmrMark::kConcern, "Concern"},
        std::pair{XmrMark::kNeutral, "Special cause"}}) {
    const bool shown = std::any_of(points.begin(), points.end(),
                                   [mark = mark](const XmrPoint& p) { return p.mark == mark; });
    if (shown) keys.push_back({[mark = mark](Point p) { return Marker(mark, p); }, name});
  }
  Html legend;
  const double labels_y = bottom + 1.4 * kLine;
  const double last_row = LegendRows(legend, keys, labels_y + 1.3 * kLine);

  ChartText described = text;
  if (series.provisional) described.description += " The limits are provisional.";
  Html svg = Open(described, last_row + kLine / 2 + kMargin);
  // The lowest and highest numbers shown, ruled across; one when every number is the same.
  const auto rule = [&](double v, const std::string& label) {
    svg += Line({left, y_of(v)}, {kRight, y_of(v)}, kRule, 1, "none");
    svg += Render("<text x=\"{}\" y=\"{}\" text-anchor=\"end\" fill=\"{}\">{}</text>",
                  Num(left - 6), Num(y_of(v) + kFont / 3), kGrey, label);
  };
  rule(low, low_label);
  if (span > 0) rule(high, high_label);
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
  if (series.target) {
    svg += Line({left, y_of(*series.target)}, {kRight, y_of(*series.target)}, kTarget, 2,
                kTargetDashes);
  }
  if (n > 1) {
    std::string path;
    for (std::size_t i = 0; i < n; ++i) {
      path += fmt::format("{}{} {}", i == 0 ? "M" : " L", Num(x_of(i)), Num(y_of(points[i].value)));
    }
    svg += Render("<path d=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"1.5\"/>", path, kJoin);
  }
  for (std::size_t i = 0; i < n; ++i) {
    svg += Marker(points[i].mark, {x_of(i), y_of(points[i].value)});
  }
  if (n > 0) {
    svg += Render("<text x=\"{}\" y=\"{}\" fill=\"{}\">{}</text>", Num(left), Num(labels_y), kGrey,
                  points.front().label);
  }
  if (n > 1) {
    svg += Render("<text x=\"{}\" y=\"{}\" text-anchor=\"end\" fill=\"{}\">{}</text>", Num(kRight),
                  Num(labels_y), kGrey, points.back().label);
  }
  return svg + legend + Html("</svg>");
}

Html MdcIcon(IconTone tone, IconSymbol symbol, std::string_view letter, std::string_view label) {
  const char* colour = tone == IconTone::kBlue     ? kImprovement
                       : tone == IconTone::kOrange ? kConcern
                       : tone == IconTone::kPurple ? kNeutral
                                                   : kCommon;
  Html inside;
  switch (symbol) {
    case IconSymbol::kLetter:
      inside = Render(
          "<text x=\"20\" y=\"21\" text-anchor=\"middle\" dominant-baseline=\"middle\" "
          "font-size=\"20\" font-weight=\"bold\" fill=\"{}\">{}</text>",
          colour, letter);
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
      "<span class=\"bl-spc-icon\"><svg class=\"bl-spc-icon__symbol\" "
      "xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"40\" viewBox=\"0 0 40 40\" "
      "aria-hidden=\"true\" focusable=\"false\"><circle cx=\"20\" cy=\"20\" r=\"17\" "
      "fill=\"#ffffff\" stroke=\"{}\" stroke-width=\"3\"/>{}</svg>"
      "<span class=\"bl-spc-icon__label\">{}</span></span>",
      colour, inside, label);
}

}  // namespace boardlens::html
