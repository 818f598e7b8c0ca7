#pragma once
/// Charts drawn on the server as SVG: no script, so they print, and each carries a title and
/// a description for screen readers. Pages put the same numbers in a table beside them.
/// Every chart has the same width and text size, chosen so that its text is still about
/// 13 px high on a phone 390 px wide.

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "boardlens/html/html.hpp"

namespace boardlens::html {

struct ChartText {
  std::string id;  ///< unique on the page; the title and description hang off it
  std::string title;
  std::string description;
};

struct RadarSeries {
  std::string name;
  std::vector<std::optional<double>> values;  ///< one per axis, on the 1–5 scale
  bool dashed = false;
};

/// A spider chart on the 1–5 scale: one axis per label, one closed outline per series, and
/// a key to the series right under it. A missing value leaves its axis out of that series'
/// outline.
Html RadarChart(const ChartText& text, const std::vector<std::string>& axes,
                const std::vector<RadarSeries>& series);

/// Quartiles of an item's ratings, drawn under its dots.
struct Spread {
  double median = 0;
  double q1 = 0;
  double q3 = 0;
};

/// Dots drawn in one shape (and colour), so groups differ by more than colour.
enum class DotShape { kCircle, kTriangle };

struct DotGroup {
  std::string name;             ///< in the key, when a plot has more than one group
  std::array<int, 6> counts{};  ///< how many rated 1 to 5, then how many said "don't know"
  DotShape shape = DotShape::kCircle;
};

/// One dot per answer, stacked above 1–5 and, set apart, "Don't know", with the middle half
/// of the ratings as a bar and the median as a tick. Groups stand side by side in each
/// column. Dots are the same size in every plot, so plots on a page compare.
Html DotPlot(const ChartText& text, const std::vector<DotGroup>& groups, const Spread& spread);

/// One item's mean across rounds on the 1–5 scale: a point a round, joined in order, with a
/// gap where a mean is suppressed. Small, so a page can show one an item, side by side; the
/// first and last rounds are labelled under the axis (`first_label`, `last_label`).
Html TrendChart(const ChartText& text, const std::vector<std::optional<double>>& means,
                const std::string& first_label, const std::string& last_label);

/// "3.4": one decimal place, the precision the pages show.
std::string OneDecimal(double value);

}  // namespace boardlens::html
