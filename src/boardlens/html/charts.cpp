#include "boardlens/html/charts.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

#include <fmt/format.h>

namespace boardlens::html {
namespace {

// NHS.UK colours: blue for this round, dark grey for the previous one and for text.
constexpr const char* kBlue = "#005eb8";
constexpr const char* kGrey = "#4c6272";
constexpr const char* kText = "#212b32";
constexpr const char* kRule = "#d8dde0";

std::string Num(double v) { return fmt::format("{:.1f}", v); }

Html Open(const ChartText& text, int width, int height) {
  return Render(
      "<svg class=\"bl-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" "
      "role=\"img\" aria-labelledby=\"{}-title {}-desc\" focusable=\"false\">"
      "<title id=\"{}-title\">{}</title><desc id=\"{}-desc\">{}</desc>",
      width, height, text.id, text.id, text.id, text.title, text.id, text.description);
}

/// An axis label, split over two lines when long so it stays inside the chart.
Html WrappedLabel(const std::string& text, double x) {
  constexpr std::size_t kLongest = 16;
  const auto space = text.find(' ', text.size() / 2);
  const auto split = space != std::string::npos ? space : text.rfind(' ', text.size() / 2);
  if (text.size() <= kLongest || split == std::string::npos) return Escape(text);
  return Render("<tspan x=\"{}\" dy=\"-0.6em\">{}</tspan><tspan x=\"{}\" dy=\"1.2em\">{}</tspan>",
                Num(x), text.substr(0, split), Num(x), text.substr(split + 1));
}

struct Point {
  double x;
  double y;
};

}  // namespace

std::string OneDecimal(double value) { return Num(value); }

Html RadarChart(const ChartText& text, const std::vector<std::string>& axes,
                const std::vector<RadarSeries>& series) {
  constexpr int kWidth = 760;
  constexpr int kHeight = 540;
  constexpr double kCx = kWidth / 2.0;
  constexpr double kCy = 250;
  constexpr double kRadius = 160;
  const std::size_t n = std::max<std::size_t>(axes.size(), 1);
  const auto at = [&](std::size_t axis, double value) {
    const double angle = -std::numbers::pi / 2 +
                         2 * std::numbers::pi * static_cast<double>(axis) / static_cast<double>(n);
    const double r = kRadius * value / 5.0;
    return Point{kCx + r * std::cos(angle), kCy + r * std::sin(angle)};
  };

  Html svg = Open(text, kWidth, kHeight);
  // Rings for levels 1 to 5, each a polygon through the axes, labelled on the first axis.
  for (int level = 1; level <= 5; ++level) {
    std::string points;
    for (std::size_t i = 0; i < n; ++i) {
      const Point p = at(i, level);
      points += Num(p.x) + "," + Num(p.y) + " ";
    }
    svg += Render("<polygon points=\"{}\" fill=\"none\" stroke=\"{}\"/>", points, kRule);
    const Point label = at(0, level);
    svg += Render("<text x=\"{}\" y=\"{}\" font-size=\"14\" fill=\"{}\">{}</text>",
                  Num(label.x + 4), Num(label.y + 5), kText, level);
  }
  for (std::size_t i = 0; i < axes.size(); ++i) {
    const Point end = at(i, 5);
    const Point label = at(i, 5.5);
    const char* anchor = std::fabs(label.x - kCx) < 1 ? "middle" : label.x < kCx ? "end" : "start";
    svg += Render("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\"/>", Num(kCx),
                  Num(kCy), Num(end.x), Num(end.y), kRule);
    svg += Render(
        "<text x=\"{}\" y=\"{}\" font-size=\"19\" text-anchor=\"{}\" dominant-baseline=\"middle\" "
        "fill=\"{}\">{}</text>",
        Num(label.x), Num(label.y), anchor, kText, WrappedLabel(axes[i], label.x));
  }
  for (std::size_t s = 0; s < series.size(); ++s) {
    const RadarSeries& line = series[s];
    const char* colour = line.dashed ? kGrey : kBlue;
    std::string points;
    Html dots;
    for (std::size_t i = 0; i < line.values.size() && i < n; ++i) {
      if (!line.values[i]) continue;
      const Point p = at(i, *line.values[i]);
      points += Num(p.x) + "," + Num(p.y) + " ";
      dots +=
          Render("<circle cx=\"{}\" cy=\"{}\" r=\"4\" fill=\"{}\"/>", Num(p.x), Num(p.y), colour);
    }
    svg += Render(
        "<polygon points=\"{}\" fill=\"{}\" fill-opacity=\"{}\" stroke=\"{}\" stroke-width=\"3\" "
        "stroke-dasharray=\"{}\"/>",
        points, colour, line.dashed ? "0" : "0.15", colour, line.dashed ? "8 5" : "none");
    svg += dots;
    // Legend along the bottom, one entry per series.
    const double y = kHeight - 18;
    const double x = 20 + 220 * static_cast<double>(s);
    svg += Render(
        "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"3\" "
        "stroke-dasharray=\"{}\"/><text x=\"{}\" y=\"{}\" font-size=\"18\" "
        "dominant-baseline=\"middle\" fill=\"{}\">{}</text>",
        Num(x), Num(y), Num(x + 30), Num(y), colour, line.dashed ? "8 5" : "none", Num(x + 38),
        Num(y), kText, line.name);
  }
  return svg + Html("</svg>");
}

Html DotPlot(const ChartText& text, const std::array<int, 5>& counts, const Spread& spread) {
  constexpr int kWidth = 340;
  constexpr double kLeft = 30;
  constexpr double kStep = 70;  // between rating values
  constexpr double kDot = 5;
  const int tallest = *std::max_element(counts.begin(), counts.end());
  // Dots stack upwards from the axis; a tall stack is squeezed to keep the plot short.
  const double gap = tallest <= 6 ? 2.5 * kDot : 15.0 * kDot / tallest;
  const double base = 30 + gap * std::max(tallest, 1);
  const int height = static_cast<int>(base) + 50;
  const auto x = [&](double rating) { return kLeft + kStep * (rating - 1); };

  Html svg = Open(text, kWidth, height);
  svg += Render("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\"/>", Num(x(1) - 15),
                Num(base + 8), Num(x(5) + 15), Num(base + 8), kGrey);
  for (int rating = 1; rating <= 5; ++rating) {
    svg += Render(
        "<text x=\"{}\" y=\"{}\" font-size=\"14\" text-anchor=\"middle\" fill=\"{}\">{}</text>",
        Num(x(rating)), Num(base + 44), kText, rating);
    for (int k = 0; k < counts.at(static_cast<std::size_t>(rating - 1)); ++k) {
      svg += Render("<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{}\"/>", Num(x(rating)),
                    Num(base - gap * k), Num(std::min(kDot, gap / 2)), kBlue);
    }
  }
  // The middle half of the ratings as a bar under the axis, the median as a tick across it.
  svg +=
      Render("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"8\" fill=\"{}\"/>", Num(x(spread.q1)),
             Num(base + 14), Num(std::max(x(spread.q3) - x(spread.q1), 2.0)), kGrey);
  svg +=
      Render("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"3\"/>",
             Num(x(spread.median)), Num(base + 10), Num(x(spread.median)), Num(base + 26), kText);
  return svg + Html("</svg>");
}

Html TrendChart(const ChartText& text, const std::vector<std::optional<double>>& means,
                const std::string& first_label, const std::string& last_label) {
  // Drawn at about the width it is shown on a phone, so its text stays readable there.
  constexpr int kWidth = 320;
  constexpr int kHeight = 170;
  constexpr double kLeft = 36;
  constexpr double kRight = kWidth - 24;
  constexpr double kTop = 24;
  constexpr double kBottom = 124;
  const auto y_of = [&](double v) { return kBottom - (v - 1) / 4 * (kBottom - kTop); };
  const double step =
      means.size() > 1 ? (kRight - kLeft) / static_cast<double>(means.size() - 1) : 0;
  const auto x_of = [&](std::size_t i) {
    return means.size() > 1 ? kLeft + step * static_cast<double>(i) : (kLeft + kRight) / 2;
  };
  Html out = Open(text, kWidth, kHeight);
  for (const int level : {1, 3, 5}) {
    out += Render(
        "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\"/>"
        "<text x=\"{}\" y=\"{}\" font-size=\"14\" text-anchor=\"end\" fill=\"{}\">{}</text>",
        Num(kLeft - 12), Num(y_of(level)), Num(kRight + 12), Num(y_of(level)), kRule,
        Num(kLeft - 18), Num(y_of(level) + 5), kText, level);
  }
  std::string path;
  for (std::size_t i = 0; i < means.size(); ++i) {
    if (!means[i]) {
      path += " ";  // a suppressed mean breaks the line
      continue;
    }
    const bool starts = i == 0 || !means[i - 1];
    path += fmt::format("{}{} {}", starts ? "M" : " L", Num(x_of(i)), Num(y_of(*means[i])));
  }
  if (path.find('L') != std::string::npos) {  // a line needs two neighbouring means
    out += Render("<path d=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"3\"/>", path, kBlue);
  }
  for (std::size_t i = 0; i < means.size(); ++i) {
    if (!means[i]) continue;
    out += Render(
        "<circle cx=\"{}\" cy=\"{}\" r=\"5\" fill=\"{}\"/>"
        "<text x=\"{}\" y=\"{}\" font-size=\"14\" text-anchor=\"middle\" fill=\"{}\">{}</text>",
        Num(x_of(i)), Num(y_of(*means[i])), kBlue, Num(x_of(i)), Num(y_of(*means[i]) - 10), kText,
        Num(*means[i]));
  }
  out += Render(
      "<text x=\"{}\" y=\"{}\" font-size=\"14\" fill=\"{}\">{}</text>"
      "<text x=\"{}\" y=\"{}\" font-size=\"14\" text-anchor=\"end\" fill=\"{}\">{}</text>",
      Num(kLeft - 12), Num(kBottom + 34), kGrey, first_label, Num(kRight + 12), Num(kBottom + 34),
      kGrey, means.size() > 1 ? last_label : std::string());
  out += Html("</svg>");
  return out;
}

}  // namespace boardlens::html
