// Which risks and services a register's list shows, in what order, and what in the risk
// register needs the board's attention: the rules the pages and the API share.

#include <gtest/gtest.h>

#include "boardlens/base/error.hpp"
#include "boardlens/features/risks/risk.hpp"
#include "boardlens/features/services/service.hpp"
#include "support/error_kind.hpp"

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
  const auto money = RiskOf(risks::Category::kFinance, {2, 2}, 8);        // 4: low
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

services::Service ServiceOf(std::string name, services::Stage stage,
                            std::optional<std::int64_t> whole_life, std::string contract_ends) {
  services::Service s;
  s.what.name = std::move(name);
  s.what.stage = stage;
  s.what.owner_member_id = 7;
  s.what.whole_life_cost = whole_life;
  s.what.contract_ends_on = std::move(contract_ends);
  return s;
}

TEST(ServiceFilter, StageOwnerEndingContractsAndConcernEachNarrowTheList) {
  const auto portal = ServiceOf("Portal", services::Stage::kLive, 100, "2027-03-31");
  const auto ward = ServiceOf("Ward", services::Stage::kBeta, {}, "");
  const std::string today = "2026-12-07";
  const services::Filter live = services::ParseFilter("live", "", "", "", "");
  EXPECT_TRUE(Matches(portal, live, today, false));
  EXPECT_FALSE(Matches(ward, live, today, false));
  const services::Filter ending = services::ParseFilter("", "7", "yes", "no", "");
  EXPECT_TRUE(Matches(portal, ending, today, false));
  EXPECT_FALSE(Matches(ward, ending, today, false));
  const services::Filter concern = services::ParseFilter("", "", "", "yes", "");
  EXPECT_TRUE(Matches(ward, concern, today, true));
  EXPECT_FALSE(Matches(portal, concern, today, false));
}

TEST(ServiceFilter, OrdersPutUnknownAmountsAndDatesLast) {
  std::vector<services::Service> list{ServiceOf("A", services::Stage::kLive, {}, ""),
                                      ServiceOf("B", services::Stage::kLive, 50, "2028-01-31"),
                                      ServiceOf("C", services::Stage::kLive, 900, "2027-01-31")};
  const auto names = [&] {
    std::string out;
    for (const auto& s : list) out += s.what.name;
    return out;
  };
  SortInto(list, services::ParseFilter("", "", "", "", "whole_life").order);
  EXPECT_EQ(names(), "CBA");
  SortInto(list, services::ParseFilter("", "", "", "", "contract").order);
  EXPECT_EQ(names(), "CBA");
  SortInto(list, services::Order::kName);  // the order the register was read in stays
  EXPECT_EQ(names(), "CBA");
}

TEST(ServiceFilter, AWordItDoesNotKnowIsRefusedByName) {
  try {
    services::ParseFilter("gamma", "", "maybe", "", "price");
    ADD_FAILURE() << "accepted";
  } catch (const Error& e) {
    ASSERT_EQ(e.problems().size(), 3U);
    EXPECT_EQ(e.problems()[0].message,
              "stage must be discovery, alpha, beta, live, retiring or retired");
    EXPECT_EQ(e.problems()[1].message, "ending must be yes or no");
    EXPECT_EQ(e.problems()[2].where, "sort");
  }
}

TEST(Ids, AreDigitsOnlyAboveZeroAndFitAnId) {
  EXPECT_EQ(ParseId("42"), 42);
  EXPECT_EQ(ParseId("999999999999999999"), 999999999999999999);
  for (const char* bad : {"", "0", "-1", "1e3", " 7", "1234567890123456789", "٣"}) {
    EXPECT_FALSE(ParseId(bad).has_value()) << bad;
  }
}

}  // namespace
}  // namespace boardlens
