// The switch-off rules on their own: each reason alone, and the top tenth for cost.

#include <gtest/gtest.h>

#include "boardlens/features/services/candidates.hpp"

namespace boardlens::services {
namespace {

Evidence Live(Id id, std::int64_t revenue, double users) {
  Evidence e;
  e.service.id = id;
  e.service.what.name = "Service " + std::to_string(id);
  e.service.what.annual_revenue_cost = revenue;
  e.latest_users = users;
  return e;
}

SpcChart Latest(PointType type) {
  SpcChart chart;
  chart.variation = type;
  return chart;
}

TEST(SwitchOffCandidates, TheCostliestTenthForEachUserIsFlaggedFromTenServices) {
  std::vector<Evidence> services;
  for (Id i = 1; i <= 9; ++i) services.push_back(Live(i, 10'000 * i, 1000));
  // Nine services: no top tenth.
  EXPECT_TRUE(SwitchOffCandidates(services).empty());
  services.push_back(Live(10, 500'000, 100));  // £5,000 a user
  const auto candidates = SwitchOffCandidates(services);
  ASSERT_EQ(candidates.size(), 1U);
  EXPECT_EQ(candidates.front().service.id, 10);
  EXPECT_DOUBLE_EQ(*candidates.front().cost_per_user, 5000.0);
  EXPECT_NE(candidates.front().reasons.front().find("£5,000"), std::string::npos);
  // A retired service neither counts nor is flagged: with a costlier retired one beside
  // them, the ten live services still have their own top tenth.
  Evidence retired = Live(11, 5'000'000, 100);
  retired.service.what.stage = Stage::kRetired;
  services.push_back(retired);
  const auto live = SwitchOffCandidates(services);
  ASSERT_EQ(live.size(), 1U);
  EXPECT_EQ(live.front().service.id, 10);
}

TEST(SwitchOffCandidates, DeclineAndDislikeAreReadFromTheLatestPoint) {
  Evidence falling = Live(1, 0, 10);
  falling.use = Latest(PointType::kConcern);
  Evidence neutral_low = Live(2, 0, 10);
  neutral_low.use = Latest(PointType::kNeutralLow);
  Evidence rising = Live(3, 0, 10);
  rising.use = Latest(PointType::kImprovement);
  Evidence disliked = Live(4, 0, 10);
  disliked.satisfaction = Latest(PointType::kConcern);
  Evidence liked = Live(5, 0, 10);
  liked.satisfaction = Latest(PointType::kCommonCause);
  const auto candidates = SwitchOffCandidates({falling, neutral_low, rising, disliked, liked});
  ASSERT_EQ(candidates.size(), 3U);
  EXPECT_EQ(candidates.at(0).service.id, 1);
  EXPECT_EQ(candidates.at(1).service.id, 2);
  EXPECT_EQ(candidates.at(2).service.id, 4);
  EXPECT_NE(candidates.at(2).reasons.front().find("satisfaction"), std::string::npos);
}

}  // namespace
}  // namespace boardlens::services
