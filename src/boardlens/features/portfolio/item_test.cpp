// The portfolio's rules: what an item may hold, a month's rating, capital without revenue,
// whole-life cost, the year of months the ratings row draws, and programme assurance:
// milestones, dates, overdue and spend against budget.

#include <gtest/gtest.h>

#include <set>

#include "boardlens/base/error.hpp"
#include "boardlens/features/portfolio/benefit.hpp"
#include "boardlens/features/portfolio/item.hpp"
#include "boardlens/features/portfolio/milestone.hpp"

namespace boardlens::portfolio {
namespace {

std::set<std::string> Fields(const std::function<void()>& check) {
  std::set<std::string> out;
  try {
    check();
  } catch (const Error& e) {
    for (const FieldProblem& p : e.problems()) out.insert(p.where);
    if (e.problems().empty()) out.insert(e.where());
  }
  return out;
}

TEST(PortfolioRules, EveryFaultOfAnItemIsNamed) {
  ItemInput in;
  in.kind = Kind::kProgramme;
  in.name = "  ";
  in.programme_id = 4;
  in.priority_keys = {3, 3};
  in.funding[Source::kCapital] = -1;
  in.cost_by_year[1999] = 10;
  in.cost_by_year[2026] = kMaxPounds + 1;
  EXPECT_EQ(Fields([&] { CheckItem(in); }),
            (std::set<std::string>{"name", "programme", "priorities[1]", "funding.capital",
                                   "costs.1999", "costs.2026"}));
  ItemInput good;
  good.name = "  Electronic patient record  ";
  good.cost_by_year = {{2026, 100}, {2027, 250}};
  EXPECT_NO_THROW(CheckItem(good));
  EXPECT_EQ(good.name, "Electronic patient record");
  EXPECT_EQ(WholeLifeCost(good), 350);
}

TEST(PortfolioRules, ARatingNeedsARealMonthNotAfterThisOneAndANarrative) {
  Rating r{"2026-13", Confidence::kAmber, " ", {}, 0};
  EXPECT_EQ(Fields([&] { CheckRating(r, "2026-11"); }),
            (std::set<std::string>{"month", "narrative"}));
  r = {"2026-12", Confidence::kAmber, "Late", {}, 0};
  EXPECT_EQ(Fields([&] { CheckRating(r, "2026-11"); }), std::set<std::string>{"month"});
  r = {" 2026-11 ", Confidence::kAmberRed, "Supplier late", {}, 0};
  EXPECT_NO_THROW(CheckRating(r, "2026-11"));
  EXPECT_EQ(r.month, "2026-11");
}

TEST(PortfolioRules, CapitalOrOneOffMoneyWithoutRevenueIsFlagged) {
  ItemInput in;
  EXPECT_FALSE(CapitalWithoutRevenue(in));
  in.funding[Source::kCapital] = 500'000;
  EXPECT_TRUE(CapitalWithoutRevenue(in));
  in.funding[Source::kRevenue] = 0;
  EXPECT_TRUE(CapitalWithoutRevenue(in));
  in.funding[Source::kRevenue] = 80'000;
  EXPECT_FALSE(CapitalWithoutRevenue(in));
  ItemInput one_off;
  one_off.funding[Source::kOneOff] = 1;
  EXPECT_TRUE(CapitalWithoutRevenue(one_off));
}

TEST(PortfolioRules, TheRowOfRatingsIsTheTwelveMonthsUpToThisOne) {
  const auto months = MonthsUpTo("2026-02", kRatingMonths);
  ASSERT_EQ(months.size(), 12U);
  EXPECT_EQ(months.front(), "2025-03");
  EXPECT_EQ(months[10], "2026-01");
  EXPECT_EQ(months.back(), "2026-02");
}

TEST(PortfolioRules, NamesGoBothWays) {
  for (const Confidence c : kConfidences) EXPECT_EQ(ParseConfidence(ToString(c)), c);
  for (const Source s : kSources) EXPECT_EQ(ParseSource(ToString(s)), s);
  EXPECT_EQ(Label(Confidence::kAmberGreen), "Amber/green");
  EXPECT_EQ(ParseConfidence("amber-green"), std::nullopt);
}

Milestone Due(const char* due_on, MilestoneStatus status, const char* completed_on = "") {
  return {"Go live", due_on, status, completed_on};
}

TEST(AssuranceRules, EveryFaultIsNamedDownToTheMilestoneField) {
  Assurance in;
  in.starts_on = "2026-04-01";
  in.ends_on = "2026-03-31";  // before the start
  in.budget = -1;
  in.spend = kMaxPounds + 1;
  in.milestones = {{" ", "2026-05-01", MilestoneStatus::kOnTrack, ""},
                   {"Design agreed", "2026-02-30", MilestoneStatus::kNotStarted, ""},
                   Due("2026-06-01", MilestoneStatus::kComplete),  // no completion date
                   Due("2026-06-01", MilestoneStatus::kAtRisk, "2026-06-02"),
                   Due("2026-06-01", MilestoneStatus::kComplete, "2026-12-08")};  // tomorrow
  EXPECT_EQ(Fields([&] { CheckAssurance(in, "2026-12-07"); }),
            (std::set<std::string>{"ends_on", "budget", "spend", "milestones[0].title",
                                   "milestones[1].due_on", "milestones[2].completed_on",
                                   "milestones[3].completed_on", "milestones[4].completed_on"}));
  Assurance good;
  good.starts_on = " 2026-04-01 ";
  good.ends_on = "2026-04-01";  // the same day is not before it
  good.milestones = {{"  Go live  ", "2026-06-01", MilestoneStatus::kComplete, "2026-12-07"}};
  EXPECT_NO_THROW(CheckAssurance(good, "2026-12-07"));
  EXPECT_EQ(good.starts_on, "2026-04-01");
  EXPECT_EQ(good.milestones[0].title, "Go live");
  Assurance nothing;  // an item recorded before assurance came has none of it yet
  EXPECT_NO_THROW(CheckAssurance(nothing, "2026-12-07"));
  Assurance too_many;
  too_many.milestones.assign(kMaxMilestones + 1, Due("2026-06-01", MilestoneStatus::kOnTrack));
  EXPECT_EQ(Fields([&] { CheckAssurance(too_many, "2026-12-07"); }),
            std::set<std::string>{"milestones"});
}

TEST(AssuranceRules, AMilestonePastItsDueDateAndNotCompleteIsOverdue) {
  const std::string today = "2026-12-07";
  EXPECT_TRUE(Overdue(Due("2026-12-06", MilestoneStatus::kOnTrack), today));
  EXPECT_TRUE(Overdue(Due("2026-12-06", MilestoneStatus::kMissed), today));
  EXPECT_FALSE(Overdue(Due("2026-12-07", MilestoneStatus::kAtRisk), today));  // due today
  EXPECT_FALSE(Overdue(Due("2026-01-01", MilestoneStatus::kComplete, "2026-01-05"), today));
  Assurance a;
  a.milestones = {Due("2026-12-06", MilestoneStatus::kNotStarted),
                  Due("2026-11-01", MilestoneStatus::kAtRisk),
                  Due("2027-01-01", MilestoneStatus::kOnTrack)};
  EXPECT_EQ(OverdueCount(a, today), 2U);
  EXPECT_EQ(OverdueCount(a, "2026-10-31"), 0U);  // the same milestones, earlier
}

TEST(AssuranceRules, SpendAboveBudgetIsFlaggedAndSpendEqualToItIsNot) {
  Assurance a;
  a.budget = 1'250'000;
  a.spend = 1'250'001;
  EXPECT_TRUE(OverBudget(a));
  a.spend = 1'250'000;  // just below the threshold: all of it spent, none over
  EXPECT_FALSE(OverBudget(a));
  a.spend = std::nullopt;
  EXPECT_FALSE(OverBudget(a));
  Assurance no_budget;
  no_budget.spend = 5;
  EXPECT_FALSE(OverBudget(no_budget));
}

TEST(AssuranceRules, MilestoneStatusNamesGoBothWaysWithTheirLabels) {
  for (const MilestoneStatus s : kMilestoneStatuses) {
    EXPECT_EQ(ParseMilestoneStatus(ToString(s)), s);
    EXPECT_FALSE(Label(s).empty());
    EXPECT_NE(Colour(s), "?");
  }
  EXPECT_EQ(ToString(MilestoneStatus::kAtRisk), "at_risk");
  EXPECT_EQ(Label(MilestoneStatus::kAtRisk), "At risk");
  EXPECT_EQ(ParseMilestoneStatus("At risk"), std::nullopt);
}

TEST(BenefitRules, DatesOutOfOrderAreRefusedWithTheFieldNamed) {
  BenefitInput in;
  in.title = "Fewer missed appointments";
  in.owner_member_id = 1;
  in.measure = "Missed appointments a month";
  in.improvement = services::Improvement::kDown;
  in.baseline = 1200;
  in.baseline_on = "2025-04-01";
  in.target = 800;
  in.target_on = "2025-03-31";
  EXPECT_EQ(Fields([&] { CheckBenefit(in); }), std::set<std::string>{"target_on"});
  in.target_on = "2027-03-31";
  EXPECT_NO_THROW(CheckBenefit(in));
  EXPECT_EQ(OptionsOf(in).target, 800);
  EXPECT_EQ(OptionsOf(in).improvement, services::Improvement::kDown);
  BenefitInput empty;
  empty.improvement = services::Improvement::kNeutral;
  EXPECT_EQ(Fields([&] { CheckBenefit(empty); }),
            (std::set<std::string>{"title", "owner", "measure", "improvement", "baseline",
                                   "baseline_on", "target", "target_on"}));
}

}  // namespace
}  // namespace boardlens::portfolio
