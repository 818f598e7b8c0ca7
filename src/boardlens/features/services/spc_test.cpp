// Each SPC rule of DESIGN.md on a series that trips it alone, with the limits it is judged by.

#include "boardlens/features/services/spc.hpp"

#include <gtest/gtest.h>

#include "boardlens/base/error.hpp"

namespace boardlens::services {
namespace {

/// Monthly points from January 2024, one per value.
std::vector<SpcPoint> Series(const std::vector<double>& values) {
  std::vector<SpcPoint> out;
  for (std::size_t i = 0; i < values.size(); ++i) {
    const std::size_t month = i % 12 + 1;
    out.push_back(
        {std::to_string(2024 + i / 12) + (month < 10 ? "-0" : "-") + std::to_string(month) + "-01",
         values[i]});
  }
  return out;
}

std::vector<PointType> Types(const SpcChart& chart) {
  std::vector<PointType> out;
  for (const auto& row : chart.rows) out.push_back(row.type);
  return out;
}

constexpr auto C = PointType::kCommonCause;
constexpr auto H = PointType::kNeutralHigh;
constexpr auto L = PointType::kNeutralLow;

TEST(Spc, APointOutsideTheLimits) {
  // Limits from the first 8 points: mean 10.5, average moving range 1, upper limit 13.16.
  const auto points = Series({10, 11, 10, 11, 10, 11, 10, 11, 10, 30, 11, 10});
  const SpcChart chart = ComputeSpc(points, {Improvement::kUp, {}, {}, 8, true, {}, {}, {}});
  std::vector<PointType> expected(12, C);
  expected[9] = PointType::kImprovement;
  EXPECT_EQ(Types(chart), expected);
  EXPECT_EQ(chart.variation, C);
}

TEST(Spc, ScreeningLeavesOutMovingRangesOfThreePointTwoSixSevenTimesTheAverage) {
  const auto points = Series({10, 11, 10, 11, 10, 11, 10, 30, 10, 11, 10, 11});
  // Screened, the two ranges of 20 around the 30 go: the other nine are all 1.
  const SpcChart screened = ComputeSpc(points, {Improvement::kUp, {}, {}, {}, true, {}, {}, {}});
  EXPECT_NEAR(screened.rows[0].mean, 145.0 / 12, 1e-9);
  EXPECT_NEAR(screened.rows[0].upl, 145.0 / 12 + 2.66, 1e-9);
  EXPECT_NEAR(screened.rows[0].lpl, 145.0 / 12 - 2.66, 1e-9);
  const SpcChart wide = ComputeSpc(points, {Improvement::kUp, {}, {}, {}, false, {}, {}, {}});
  EXPECT_NEAR(wide.rows[0].upl, 145.0 / 12 + 2.66 * (9 + 20 + 20) / 11.0, 1e-9);
}

TEST(Spc, SevenInARowOnOneSideOfTheMeanIsAShift) {
  const SpcChart chart =
      ComputeSpc(Series({9, 10, 9, 10, 9, 10, 9, 11, 12, 11, 12, 11, 12, 11}), {});
  EXPECT_EQ(Types(chart), (std::vector<PointType>{L, L, L, L, L, L, L, H, H, H, H, H, H, H}));
  // Six in a row is not enough.
  const SpcChart six = ComputeSpc(Series({9, 10, 9, 10, 9, 10, 11, 12, 11, 12, 11, 12}), {});
  EXPECT_EQ(Types(six), std::vector<PointType>(12, C));
}

TEST(Spc, SevenPointsEachRisingIsATrendJudgedByTheImprovementDirection) {
  const auto points = Series({10, 12, 10, 12, 10, 11, 11.2, 11.4, 11.6, 11.8, 12.0});
  const SpcChart chart = ComputeSpc(points, {Improvement::kDown, {}, {}, {}, true, {}, {}, {}});
  std::vector<PointType> expected(11, C);
  for (std::size_t i = 4; i < 11; ++i) expected[i] = PointType::kConcern;
  EXPECT_EQ(Types(chart), expected);
  EXPECT_EQ(chart.variation, PointType::kConcern);
  EXPECT_TRUE(chart.provisional);
}

TEST(Spc, TwoOfThreeCloseToALimitOnTheSameSideWithLimitsFixedEarly) {
  // Fixed on the first 8 points: mean 10.5, average moving range 1, so a point above 12.27
  // and at most 13.16 is close to the upper limit.
  const auto points = Series({10, 11, 10, 11, 10, 11, 10, 11, 12.5, 11, 12.5, 10});
  const SpcChart chart = ComputeSpc(points, {Improvement::kNeutral, {}, {}, 8, true, {}, {}, {}});
  EXPECT_NEAR(chart.rows[11].mean, 10.5, 1e-9);
  EXPECT_NEAR(chart.rows[11].upl, 10.5 + 2.66, 1e-9);
  std::vector<PointType> expected(12, C);
  expected[8] = expected[10] = H;  // the two close ones; the 11 between them is not marked
  EXPECT_EQ(Types(chart), expected);
  EXPECT_FALSE(chart.provisional);
}

TEST(Spc, TwoOfThreeNeedAllThreeOnTheSideOfTheMeanOfTheLimitTheyAreCloseTo) {
  // As NHS England's tool has it: the 10 between the two close points is below the mean.
  const auto across = Series({10, 11, 10, 11, 10, 11, 10, 11, 12.5, 10, 12.5, 10});
  EXPECT_EQ(Types(ComputeSpc(across, {Improvement::kUp, {}, {}, 8, true, {}, {}, {}})),
            std::vector<PointType>(12, C));
  // One close to each limit is not two close to one.
  const auto apart = Series({10, 11, 10, 11, 10, 11, 10, 11, 12.5, 8.5, 11, 10});
  EXPECT_EQ(Types(ComputeSpc(apart, {Improvement::kUp, {}, {}, 8, true, {}, {}, {}})),
            std::vector<PointType>(12, C));
}

TEST(Spc, APointInPatternsBothWaysTakesTheFirstRuleInNhsROrder) {
  // The last seven are below the mean (a shift down), the first three close to the lower
  // limit (two of three), and each rises on the last (a trend up): the trend comes first.
  const auto points = Series({10, 11, 10, 11, 10, 11, 10, 11, 8.0, 8.3, 8.6, 8.9, 9.2, 9.5, 9.8});
  const auto with = [](std::vector<PointType> types, std::size_t from, PointType type) {
    for (std::size_t i = from; i < types.size(); ++i) types[i] = type;
    return types;
  };
  const std::vector<PointType> common(15, C);
  EXPECT_EQ(Types(ComputeSpc(points, {Improvement::kUp, {}, {}, 8, true, {}, {}, {}})),
            with(common, 8, PointType::kImprovement));
  EXPECT_EQ(Types(ComputeSpc(points, {Improvement::kDown, {}, {}, 8, true, {}, {}, {}})),
            with(common, 8, PointType::kConcern));
  EXPECT_EQ(Types(ComputeSpc(points, {Improvement::kNeutral, {}, {}, 8, true, {}, {}, {}})),
            with(common, 8, H));
  // Below the lower limit (7.84) comes before the trend up that starts there.
  const auto dip = Series({10, 11, 10, 11, 10, 11, 10, 11, 7.5, 7.9, 8.2, 8.5, 9, 9.5, 10});
  std::vector<PointType> up = with(common, 8, PointType::kImprovement);
  up[8] = PointType::kConcern;
  EXPECT_EQ(Types(ComputeSpc(dip, {Improvement::kUp, {}, {}, 8, true, {}, {}, {}})), up);
  std::vector<PointType> neutral = with(common, 8, H);
  neutral[8] = L;
  EXPECT_EQ(Types(ComputeSpc(dip, {Improvement::kNeutral, {}, {}, 8, true, {}, {}, {}})), neutral);
}

TEST(Spc, ASteadySeriesIsCommonCauseOnItsOwnMean) {
  // 99.9 twelve times sums to a hair under 1198.8: a mean from the sum alone put every point
  // above it, a shift, and outside limits of no width.
  const SpcChart chart = ComputeSpc(Series(std::vector<double>(12, 99.9)),
                                    {Improvement::kUp, {}, {}, {}, true, {}, {}, {}});
  EXPECT_EQ(Types(chart), std::vector<PointType>(12, C));
  EXPECT_EQ(chart.rows[0].mean, 99.9);
  EXPECT_EQ(chart.rows[0].upl, 99.9);
  EXPECT_EQ(chart.rows[0].lpl, 99.9);
}

TEST(Spc, ARebaseStartsNewLimitsAndTheAssuranceUsesTheLatest) {
  const auto points = Series({50, 52, 50, 52, 50, 52, 80, 82, 80, 82, 80, 82});
  SpcOptions options{Improvement::kUp, 75.0, {"2024-07-01"}, {}, true, {}, {}, {}};
  const SpcChart chart = ComputeSpc(points, options);
  EXPECT_NEAR(chart.rows[0].mean, 51, 1e-9);
  EXPECT_NEAR(chart.rows[6].mean, 81, 1e-9);
  EXPECT_EQ(Types(chart), std::vector<PointType>(12, C));
  EXPECT_EQ(chart.assurance, Assurance::kConsistentPass);  // 75 is under the lower limit, 75.68
  options.target = 90;
  EXPECT_EQ(ComputeSpc(points, options).assurance, Assurance::kConsistentFail);
  options.target = 81;
  EXPECT_EQ(ComputeSpc(points, options).assurance, Assurance::kInconsistent);
  options.improvement = Improvement::kDown;
  options.target = 75;
  EXPECT_EQ(ComputeSpc(points, options).assurance, Assurance::kConsistentFail);
  options.improvement = Improvement::kNeutral;
  EXPECT_FALSE(ComputeSpc(points, options).assurance);
}

TEST(Spc, AValueStandsForItsMonthOrItsWeekFromMonday) {
  EXPECT_EQ(PeriodStart("2026-12-15", Frequency::kMonthly), "2026-12-01");
  EXPECT_EQ(NextPeriodStart("2026-12-15", Frequency::kMonthly), "2027-01-01");
  EXPECT_EQ(PeriodStart("2026-12-07", Frequency::kWeekly), "2026-12-07");  // a Monday
  EXPECT_EQ(PeriodStart("2026-12-13", Frequency::kWeekly), "2026-12-07");
  EXPECT_EQ(PeriodStart("2027-01-01", Frequency::kWeekly), "2026-12-28");
  EXPECT_EQ(NextPeriodStart("2026-12-31", Frequency::kWeekly), "2027-01-04");
}

TEST(Spc, NoRunOrMovingRangeCrossesAMonthWithNoValue) {
  // Seven below the mean, then three above; November and December have no value; then four
  // above. Read as one run, the last seven are a shift; across the gap they are not.
  std::vector<SpcPoint> points;
  for (const auto& [date, value] :
       std::vector<std::pair<std::string, double>>{{"2024-01-01", 9},
                                                   {"2024-02-01", 10},
                                                   {"2024-03-01", 9},
                                                   {"2024-04-01", 10},
                                                   {"2024-05-01", 9},
                                                   {"2024-06-01", 10},
                                                   {"2024-07-01", 9},
                                                   {"2024-08-01", 12},
                                                   {"2024-09-01", 11},
                                                   {"2024-10-01", 12},
                                                   {"2025-01-01", 11},
                                                   {"2025-02-01", 12},
                                                   {"2025-03-01", 11},
                                                   {"2025-04-01", 12}}) {
    points.push_back({date, value, {}});
  }
  SpcOptions options;
  const std::vector<PointType> low_then_high{L, L, L, L, L, L, L, H, H, H, H, H, H, H};
  EXPECT_EQ(Types(ComputeSpc(points, options)), low_then_high);
  options.frequency = Frequency::kMonthly;
  const SpcChart chart = ComputeSpc(points, options);
  const std::vector<PointType> low_only{L, L, L, L, L, L, L, C, C, C, C, C, C, C};
  EXPECT_EQ(Types(chart), low_only);
  EXPECT_TRUE(chart.rows[10].after_gap);
  EXPECT_FALSE(chart.rows[9].after_gap);
  // Twelve moving ranges, none from October to January: 6 of 1, the 3 into August, 5 of 1.
  EXPECT_NEAR(chart.rows[0].upl, 10.5 + 2.66 * 14 / 12, 1e-9);
}

TEST(Spc, TheMonthNotYetOverIsShownButLeftOutOfTheLimitsAndRules) {
  // Eleven months, and seven days of December drawn as if December were over.
  auto points = Series({10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 30});
  SpcOptions options{Improvement::kUp, 12.0, {}, {}, true, {}, {}, {}};
  options.frequency = Frequency::kMonthly;
  options.today = "2024-12-07";
  EXPECT_EQ(CompletePoints(points, options), 11U);
  const SpcChart chart = ComputeSpc(points, options);
  ASSERT_EQ(chart.rows.size(), 12U);
  EXPECT_TRUE(chart.rows[11].incomplete);
  EXPECT_FALSE(chart.rows[10].incomplete);
  EXPECT_EQ(chart.rows[11].type, C) << "30 is no special cause until December is over";
  EXPECT_EQ(chart.variation, C);
  EXPECT_NEAR(chart.rows[0].mean, 115.0 / 11, 1e-9);  // the first eleven only
  EXPECT_TRUE(chart.provisional);                     // eleven complete points
  options.today = "2025-01-01";
  EXPECT_EQ(ComputeSpc(points, options).variation, PointType::kImprovement);
  // A chart needs 2 complete months.
  options.today = "2024-02-15";
  EXPECT_THROW(ComputeSpc(points, options), Error);
}

TEST(Spc, TwoValuesInOneMonthAreRefusedByTheSecond) {
  SpcOptions options;
  options.frequency = Frequency::kMonthly;
  try {
    ComputeSpc({{"2024-02-01", 1, {}}, {"2024-03-01", 2, {}}, {"2024-03-15", 3, "m.csv:4:1"}},
               options);
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.where(), "m.csv:4:1");
    EXPECT_NE(std::string(e.what()).find("same month"), std::string::npos) << e.what();
  }
}

TEST(Spc, AssuranceAgainstATrajectoryJudgesEachPointAtItsDate) {
  // A year of 100, 90, 100, 90... (limits 68.4 to 121.6) with the trajectory from 300 on
  // 1 January 2024 down to 0 on 1 January 2026: still above 160 on 1 December 2024.
  std::vector<double> values;
  values.reserve(12);
  for (int i = 0; i < 12; ++i) values.push_back(i % 2 == 0 ? 100 : 90);
  const auto points = Series(values);
  SpcOptions options{Improvement::kDown, 0.0, {}, {}, true, {}, {}, {}};
  EXPECT_EQ(ComputeSpc(points, options).assurance, Assurance::kConsistentFail)
      << "against the final target alone it can never pass";
  options.trajectory = Trajectory{"2024-01-01", 300, "2026-01-01", 0};
  EXPECT_NEAR(options.trajectory->At("2025-01-01"), 300 - 300.0 * 366 / 731, 1e-9);
  EXPECT_EQ(options.trajectory->At("2023-06-01"), 300);
  EXPECT_EQ(options.trajectory->At("2027-06-01"), 0);
  const SpcChart chart = ComputeSpc(points, options);
  EXPECT_TRUE(chart.trajectory);
  EXPECT_NEAR(*chart.rows[0].target, 300, 1e-9);
  EXPECT_EQ(chart.assurance, Assurance::kConsistentPass) << "below the trajectory all year";
  // With the trajectory reaching the limits during the year, it is hit and miss.
  options.trajectory = Trajectory{"2024-01-01", 130, "2025-01-01", 60};
  EXPECT_EQ(ComputeSpc(points, options).assurance, Assurance::kInconsistent);
}

TEST(Spc, AChartShowsConcernByItsLatestPointOrByMissingItsTarget) {
  SpcChart chart;
  EXPECT_FALSE(ShowsConcern(chart));
  chart.variation = PointType::kConcern;
  EXPECT_TRUE(ShowsConcern(chart));
  chart.variation = PointType::kImprovement;
  chart.assurance = Assurance::kConsistentFail;
  EXPECT_TRUE(ShowsConcern(chart));
  chart.assurance = Assurance::kInconsistent;
  EXPECT_FALSE(ShowsConcern(chart));
  EXPECT_TRUE(ShowsSignal(chart)) << "an improvement is worth seeing too";
  chart.variation = PointType::kCommonCause;
  EXPECT_FALSE(ShowsSignal(chart));
  chart.assurance = Assurance::kConsistentFail;
  EXPECT_TRUE(ShowsSignal(chart));
}

TEST(Spc, TooFewPointsAndDatesOutOfOrderAreRefusedWithWhere) {
  const auto where = [](const std::vector<SpcPoint>& points, const SpcOptions& options) {
    try {
      ComputeSpc(points, options);
    } catch (const Error& e) {
      return e.where();
    }
    return std::string("no error");
  };
  EXPECT_EQ(where(Series({10}), {}), "points");
  EXPECT_EQ(where({{"2024-02-01", 1}, {"2024-01-01", 2}}, {}), "points[1].date");
  EXPECT_EQ(where(Series({1, 2, 3}), {Improvement::kUp, {}, {"2024-03-01"}, {}, true, {}, {}, {}}),
            "rebase");
  EXPECT_EQ(ToString(PointType::kImprovement), "special_cause_improvement");
  EXPECT_EQ(ToString(Assurance::kConsistentPass), "consistent_pass");
  EXPECT_EQ(ParseImprovement("down"), Improvement::kDown);
  EXPECT_FALSE(ParseImprovement("sideways"));
}

}  // namespace
}  // namespace boardlens::services
