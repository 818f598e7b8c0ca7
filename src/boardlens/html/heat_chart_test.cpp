#include <gtest/gtest.h>

#include "boardlens/base/testing.hpp"
#include "boardlens/html/charts.hpp"

namespace boardlens::html {
namespace {

TEST(HeatMapChart, ShadesEachSquareByItsBandAndLabelsTheAxes) {
  HeatSquares squares{};
  squares[4][4] = {HeatTone::kExtreme, "2 risks"};  // likelihood 5, consequence 5
  squares[0][0] = {HeatTone::kLow, ""};
  const std::string svg = HeatMapChart({"heat", "Current scores", "Two risks"}, squares,
                                       "Likelihood <1-5>", "Consequence")
                              .str();
  EXPECT_EQ(CountOccurrences(svg, "<rect"), 25U);
  EXPECT_EQ(CountOccurrences(svg, "#fadcdc"), 1U) << "one extreme square";
  EXPECT_EQ(CountOccurrences(svg, "#e6f4e4"), 24U);
  EXPECT_NE(svg.find(">2 risks</text>"), std::string::npos);
  EXPECT_NE(svg.find("Likelihood &lt;1-5&gt;"), std::string::npos) << "labels are escaped";
  // Likelihood 5 is the top row, drawn first; its extreme square is the row's last.
  EXPECT_LT(svg.find(">5</text>"), svg.find(">1</text>"));
  EXPECT_LT(svg.find("#fadcdc"), svg.find(">4</text>"));
}

}  // namespace
}  // namespace boardlens::html
