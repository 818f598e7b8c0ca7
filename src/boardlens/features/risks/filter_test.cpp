// Which risks a register's list shows and what in it needs the board's attention: the rules
// the pages and the API share.

#include <gtest/gtest.h>

#include "boardlens/base/error.hpp"
#include "boardlens/base/error_kind_test.hpp"
#include "boardlens/features/risks/risk.hpp"

namespace boardlens {
namespace {

using testing::KindOf;

risks::Risk RiskOf(risks::Category category, risks::Rating current, Id owner) {
  risks::Risk r;
  r.what.title = "Risk";
  r.what.category = category;
  r.what.current = current;
  r.what.owner_member_id = owner;
  r.what.review_on = "2027-01-31";
  return r;
}

TEST(RiskFilter, EachWordNarrowsTheListAndAnEmptyOneShowsAll) {
  const auto cyber = RiskOf(risks::Category::kCyberSecurity, {4, 5}, 7);  // 20: extreme
  const auto money = RiskOf(risks::Category::kFinance, {1, 3}, 8);        // 3: low
  const risks::Filter all = risks::ParseFilter("", "", "");
  EXPECT_TRUE(Matches(cyber, all) && Matches(money, all));
  const risks::Filter extreme = risks::ParseFilter("", "extreme", "");
  EXPECT_TRUE(Matches(cyber, extreme));
  EXPECT_FALSE(Matches(money, extreme));
  EXPECT_TRUE(Matches(money, risks::ParseFilter("finance", "low", "8")));
  EXPECT_FALSE(Matches(money, risks::ParseFilter("finance", "low", "7")));
}

TEST(RiskFilter, AWordItDoesNotKnowIsRefusedByName) {
  try {
    risks::ParseFilter("cyber", "severe", "seven");
    ADD_FAILURE() << "accepted";
  } catch (const Error& e) {
    ASSERT_EQ(e.problems().size(), 3U);
    EXPECT_EQ(e.problems()[0].where, "category");
    EXPECT_NE(e.problems()[0].message.find("cyber_security"), std::string::npos);
    EXPECT_EQ(e.problems()[1].message, "band must be low, moderate, high or extreme");
    EXPECT_EQ(e.problems()[2].where, "owner");
  }
  EXPECT_EQ(KindOf([] { risks::ParseFilter("", "", "0"); }), ErrorKind::kInvalid);
}

TEST(RiskAttention, NamesRisksAboveAppetiteAndWhatIsOverdue) {
  std::vector<risks::Risk> risks{RiskOf(risks::Category::kCyberSecurity, {4, 4}, 7),
                                 RiskOf(risks::Category::kCyberSecurity, {3, 4}, 7),
                                 RiskOf(risks::Category::kFinance, {5, 5}, 7)};
  risks[1].what.review_on = "2026-11-30";
  actions::Action late;
  late.what.title = "Patch the servers";
  late.what.due_on = "2026-12-01";
  risks[2].actions.push_back(late);
  // 12 is tolerated, 16 is not; finance has no appetite, so its 25 is above none.
  const std::vector<risks::Appetite> appetites{
      {risks::Category::kCyberSecurity, risks::AppetiteLevel::kCautious, 12, {}, 0}};
  EXPECT_TRUE(AboveAppetite(risks[0], appetites));
  EXPECT_FALSE(AboveAppetite(risks[1], appetites));
  EXPECT_FALSE(AboveAppetite(risks[2], appetites));
  const risks::Attention a = FindAttention(risks, appetites, "2026-12-07");
  ASSERT_EQ(a.above_appetite.size(), 1U);
  EXPECT_EQ(a.above_appetite[0], &risks[0]);
  ASSERT_EQ(a.late_reviews.size(), 1U);
  EXPECT_EQ(a.late_reviews[0], &risks[1]);
  ASSERT_EQ(a.late_actions.size(), 1U);
  EXPECT_EQ(a.late_actions[0].second->what.title, "Patch the servers");
  // On its due date an action is not yet late.
  EXPECT_TRUE(FindAttention(risks, appetites, "2026-12-01").late_actions.empty());
}

}  // namespace
}  // namespace boardlens
