#include "boardlens/html/charts.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <numbers>
#include <string_view>

#include <fmt/format.h>

#include "boardlens/html/chart_svg.hpp"

namespace boardlens::html {
namespace svg {

std::string Num(double v) { return fmt::format("{:.1f}", v); }

double TextWidth(std::string_view text) { return 0.56 * kFont * static_cast<double>(text.size()); }

Html Open(const ChartText& text, double height, double width, std::string_view modifier) {
  return Render(
      "<svg class=\"bl-chart{}{}\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" "
      "role=\"img\" aria-labelledby=\"{}-title {}-desc\" focusable=\"false\" font-size=\"{}\" "
      "fill=\"{}\">"
      "<title id=\"{}-title\">{}</title><desc id=\"{}-desc\">{}</desc>",
      modifier.empty() ? "" : " ", modifier, Num(width), Num(std::ceil(height)), text.id, text.id,
      Num(kFont), kText, text.id, text.title, text.id, text.description);
}

namespace {
constexpr double kSwatch = 24;
constexpr double kSpace = 24;
}  // namespace

double KeyWidth(const Key& key) { return kSwatch + 6 + TextWidth(key.name) + kSpace; }

Html Legend(const std::vector<Key>& keys, double y, double width) {
  double total = -kSpace;
  for (const Key& key : keys) total += KeyWidth(key);
  double x = (width - total) / 2;
  Html out;
  for (const Key& key : keys) {
    out += key.swatch({x + kSwatch / 2, y});
    out += Render("<text x=\"{}\" y=\"{}\" dominant-baseline=\"middle\">{}</text>",
                  Num(x + kSwatch + 6), Num(y), key.name);
    x += KeyWidth(key);
  }
  return out;
}

Html Line(Point a, Point b, const char* colour, double width, const char* dashes) {
  return Render(
      "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"{}\" "
      "stroke-dasharray=\"{}\"/>",
      Num(a.x), Num(a.y), Num(b.x), Num(b.y), colour, Num(width), dashes);
}

}  // namespace svg

using namespace svg;  // the charts' own drawing kit

namespace {

/// A label's words in lines of about 12 characters; a longer word keeps a line to itself.
std::vector<std::string> Wrap(const std::string& text) {
  constexpr std::size_t kLineLength = 12;
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    const auto word_end = [&](std::size_t from) {
      const auto space = text.find(' ', from);
      return space == std::string::npos ? text.size() : space;
    };
    std::size_t end = word_end(start);
    while (end < text.size() && word_end(end + 1) - start <= kLineLength) end = word_end(end + 1);
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

/// A dot of a group: groups differ by shape as well as colour, so colour is never needed.
Html Dot(DotShape shape, Point p) {
  constexpr double kDot = 6;
  if (shape == DotShape::kCircle) {
    return Render("<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{}\"/>", Num(p.x), Num(p.y),
                  Num(kDot), kBlue);
  }
  return Render("<polygon points=\"{},{} {},{} {},{}\" fill=\"{}\"/>", Num(p.x),
                Num(p.y - kDot - 1.5), Num(p.x - kDot - 1), Num(p.y + kDot - 1.5),
                Num(p.x + kDot + 1), Num(p.y + kDot - 1.5), kPink);
}

}  // namespace

std::string OneDecimal(double value) { return Num(value); }

Html RadarChart(const ChartText& text, const std::vector<std::string>& axes,
                const std::vector<RadarSeries>& series) {
  constexpr double kMaxRadius = 120;
  constexpr double kMinRadius = 60;
  constexpr double kGap = 10;  // between the outer ring and a label
  const std::size_t n = std::max<std::size_t>(axes.size(), 1);
  const auto angle = [&](double axis) {
    return -std::numbers::pi / 2 + 2 * std::numbers::pi * axis / static_cast<double>(n);
  };

  // The rings are as large as the labels beside them leave room for.
  std::vector<std::vector<std::string>> labels;
  double radius = kMaxRadius;
  for (std::size_t i = 0; i < axes.size(); ++i) {
    labels.push_back(Wrap(axes[i]));
    const double across = std::fabs(std::cos(angle(static_cast<double>(i))));
    double widest = 0;
    for (const auto& line : labels.back()) widest = std::max(widest, TextWidth(line));
    if (across > 0.05) radius = std::min(radius, (kWidth / 2 - kMargin - widest) / across - kGap);
  }
  radius = std::max(radius, kMinRadius);

  // A label's lines sit beyond the end of its axis, so the block grows away from the rings.
  const auto block_middle = [&](std::size_t i) {
    const double down = std::sin(angle(static_cast<double>(i)));
    const double height = kLine * static_cast<double>(labels[i].size());
    return down * (radius + kGap) + down * height / 2;
  };
  double top = -radius;
  double bottom = radius;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    const double half = kLine * static_cast<double>(labels[i].size()) / 2;
    top = std::min(top, block_middle(i) - half);
    bottom = std::max(bottom, block_middle(i) + half);
  }
  const Point centre{kWidth / 2, kMargin - top};
  const auto at = [&](double axis, double value) {
    const double r = radius * value / 5.0;
    return Point{centre.x + r * std::cos(angle(axis)), centre.y + r * std::sin(angle(axis))};
  };
  const double legend_y = centre.y + bottom + kLine;

  Html svg = Open(text, legend_y + kLine / 2 + kMargin);
  for (int level = 1; level <= 5; ++level) {
    std::string points;
    for (std::size_t i = 0; i < n; ++i) {
      const Point p = at(static_cast<double>(i), level);
      points += Num(p.x) + "," + Num(p.y) + " ";
    }
    svg += Render("<polygon points=\"{}\" fill=\"none\" stroke=\"{}\"/>", points, kRule);
  }
  for (std::size_t i = 0; i < axes.size(); ++i) {
    const double axis = static_cast<double>(i);
    const Point end = at(axis, 5);
    const double across = std::cos(angle(axis));
    const double x = centre.x + across * (radius + kGap);
    const char* anchor = std::fabs(across) <= 0.05 ? "middle" : across < 0 ? "end" : "start";
    svg += Line(centre, end, kRule, 1, "none");
    Html lines;
    double y = centre.y + block_middle(i) - kLine * static_cast<double>(labels[i].size() - 1) / 2;
    for (const auto& line : labels[i]) {
      lines += Render("<tspan x=\"{}\" y=\"{}\">{}</tspan>", Num(x), Num(y), line);
      y += kLine;
    }
    svg += Render("<text text-anchor=\"{}\" dominant-baseline=\"middle\">{}</text>", anchor, lines);
  }
  std::vector<Key> keys;
  for (const RadarSeries& line : series) {
    const char* colour = line.dashed ? kGrey : kBlue;
    const char* dashes = line.dashed ? "8 5" : "none";
    std::string points;
    Html dots;
    for (std::size_t i = 0; i < line.values.size() && i < n; ++i) {
      if (!line.values[i]) continue;
      const Point p = at(static_cast<double>(i), *line.values[i]);
      points += Num(p.x) + "," + Num(p.y) + " ";
      dots +=
          Render("<circle cx=\"{}\" cy=\"{}\" r=\"4\" fill=\"{}\"/>", Num(p.x), Num(p.y), colour);
    }
    svg += Render(
        "<polygon points=\"{}\" fill=\"{}\" fill-opacity=\"{}\" stroke=\"{}\" stroke-width=\"3\" "
        "stroke-dasharray=\"{}\"/>",
        points, colour, line.dashed ? "0" : "0.15", colour, dashes);
    svg += dots;
    keys.push_back({[=](Point p) {
                      return Line({p.x - 12, p.y}, {p.x + 12, p.y}, colour, 3, dashes);
                    },
                    line.name});
  }
  // The scale runs up the middle of the gap between the first two axes, on top of the
  // outlines with a halo, so that no data point sits on it.
  for (int level = 1; level <= 5; ++level) {
    const Point p = at(0.5, level * std::cos(std::numbers::pi / static_cast<double>(n)));
    svg += Render(
        "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" dominant-baseline=\"middle\" "
        "fill=\"{}\" stroke=\"#ffffff\" stroke-width=\"4\" paint-order=\"stroke\">{}</text>",
        Num(p.x), Num(p.y), kGrey, level);
  }
  return svg + Legend(keys, legend_y) + Html("</svg>");
}

Html DotPlot(const ChartText& text, const std::vector<DotGroup>& groups, const Spread& spread) {
  constexpr double kLeft = 30;
  constexpr double kStep = 56;       // between rating values
  constexpr double kDontKnow = 350;  // the "Don't know" column, set apart from the scale
  constexpr double kRise = 15;       // between stacked dots
  constexpr double kBeside = 16;     // between groups in a column
  const auto x = [&](double rating) { return kLeft + kStep * (rating - 1); };
  const auto column = [&](std::size_t c) {
    return c < 5 ? x(static_cast<double>(c) + 1) : kDontKnow;
  };
  int tallest = 1;
  for (const DotGroup& g : groups) {
    tallest = std::max(tallest, *std::max_element(g.counts.begin(), g.counts.end()));
  }
  const double base = kMargin + 8 + kRise * (tallest - 1);  // the lowest dot
  const double axis = base + 12;
  const double labels = axis + 32;
  const double legend = labels + kLine + 8;
  Html svg = Open(text, (groups.size() > 1 ? legend : labels) + kLine / 2 + kMargin);

  svg += Line({x(1) - 20, axis}, {x(5) + 20, axis}, kGrey, 1, "none");
  svg += Line({kDontKnow - 26, axis}, {kDontKnow + 26, axis}, kGrey, 1, "none");
  for (std::size_t c = 0; c < 6; ++c) {
    svg += Render(
        "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" dominant-baseline=\"middle\">{}</text>",
        Num(column(c)), Num(labels), c < 5 ? std::to_string(c + 1) : "Don't know");
  }
  std::vector<Key> keys;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    const double offset =
        (static_cast<double>(g) - static_cast<double>(groups.size() - 1) / 2) * kBeside;
    for (std::size_t c = 0; c < 6; ++c) {
      for (int k = 0; k < groups[g].counts.at(c); ++k) {
        svg += Dot(groups[g].shape, {column(c) + offset, base - kRise * k});
      }
    }
    keys.push_back({[shape = groups[g].shape](Point p) { return Dot(shape, p); }, groups[g].name});
  }
  // The middle half of the ratings as a bar under the axis, the median as a tick across it.
  svg +=
      Render("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"8\" fill=\"{}\"/>", Num(x(spread.q1)),
             Num(axis + 6), Num(std::max(x(spread.q3) - x(spread.q1), 2.0)), kGrey);
  svg += Line({x(spread.median), axis + 2}, {x(spread.median), axis + 18}, kText, 3, "none");
  if (groups.size() > 1) svg += Legend(keys, legend);
  return svg + Html("</svg>");
}

Html TrendChart(const ChartText& text, const std::vector<std::optional<double>>& means,
                const std::string& first_label, const std::string& last_label) {
  constexpr double kLeft = 44;
  constexpr double kRight = kWidth - 28;
  constexpr double kTop = 28;
  constexpr double kBottom = 150;
  const auto y_of = [&](double v) { return kBottom - (v - 1) / 4 * (kBottom - kTop); };
  const double step =
      means.size() > 1 ? (kRight - kLeft) / static_cast<double>(means.size() - 1) : 0;
  const auto x_of = [&](std::size_t i) {
    return means.size() > 1 ? kLeft + step * static_cast<double>(i) : (kLeft + kRight) / 2;
  };
  Html out = Open(text, kBottom + 2 * kLine + kMargin);
  for (const int level : {1, 3, 5}) {
    out += Render(
        "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\"/>"
        "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
        Num(kLeft - 14), Num(y_of(level)), Num(kRight + 14), Num(y_of(level)), kRule,
        Num(kLeft - 20), Num(y_of(level) + kFont / 3), level);
  }
  std::string path;
  for (std::size_t i = 0; i < means.size(); ++i) {
    if (!means[i]) continue;  // a suppressed mean leaves a gap: the next point starts anew
    const bool starts = i == 0 || !means[i - 1];
    path += fmt::format("{}{} {}", starts ? " M" : " L", Num(x_of(i)), Num(y_of(*means[i])));
  }
  if (path.find('L') != std::string::npos) {  // a line needs two neighbouring means
    out += Render("<path d=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"3\"/>", path.substr(1),
                  kBlue);
  }
  for (std::size_t i = 0; i < means.size(); ++i) {
    if (!means[i]) continue;
    out += Render(
        "<circle cx=\"{}\" cy=\"{}\" r=\"6\" fill=\"{}\"/>"
        "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
        Num(x_of(i)), Num(y_of(*means[i])), kBlue, Num(x_of(i)), Num(y_of(*means[i]) - 12),
        Num(*means[i]));
  }
  out += Render(
      "<text x=\"{}\" y=\"{}\" fill=\"{}\">{}</text>"
      "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" fill=\"{}\">{}</text></svg>",
      Num(kLeft - 14), Num(kBottom + 1.6 * kLine), kGrey, first_label, Num(kRight + 14),
      Num(kBottom + 1.6 * kLine), kGrey, means.size() > 1 ? last_label : std::string());
  return out;
}

}  // namespace boardlens::html
