#pragma once
/// What every chart in charts.hpp draws with: one width and text size, the NHS.UK colours,
/// and a few SVG primitives. For html/'s chart files only; pages use charts.hpp.

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "boardlens/html/charts.hpp"

namespace boardlens::html::svg {

// NHS.UK colours: blue for this round and for circles, pink for triangles, dark grey for the
// previous round and for text.
inline constexpr const char* kBlue = "#005eb8";
inline constexpr const char* kPink = "#ae2573";
inline constexpr const char* kGrey = "#4c6272";
inline constexpr const char* kText = "#212b32";
inline constexpr const char* kRule = "#d8dde0";

/// Chart units across. A phone 390 px wide shows a chart 358 px wide, so text of kFont units
/// is 15 × 358 / 400 ≈ 13.4 px there.
inline constexpr double kWidth = 400;
inline constexpr double kFont = 15;
inline constexpr double kLine = 18;
inline constexpr double kMargin = 6;

struct Point {
  double x;
  double y;
};

std::string Num(double v);

/// A generous guess at the width of a line of text, so that labels are laid out inside.
double TextWidth(std::string_view text);

/// The opening <svg> with the chart's title and description; `height` and `width` in chart
/// units, `modifier` a class added to bl-chart (or empty).
Html Open(const ChartText& text, double height, double width = kWidth,
          std::string_view modifier = {});

Html Line(Point a, Point b, const char* colour, double width, const char* dashes);

/// One entry of a chart's key: a sample of the mark, drawn centred on a point, and its name.
struct Key {
  std::function<Html(Point)> swatch;
  std::string name;
};

/// How much of a row of keys one key takes, spacing included.
double KeyWidth(const Key& key);

/// The keys in one row, centred across a chart `width` across on the line `y`.
Html Legend(const std::vector<Key>& keys, double y, double width = kWidth);

}  // namespace boardlens::html::svg
