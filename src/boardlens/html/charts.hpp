#pragma once
/// Charts drawn on the server as SVG: no script, so they print, and each carries a title and
/// a description for screen readers. Pages put the same numbers in a table beside them.
/// Every chart has the same width and text size, chosen so that its text is still about
/// 13 px high on a phone 390 px wide.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
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

/// How a point of an XmR chart is marked: Making Data Count's grey, blue, orange and purple,
/// each with a shape of its own (circle, square, triangle, diamond), so that colour is never
/// the only cue.
enum class XmrMark : std::uint8_t { kCommon, kImprovement, kConcern, kNeutral };

struct XmrPoint {
  std::string label;  ///< the point's date in words, for the first and last when undated
  double value = 0;
  double mean = 0;
  double upl = 0;  ///< upper process limit
  double lpl = 0;  ///< lower process limit
  XmrMark mark = XmrMark::kCommon;
  std::string date;         ///< YYYY-MM-DD: places the point in time and labels the axis; or empty
  bool incomplete = false;  ///< its period is not over: drawn hollow, outside the limits' sums
  bool after_gap = false;   ///< a period with no value comes before it: the line breaks
  std::optional<double> target;  ///< the target at this point, on a trajectory; or none
};

/// A line promised for the measure elsewhere, drawn over a dated chart: a strategy outcome's
/// trajectory from its baseline to its target, the target's point marked, the axis running on
/// to its date when that is later than the last point.
struct XmrGuide {
  std::string label;      ///< whose promise it is, for the key: the outcome's title
  std::string from_date;  ///< YYYY-MM-DD
  double from = 0;
  std::string to_date;  ///< YYYY-MM-DD, after from_date
  double to = 0;
};

struct XmrSeries {
  std::vector<XmrPoint> points;
  std::vector<XmrGuide> guides;  ///< drawn when every point has a date
  std::optional<double> target;  ///< one target across the chart (points' own targets aside)
  bool provisional = false;  ///< limits from few points: drawn dashed, and the description says so
  std::string unit;          ///< after each number on the axis ("%"), or empty
  bool wide = false;  ///< drawn for a wide screen (bl-chart--wide), else for a phone (--narrow)
};

/// Units across an XmR chart drawn for a wide screen; one for a phone is 400, as every chart.
inline constexpr double kWideChartWidth = 800;

/// An XmR ("plot the dots") chart: the values joined in order, placed by date when they have
/// one (so a missing period shows as a gap in the line), the mean and process limits
/// (stepping where they were rebased), the target or its trajectory, every point marked, an
/// incomplete period hollow, months, quarters or years along the axis and round numbers up
/// it, and a key to what it shows.
Html XmrChart(const ChartText& text, const XmrSeries& series);

/// The colours of Making Data Count's icons.
enum class IconTone : std::uint8_t { kGrey, kBlue, kOrange, kPurple };
/// What an icon's circle holds: a letter (H, L, P, F), a flat row of dots (common cause), or
/// a line wandering across a target (hit and miss).
enum class IconSymbol : std::uint8_t { kLetter, kDots, kWave };

/// A Making Data Count icon: its circle, and its meaning in words.
struct Icon {
  IconTone tone = IconTone::kGrey;
  IconSymbol symbol = IconSymbol::kDots;
  std::string letter;
  std::string label;
};

/// The icon's circle alone, an SVG 40 units across, hidden from screen readers.
Html MdcSymbol(const Icon& icon);

/// The icon with its meaning in words beside it, always shown: the circle is hidden from
/// screen readers, so no one has to read a colour or a letter.
Html MdcIcon(const Icon& icon);

/// How warm a square of a risk matrix is: the NHS 5 x 5 matrix's bands.
enum class HeatTone : std::uint8_t { kLow, kModerate, kHigh, kExtreme };
struct HeatSquare {
  HeatTone tone = HeatTone::kLow;
  std::string label;  ///< what sits in it, short: "2 risks"
};
/// squares[row - 1][column - 1].
using HeatSquares = std::array<std::array<HeatSquare, 5>, 5>;

/// A 5 x 5 matrix: rows 5 at the top down to 1, columns 1 to 5, each square shaded by its
/// band and labelled, `rows` named up the side and `columns` along the foot.
Html HeatMapChart(const ChartText& text, const HeatSquares& squares, std::string_view rows,
                  std::string_view columns);

/// "3.4": one decimal place, the precision the pages show.
std::string OneDecimal(double value);

}  // namespace boardlens::html
