// The SVG charts: what they draw, and that they read on a phone.

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cmath>
#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "boardlens/base/testing.hpp"
#include "boardlens/html/charts.hpp"

namespace boardlens::html {
namespace {

/// A chart's content is this wide on a 390 px phone (16 px margins each side).
constexpr double kPhoneWidth = 358;

// Plain string searches rather than std::regex, whose GCC 12 headers warn falsely
// (-Wmaybe-uninitialized) in the debug build.

/// A start tag, `<name ...>`, and where its content begins.
struct StartTag {
  std::string text;
  std::size_t end = 0;  ///< just past its `>`
};

/// Each `<name ...>` in `svg`, in order.
std::vector<StartTag> StartTags(const std::string& svg, const std::string& name) {
  std::vector<StartTag> out;
  const std::string open = "<" + name + " ";
  for (auto at = svg.find(open); at != std::string::npos; at = svg.find(open, at + 1)) {
    const auto end = svg.find('>', at) + 1;
    out.push_back({svg.substr(at, end - at), end});
  }
  return out;
}

/// The value of attribute `name` in `tag`, or nullopt when it has none.
std::optional<std::string> Attribute(const std::string& tag, const std::string& name) {
  const std::string key = " " + name + "=\"";
  const auto at = tag.find(key);
  if (at == std::string::npos) return std::nullopt;
  const auto from = at + key.size();
  return tag.substr(from, tag.find('"', from) - from);
}

/// Attributes `names` of `tag` as numbers; empty unless it has them all.
std::vector<double> NumbersOf(const std::string& tag, std::initializer_list<std::string> names) {
  std::vector<double> out;
  for (const std::string& name : names) {
    const auto value = Attribute(tag, name);
    if (!value) return {};
    out.push_back(std::stod(*value));
  }
  return out;
}

/// Attributes `names`, as numbers, of every `<name ...>` in `svg` that has them all.
std::vector<std::vector<double>> Numbers(const std::string& svg, const std::string& name,
                                         std::initializer_list<std::string> names) {
  std::vector<std::vector<double>> out;
  for (const StartTag& tag : StartTags(svg, name)) {
    if (auto row = NumbersOf(tag.text, names); !row.empty()) out.push_back(std::move(row));
  }
  return out;
}

/// The first corner, x and y, of every polygon in `svg`.
std::vector<std::vector<double>> FirstCorners(const std::string& svg) {
  std::vector<std::vector<double>> out;
  for (const StartTag& tag : StartTags(svg, "polygon")) {
    std::istringstream points(Attribute(tag.text, "points").value_or(""));
    double x = 0;
    double y = 0;
    char comma = 0;
    if (points >> x >> comma >> y && comma == ',') out.push_back({x, y});
  }
  return out;
}

/// Every font size set anywhere in `svg`.
std::vector<double> FontSizes(const std::string& svg) {
  std::vector<double> out;
  const std::string key = "font-size=\"";
  for (auto at = svg.find(key); at != std::string::npos; at = svg.find(key, at + 1)) {
    out.push_back(std::stod(svg.substr(at + key.size())));
  }
  return out;
}

/// The width and height of the chart's viewBox, which starts at 0 0.
std::pair<double, double> ViewBox(const std::string& svg) {
  const auto box = Attribute(StartTags(svg, "svg").at(0).text, "viewBox").value_or("");
  std::istringstream numbers(box);
  double left = -1;
  double top = -1;
  double width = 0;
  double height = 0;
  numbers >> left >> top >> width >> height;
  EXPECT_TRUE(numbers && left == 0 && top == 0) << box;
  return {width, height};
}

double ViewBoxWidth(const std::string& svg) { return ViewBox(svg).first; }

/// Where the text `content` (as it stands in the markup) is drawn: its x and y.
std::vector<double> TextAt(const std::string& svg, const std::string& content) {
  const std::string rest = content + "</text>";
  for (const StartTag& tag : StartTags(svg, "text")) {
    if (svg.compare(tag.end, rest.size(), rest) != 0) continue;
    if (auto at = NumbersOf(tag.text, {"x", "y"}); !at.empty()) return at;
  }
  return {};
}

const std::vector<std::string> kThemes{"Outcomes",  "Risk",           "Assurance", "Advocacy",
                                       "Ownership", "Prioritisation", "Users",     "Culture"};

Html EightThemes(std::vector<std::optional<double>> now) {
  return RadarChart(
      {"r", "Means", "Described"}, kThemes,
      {{"This round", std::move(now), false}, {"Previous round", {2, 2, 2, 2, 2, 2, 2, 2}, true}});
}

TEST(Charts, RadarHasATitleADescriptionAndOneOutlinePerSeries) {
  const std::string svg =
      RadarChart({"r", "Means <by item>", "Described"}, {"Outcomes", "Risk & <assurance>", "Users"},
                 {{"Now", {4.0, 3.0, std::nullopt}, false}, {"Before", {3.0, 2.5, 2.0}, true}})
          .str();
  EXPECT_NE(svg.find("aria-labelledby=\"r-title r-desc\""), std::string::npos);
  EXPECT_NE(svg.find("<title id=\"r-title\">Means &lt;by item&gt;</title>"), std::string::npos);
  // Labels are escaped, and a long one is split over two lines.
  EXPECT_NE(svg.find(">Risk &amp;</tspan>"), std::string::npos);
  EXPECT_NE(svg.find(">&lt;assurance&gt;</tspan>"), std::string::npos);
  EXPECT_NE(svg.find(">Outcomes</tspan>"), std::string::npos);
  // Five rings plus one outline per series; a missing value draws no dot.
  EXPECT_EQ(CountOccurrences(svg, "<polygon"), 5U + 2U);
  EXPECT_EQ(CountOccurrences(svg, "<circle"), 2U + 3U);
}

TEST(Charts, RadarTextReadsOnAPhone) {
  const std::string svg = EightThemes({3, 3, 3, 3, 3, 3, 3, 3}).str();
  const double scale = kPhoneWidth / ViewBoxWidth(svg);
  const auto sizes = FontSizes(svg);
  ASSERT_FALSE(sizes.empty());
  for (const auto& size : sizes) EXPECT_GE(size * scale, 12.0) << "CSS px at 390 px wide";
}

TEST(Charts, RadarScaleLabelsAreClearOfTheDataPoints) {
  // Issue 10: the "3" of the scale sat under the dot of a 3 on the first axis.
  for (const double value : {2.0, 3.0, 4.0, 5.0}) {
    const std::string svg = EightThemes(std::vector<std::optional<double>>(8, value)).str();
    const auto dots = Numbers(svg, "circle", {"cx", "cy"});
    for (int level = 1; level <= 5; ++level) {
      const auto label = TextAt(svg, std::to_string(level));
      ASSERT_EQ(label.size(), 2U) << level;
      for (const auto& dot : dots) {
        EXPECT_GE(std::hypot(label[0] - dot[0], label[1] - dot[1]), 12.0)
            << "label " << level << " beside a dot at " << value;
      }
    }
  }
}

TEST(Charts, RadarLegendIsRightUnderTheChart) {
  const std::string svg = EightThemes({3, 3, 3, 3, 3, 3, 3, 3}).str();
  const auto legend = TextAt(svg, "This round");
  ASSERT_EQ(legend.size(), 2U);
  double lowest = 0;  // of the axis labels
  for (const auto& at : Numbers(svg, "tspan", {"x", "y"})) {
    lowest = std::max(lowest, at.at(1));
  }
  EXPECT_GT(legend[1], lowest);
  EXPECT_LE(legend[1] - lowest, 40.0) << "within two lines of the lowest label";
}

Html Plot(const std::vector<DotGroup>& groups) {
  return DotPlot({"d", "Spread", "Described"}, groups, {3.0, 3.0, 4.5});
}

TEST(Charts, DotPlotDrawsOneDotPerAnswerWithDontKnowSetApart) {
  const std::string svg = Plot({{"Members", {1, 0, 3, 0, 2, 2}}}).str();
  EXPECT_EQ(CountOccurrences(svg, "<circle"), 8U) << "six ratings and two don't knows";
  // Rating 1 sits at x=30 and each level is 56 apart: the bar spans q1 = 3 to q3 = 4.5.
  EXPECT_NE(svg.find("<rect x=\"142.0\""), std::string::npos);
  EXPECT_NE(svg.find("width=\"84.0\""), std::string::npos);
  const auto five = TextAt(svg, "5");
  const auto dont_know = TextAt(svg, "Don&#39;t know");
  ASSERT_EQ(dont_know.size(), 2U);
  EXPECT_GT(dont_know[0] - five[0], 1.5 * 56.0) << "further from 5 than the levels are apart";
  // Its two dots stand over its label; no rating's dot does.
  std::size_t over = 0;
  for (const auto& dot : Numbers(svg, "circle", {"cx"})) {
    over += dot.at(0) == dont_know[0] ? 1 : 0;
  }
  EXPECT_EQ(over, 2U);
  // One group needs no key.
  EXPECT_EQ(svg.find(">Members<"), std::string::npos);
}

TEST(Charts, EveryDotPlotHasTheSameWidthAndDotSize) {
  const std::string few = Plot({{"Members", {0, 1, 2, 1, 0, 0}}}).str();
  const std::string many = Plot({{"Members", {0, 1, 14, 1, 0, 3}}}).str();
  EXPECT_EQ(ViewBoxWidth(few), ViewBoxWidth(many));
  const auto radii = Numbers(few + many, "circle", {"r"});
  ASSERT_EQ(radii.size(), 4U + 19U);
  for (const auto& r : radii) EXPECT_EQ(r.at(0), radii.front().at(0));
  const double scale = kPhoneWidth / ViewBoxWidth(many);
  for (const auto& size : FontSizes(many)) {
    EXPECT_GE(size * scale, 12.0);
  }
}

TEST(Charts, DotPlotSplitsGroupsByShapeWithAKey) {
  const std::string svg = Plot({{"Executives", {0, 1, 2, 0, 0, 1}, DotShape::kCircle},
                                {"Non-executives", {0, 0, 1, 2, 0, 0}, DotShape::kTriangle}})
                              .str();
  // Each group's dots plus one of each in the key.
  EXPECT_EQ(CountOccurrences(svg, "<circle"), 4U + 1U);
  EXPECT_EQ(CountOccurrences(svg, "<polygon"), 3U + 1U);
  const auto executives = TextAt(svg, "Executives");
  const auto non_executives = TextAt(svg, "Non-executives");
  ASSERT_EQ(executives.size(), 2U);
  ASSERT_EQ(non_executives.size(), 2U);
  EXPECT_GT(executives[1], TextAt(svg, "3").at(1)) << "the key is under the scale";
}

TEST(Charts, TrendJoinsShownMeansAndBreaksAtASuppressedOne) {
  const std::string svg =
      TrendChart({"t", "Users", "Described"}, {2.0, 2.5, std::nullopt, 3.0, 3.5}, "Jan", "Nov")
          .str();
  EXPECT_EQ(CountOccurrences(svg, "<circle"), 4U);
  // Two runs: the first two rounds, then the last two, with no line across the gap.
  const auto d = svg.find("<path d=\"");
  ASSERT_NE(d, std::string::npos);
  const std::string path = svg.substr(d + 9, svg.find('"', d + 9) - d - 9);
  EXPECT_EQ(CountOccurrences(path, "M"), 2U);
  EXPECT_EQ(CountOccurrences(path, "L"), 2U);
  EXPECT_NE(svg.find(">2.5</text>"), std::string::npos);
  EXPECT_NE(svg.find(">Jan</text>"), std::string::npos);
  EXPECT_NE(svg.find(">Nov</text>"), std::string::npos);
  // One round: a point and no line.
  const std::string one = TrendChart({"o", "Users", "D"}, {3.0}, "Jan", "Jan").str();
  EXPECT_EQ(CountOccurrences(one, "<circle"), 1U);
  EXPECT_EQ(one.find("<path"), std::string::npos);
}

/// A number that is not one, as fmt writes it ("nan"), but not within a word ("dominant").
bool HasNaN(const std::string& svg) {
  for (auto at = svg.find("nan"); at != std::string::npos; at = svg.find("nan", at + 1)) {
    if (at > 0 && (svg[at - 1] < 'a' || svg[at - 1] > 'z')) return true;
  }
  return false;
}

XmrSeries Monthly(const std::vector<double>& values, double mean, double spread) {
  XmrSeries series;
  for (std::size_t i = 0; i < values.size(); ++i) {
    series.points.push_back({"Month " + std::to_string(i + 1),
                             values[i],
                             mean,
                             mean + spread,
                             mean - spread,
                             XmrMark::kCommon,
                             {},
                             false,
                             false,
                             {}});
  }
  return series;
}

TEST(Charts, XmrMarksEveryPointByShapeAndJoinsThemInOrder) {
  XmrSeries series = Monthly({10, 11, 10, 14, 6, 10.5}, 10.5, 2.66);
  series.points[3].mark = XmrMark::kImprovement;
  series.points[4].mark = XmrMark::kConcern;
  series.points[5].mark = XmrMark::kNeutral;
  const std::string svg = XmrChart({"x", "Availability", "Described"}, series).str();
  // Three common points and one of each special cause, plus one of each in the key.
  EXPECT_EQ(CountOccurrences(svg, "<circle"), 3U + 1U);
  EXPECT_EQ(CountOccurrences(svg, "<rect"), 1U + 1U);
  EXPECT_EQ(CountOccurrences(svg, "<polygon"), 2U + 2U);
  const auto d = svg.find("<path d=\"");
  ASSERT_NE(d, std::string::npos);
  EXPECT_EQ(CountOccurrences(svg.substr(d, svg.find('"', d + 9) - d), " L"), 5U)
      << "six points joined";
  for (const char* key :
       {"Mean", "Process limits", "Common cause", "Improvement", "Concern", "Special cause"}) {
    EXPECT_EQ(TextAt(svg, key).size(), 2U) << key;
  }
  EXPECT_TRUE(TextAt(svg, "Target").empty()) << "no target, no key for one";
  EXPECT_EQ(TextAt(svg, "Month 1").size(), 2U);
  EXPECT_EQ(TextAt(svg, "Month 6").size(), 2U);
  // The highest point is drawn highest: y grows downwards.
  const auto square = Numbers(svg, "rect", {"x", "y"});
  const auto triangles = FirstCorners(svg);
  ASSERT_FALSE(square.empty());
  ASSERT_FALSE(triangles.empty());
  EXPECT_LT(square.front()[1], triangles.front()[1]);
  EXPECT_FALSE(HasNaN(svg));
}

TEST(Charts, XmrLimitsStepAtARebaseAndDashWhenProvisional) {
  XmrSeries series = Monthly({50, 52, 50, 52}, 51, 5.32);
  for (std::size_t i = 2; i < 4; ++i) {
    series.points[i].mean = 81;
    series.points[i].upl = 86.32;
    series.points[i].lpl = 75.68;
  }
  series.target = 40;
  series.unit = "%";
  const std::string svg = XmrChart({"x", "Uptime", "Two periods."}, series).str();
  // Per period a mean and two limits, then the target across the whole chart; limits solid.
  EXPECT_EQ(
      CountOccurrences(svg, "stroke=\"#212b32\" stroke-width=\"2.0\" stroke-dasharray=\"none\""),
      2U + 1U)
      << "two means and the key's";
  EXPECT_EQ(
      CountOccurrences(svg, "stroke=\"#4c6272\" stroke-width=\"2.0\" stroke-dasharray=\"none\""),
      4U + 1U);
  EXPECT_EQ(CountOccurrences(svg, "stroke=\"#d5281b\""), 1U + 1U);
  EXPECT_EQ(TextAt(svg, "Target").size(), 2U);
  EXPECT_EQ(svg.find("provisional"), std::string::npos);
  // Round numbers up the axis, from the target to above the upper limit, with the unit.
  for (const char* tick : {"40%", "60%", "80%", "100%"}) EXPECT_EQ(TextAt(svg, tick).size(), 2U);
  EXPECT_TRUE(TextAt(svg, "86%").empty());

  series.provisional = true;
  const std::string provisional = XmrChart({"x", "Uptime", "Two periods."}, series).str();
  EXPECT_NE(provisional.find("<desc id=\"x-desc\">Two periods. The limits are provisional.</desc>"),
            std::string::npos);
  EXPECT_EQ(CountOccurrences(provisional,
                             "stroke=\"#4c6272\" stroke-width=\"2.0\" stroke-dasharray=\"6 4\""),
            4U + 1U);
  EXPECT_EQ(TextAt(provisional, "Process limits (provisional)").size(), 2U);
}

TEST(Charts, XmrTextReadsOnAPhoneAndStaysInside) {
  std::vector<double> values;
  values.reserve(1000);
  for (int i = 0; i < 1000; ++i) values.push_back(1000 + (i * 37 % 101));
  XmrSeries series = Monthly(values, 1050, 80);
  series.points[3].mark = XmrMark::kImprovement;
  series.points[4].mark = XmrMark::kConcern;
  series.points[5].mark = XmrMark::kNeutral;
  series.target = 1200;
  series.provisional = true;
  const std::string svg = XmrChart({"x", "Users", "D"}, series).str();
  const double width = ViewBoxWidth(svg);
  const double scale = kPhoneWidth / width;
  for (const auto& size : FontSizes(svg)) {
    EXPECT_GE(size * scale, 12.0) << "CSS px at 390 px wide";
  }
  const double height = ViewBox(svg).second;
  for (const auto& at : Numbers(svg, "text", {"x", "y"})) {
    EXPECT_GE(at[0], 0.0);
    EXPECT_LE(at[0], width);
    EXPECT_GT(at[1], 0.0);
    EXPECT_LE(at[1], height);
  }
  // The key's labels wrap into rows, none running off the right.
  for (const char* key : {"Process limits (provisional)", "Improvement", "Special cause"}) {
    const auto at = TextAt(svg, key);
    ASSERT_EQ(at.size(), 2U) << key;
    EXPECT_LE(at[0] + 0.56 * 15 * static_cast<double>(std::string(key).size()), width) << key;
  }
}

TEST(Charts, XmrDrawsAStrategyTrajectoryToItsTargetAndRunsTheAxisOnToIt) {
  XmrSeries series;
  for (int m = 1; m <= 12; ++m) {
    series.points.push_back({"", 50.0 + m, 56, 66, 46, XmrMark::kCommon,
                             (m < 10 ? "2026-0" : "2026-") + std::to_string(m) + "-01", false,
                             false, std::nullopt});
  }
  const std::string title = "Patients rate the video consultations service well, every time";
  series.guides.push_back({title, "2025-01-01", 40, "2028-01-01", 90});
  const std::string svg = XmrChart({"x", "Satisfaction", "D"}, series).str();
  const double width = ViewBoxWidth(svg);
  // The line in its own colour, with the target ringed, and the axis runs on to its month.
  EXPECT_NE(svg.find("stroke=\"#007f3b\""), std::string::npos);
  EXPECT_NE(svg.find("<circle"), std::string::npos);
  ASSERT_EQ(TextAt(svg, "Jan 2028").size(), 2U);
  EXPECT_LE(TextAt(svg, "Jan 2028")[0], width);
  EXPECT_FALSE(TextAt(svg, "100").empty());  // the axis reaches the target, 90
  // The key names the outcome, shortened to fit across a phone, and stays inside the chart.
  const std::size_t key = svg.find(">Strategy: Patients rate");
  ASSERT_NE(key, std::string::npos);
  const std::string shown = svg.substr(key + 1, svg.find("</text>", key) - key - 1);
  EXPECT_TRUE(shown.ends_with("…")) << shown;
  EXPECT_LT(shown.size(), title.size());
  for (const auto& at : Numbers(svg, "text", {"x", "y"})) {
    EXPECT_GE(at[0], 0.0);
    EXPECT_LE(at[0], width);
  }
  EXPECT_FALSE(HasNaN(svg));
  // Without dates there is nowhere to put the line: the chart is drawn as before.
  XmrSeries undated = Monthly({1, 2, 3}, 2, 1);
  undated.guides = series.guides;
  EXPECT_EQ(XmrChart({"x", "U", "D"}, undated).str().find("#007f3b"), std::string::npos);
}

TEST(Charts, XmrOfASteadySeriesShowsRoundNumbersAroundIt) {
  const std::string svg =
      XmrChart({"x", "Steady", "D"}, Monthly({99.9, 99.9, 99.9}, 99.9, 0)).str();
  EXPECT_EQ(TextAt(svg, "95").size(), 2U);
  EXPECT_EQ(TextAt(svg, "100").size(), 2U);
  EXPECT_FALSE(HasNaN(svg));
}

TEST(Charts, XmrLabelsMonthsOrQuartersAsTheWidthAllowsAndBreaksAtAGap) {
  std::vector<double> values;
  values.reserve(24);
  for (int i = 0; i < 24; ++i) values.push_back(1000 + (i * 37 % 101));
  XmrSeries series = Monthly(values, 1050, 80);
  for (std::size_t i = 0; i < series.points.size(); ++i) {
    series.points[i].date = fmt::format("{}-{:02}-01", 2024 + i / 12, i % 12 + 1);
  }
  series.points[6].after_gap = true;
  series.points.back().incomplete = true;
  const std::string narrow = XmrChart({"x", "Users", "D"}, series).str();
  // A phone has room for a label every six months; a wide screen for every quarter.
  EXPECT_EQ(TextAt(narrow, "Jul 2024").size(), 2U);
  EXPECT_TRUE(TextAt(narrow, "Apr 2024").empty());
  EXPECT_NE(narrow.find("class=\"bl-chart bl-chart--narrow\""), std::string::npos);
  series.wide = true;
  const std::string wide = XmrChart({"x", "Users", "D"}, series).str();
  EXPECT_NE(wide.find("viewBox=\"0 0 800.0 "), std::string::npos);
  for (const char* quarter : {"Jan 2024", "Apr 2024", "Jul 2024", "Oct 2025"}) {
    EXPECT_EQ(TextAt(wide, quarter).size(), 2U) << quarter;
  }
  // Round numbers up the axis, 50 apart.
  for (const char* tick : {"950", "1000", "1050", "1100", "1150"}) {
    EXPECT_EQ(TextAt(wide, tick).size(), 2U) << tick;
  }
  // The line breaks where a month has no value; the month not yet over is hollow and keyed.
  const auto d = wide.find("<path d=\"M");
  ASSERT_NE(d, std::string::npos);
  EXPECT_EQ(CountOccurrences(wide.substr(d, wide.find('"', d + 9) - d), " M"), 1U);
  EXPECT_EQ(TextAt(wide, "Not yet complete").size(), 2U);
  EXPECT_EQ(CountOccurrences(wide, "fill=\"#ffffff\" stroke=\"#768692\""), 1U + 1U);
  EXPECT_FALSE(HasNaN(wide));
}

TEST(Charts, AnIconIsACircleBesideItsMeaningInWords) {
  const std::string icon =
      MdcIcon({IconTone::kOrange, IconSymbol::kLetter, "H", "Concern <high>"}).str();
  EXPECT_NE(icon.find("aria-hidden=\"true\""), std::string::npos);
  EXPECT_NE(icon.find("stroke=\"#c45500\""), std::string::npos);
  EXPECT_NE(icon.find(">H</text>"), std::string::npos);
  EXPECT_NE(icon.find("<span class=\"bl-spc-icon__label\">Concern &lt;high&gt;</span>"),
            std::string::npos);
  const std::string dots = MdcIcon({IconTone::kGrey, IconSymbol::kDots, "", "Common"}).str();
  EXPECT_EQ(CountOccurrences(dots, "<circle"), 1U + 5U);
  EXPECT_EQ(dots.find("<text"), std::string::npos);
  const std::string wave = MdcIcon({IconTone::kGrey, IconSymbol::kWave, "", "Hit and miss"}).str();
  EXPECT_NE(wave.find("<path"), std::string::npos);
}

}  // namespace
}  // namespace boardlens::html
