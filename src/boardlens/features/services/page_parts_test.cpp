// A measure's chart on a page: Making Data Count's icons for each point type and assurance,
// the chart's marks and description, and the table of the same numbers.

#include "boardlens/features/services/page_parts.hpp"
#include "boardlens/base/testing.hpp"
#include "boardlens/features/services/service.hpp"

#include <gtest/gtest.h>

namespace boardlens::services {
namespace {

std::size_t CountOccurrences(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

bool Has(const html::Html& html, const std::string& what) {
  return html.str().find(what) != std::string::npos;
}

std::string Label(const html::Html& icon) {
  const std::string& s = icon.str();
  const std::string open = "<span class=\"bl-spc-icon__label\">";
  const auto from = s.find(open);
  if (from == std::string::npos) return "";
  const auto start = from + open.size();
  return s.substr(start, s.find("</span>", start) - start);
}

constexpr const char* kBlue = "stroke=\"#005eb8\"";
constexpr const char* kOrange = "stroke=\"#c45500\"";
constexpr const char* kPurple = "stroke=\"#330072\"";
constexpr const char* kGrey = "stroke=\"#768692\"";

TEST(SpcPageParts, VariationIconsSayHighOrLowByTheBetterDirection) {
  struct Case {
    PointType type;
    Improvement improvement;
    const char* colour;
    const char* letter;
    const char* label;
  };
  const std::vector<Case> cases{
      {PointType::kImprovement, Improvement::kUp, kBlue, ">H<",
       "Special cause variation: improvement, higher than usual"},
      {PointType::kImprovement, Improvement::kDown, kBlue, ">L<",
       "Special cause variation: improvement, lower than usual"},
      {PointType::kConcern, Improvement::kUp, kOrange, ">L<",
       "Special cause variation: concern, lower than usual"},
      {PointType::kConcern, Improvement::kDown, kOrange, ">H<",
       "Special cause variation: concern, higher than usual"},
      {PointType::kNeutralHigh, Improvement::kNeutral, kPurple, ">H<",
       "Special cause variation: higher than usual"},
      {PointType::kNeutralLow, Improvement::kNeutral, kPurple, ">L<",
       "Special cause variation: lower than usual"},
  };
  for (const Case& c : cases) {
    const html::Html icon = VariationIcon(c.type, c.improvement);
    EXPECT_TRUE(Has(icon, c.colour)) << c.label;
    EXPECT_TRUE(Has(icon, c.letter)) << c.label;
    EXPECT_EQ(Label(icon), c.label);
  }
  const html::Html common = VariationIcon(PointType::kCommonCause, Improvement::kUp);
  EXPECT_TRUE(Has(common, kGrey));
  EXPECT_FALSE(Has(common, "<text"));
  EXPECT_EQ(Label(common), "Common cause variation");
}

TEST(SpcPageParts, AssuranceIconsAndNoneWithoutATarget) {
  const html::Html pass = AssuranceIcon(Assurance::kConsistentPass);
  EXPECT_TRUE(Has(pass, kBlue));
  EXPECT_TRUE(Has(pass, ">P<"));
  EXPECT_EQ(Label(pass), "Consistently meets the target");
  const html::Html fail = AssuranceIcon(Assurance::kConsistentFail);
  EXPECT_TRUE(Has(fail, kOrange));
  EXPECT_TRUE(Has(fail, ">F<"));
  EXPECT_EQ(Label(fail), "Consistently misses the target");
  const html::Html hit_and_miss = AssuranceIcon(Assurance::kInconsistent);
  EXPECT_TRUE(Has(hit_and_miss, kGrey));
  EXPECT_EQ(Label(hit_and_miss), "Hit and miss: the target lies within the process limits");
  EXPECT_TRUE(AssuranceIcon(std::nullopt).empty());
}

SpcChart Chart() {
  const std::vector<SpcPoint> points{{"2024-01-01", 97.5},
                                     {"2024-02-01", 98},
                                     {"2024-03-01", 99.25},
                                     {"2024-04-01", 97},
                                     {"2024-05-01", 120}};
  return ComputeSpc(points, {Improvement::kUp, 95.0, {}, {}, true, {}, {}, {}});
}

TEST(SpcPageParts, TheChartMarksEachTypeAndDescribesTheLatestPoint) {
  const SpcChart chart = Chart();
  // Mean 102.35 and limits 98.80 to 105.90 once the jump to 120 is screened out: three points
  // under the lower limit, one within, one over the upper.
  ASSERT_EQ(chart.rows[4].type, PointType::kImprovement);
  ASSERT_EQ(chart.rows[0].type, PointType::kConcern);
  const std::string svg = ChartSvg({"m", "Availability", "Monthly."}, chart, 95.0, "%").str();
  EXPECT_NE(svg.find("<desc id=\"m-desc\">Monthly. 5 points from 1 January 2024 to 1 May 2024. "
                     "The latest is 120.00%, Special cause: improvement. Mean 102.350%, process "
                     "limits 98.803% to 105.897%, target 95.00%. The limits are provisional."
                     "</desc>"),
            std::string::npos)
      << svg.substr(0, 600);
  // Drawn for a phone and for a wide screen: in each, one improvement square and three
  // concern triangles among the points, each also in the key.
  EXPECT_EQ(CountOccurrences(svg, "<svg class=\"bl-chart bl-chart--narrow\""), 1U);
  EXPECT_EQ(CountOccurrences(svg, "<svg class=\"bl-chart bl-chart--wide\""), 1U);
  EXPECT_NE(svg.find("<title id=\"m-wide-title\">"), std::string::npos) << "ids differ";
  EXPECT_EQ(CountOccurrences(svg, "<rect"), 2 * (1U + 1U));
  EXPECT_EQ(CountOccurrences(svg, "<polygon"), 2 * (3U + 1U));
  // The months along the axis.
  EXPECT_NE(svg.find(">Jan 2024</text>"), std::string::npos);
  EXPECT_NE(svg.find(">May 2024</text>"), std::string::npos);
  // Where the chart shares the page, only the phone's drawing.
  const std::string half =
      ChartSvg({"m", "Availability", "Monthly."}, chart, 95.0, "%", false).str();
  EXPECT_EQ(half.find("bl-chart--wide"), std::string::npos);
}

TEST(SpcPageParts, TheTableHasARowAPointWithTheValuesAsWritten) {
  const std::string table = ChartTable(Chart(), "Availability by month", "%").str();
  EXPECT_NE(table.find("<caption class=\"nhsuk-table__caption\">Availability by month</caption>"),
            std::string::npos);
  EXPECT_EQ(CountOccurrences(table, "<tr"), 1U + 5U);
  // Two decimals, as 99.25 was written; the mean and limits, averages, with four.
  EXPECT_NE(table.find("</span>99.25%</td>"), std::string::npos);
  EXPECT_NE(table.find("</span>98.00%</td>"), std::string::npos);
  EXPECT_NE(table.find("</span>102.3500%</td>"), std::string::npos);
  EXPECT_NE(table.find("</span>Special cause: concern</td>"), std::string::npos);
  EXPECT_NE(table.find("</span>1 March 2024</td>"), std::string::npos);
}

TEST(SpcPageParts, AUnitThatCountsThingsShowsWholeNumbers) {
  EXPECT_TRUE(IsCount("tests"));
  EXPECT_FALSE(IsCount("%"));
  EXPECT_FALSE(IsCount("Hours"));
  EXPECT_FALSE(IsCount(""));
  // Staff in post and short units of time take fractions: 2.5 FTE is not 3.
  EXPECT_FALSE(IsCount("FTE"));
  EXPECT_FALSE(IsCount("mins"));
  EXPECT_FALSE(IsCount("£m"));
  EXPECT_EQ(ValueText(1544.7, "tests"), "1,545 tests");
  EXPECT_EQ(ValueText(2100, "tests"), "2,100 tests");
  EXPECT_EQ(ValueText(99.5, "%"), "99.5%");
  EXPECT_EQ(ValueText(12.25, "hours"), "12.25 hours");
  EXPECT_EQ(ValueText(2100, ""), "2,100");
}

}  // namespace
}  // namespace boardlens::services
