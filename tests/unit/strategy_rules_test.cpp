// The strategy's rules: each check tripped alone by one fault in an otherwise clean strategy,
// the fields' checks with every fault named, and what changed between two versions.

#include <gtest/gtest.h>

#include <functional>
#include <set>

#include "boardlens/base/clock.hpp"
#include "boardlens/base/error.hpp"
#include "boardlens/features/strategy/checks.hpp"
#include "boardlens/features/strategy/strategy.hpp"

namespace boardlens::strategy {
namespace {

constexpr const char* kToday = "2026-11-27";

/// A strategy that passes every check on kToday.
StrategyInput Clean() {
  StrategyInput s;
  s.vision = "Digital care that staff and patients can rely on";
  s.horizon_start = 2025;
  s.horizon_end = 2030;  // five years: the longest the guidance supports
  s.reviewed_on = "2026-03-12";
  s.next_review_on = "2027-03-11";
  s.system_title = "Our integrated care system's digital strategy";
  s.system_url = "https://ics.example/digital";
  s.outcomes = {{1, "Fewer repeat tests", "Repeat tests a month", "4,200", "2,500", "2028-03-31"}};
  s.priorities = {{2, "Electronic patient record", "", true},
                  {3, "Cyber security", "", true},
                  {4, "Shared care record", "", true},
                  {5, "Intranet", "", false}};
  s.not_doing = {{6, "Build our own apps", "National apps do this"}};
  return s;
}

std::set<Check> Tripped(const StrategyInput& s, const PortfolioFacts& facts = {},
                        const std::string& today = kToday) {
  std::set<Check> out;
  for (const Finding& f : RunChecks(s, facts, today)) {
    EXPECT_FALSE(f.problem.empty());
    EXPECT_FALSE(f.what_to_do.empty());
    EXPECT_FALSE(f.guidance.empty());
    out.insert(f.check);
  }
  return out;
}

TEST(StrategyChecks, ACleanStrategyTripsNone) {
  EXPECT_TRUE(Tripped(Clean()).empty());
  StrategyInput checked = Clean();
  EXPECT_NO_THROW(CheckStrategy(checked));
}

TEST(StrategyChecks, EachFaultTripsItsCheckAlone) {
  const std::vector<std::pair<Check, std::function<void(StrategyInput&, PortfolioFacts&)>>> cases{
      {Check::kHorizonTooLong, [](StrategyInput& s, PortfolioFacts&) { s.horizon_end = 2031; }},
      {Check::kNoNotDoingList, [](StrategyInput& s, PortfolioFacts&) { s.not_doing.clear(); }},
      {Check::kTooManyTopPriorities,
       [](StrategyInput& s, PortfolioFacts&) { s.priorities.back().top = true; }},
      {Check::kOutcomeNotMeasurable,
       [](StrategyInput& s, PortfolioFacts&) { s.outcomes[0].baseline.clear(); }},
      {Check::kOutcomeNotMeasurable,
       [](StrategyInput& s, PortfolioFacts&) { s.outcomes[0].target.clear(); }},
      {Check::kOutcomeNotMeasurable,
       [](StrategyInput& s, PortfolioFacts&) { s.outcomes[0].due_on.clear(); }},
      {Check::kProjectWithoutPriority,
       [](StrategyInput&, PortfolioFacts& f) { f.projects_without_priority = {"Kiosks"}; }},
      {Check::kNotReviewed, [](StrategyInput& s, PortfolioFacts&) { s.reviewed_on.clear(); }},
      {Check::kNoSystemLink,
       [](StrategyInput& s, PortfolioFacts&) {
         s.system_title.clear();
         s.system_url.clear();
       }},
      {Check::kCapitalWithoutRevenue,
       [](StrategyInput&, PortfolioFacts& f) { f.capital_without_revenue = {"New EPR"}; }},
  };
  std::set<Check> covered;
  for (const auto& [check, fault] : cases) {
    StrategyInput s = Clean();
    PortfolioFacts facts;
    fault(s, facts);
    EXPECT_EQ(Tripped(s, facts), std::set<Check>{check}) << ToString(check);
    covered.insert(check);
  }
  EXPECT_EQ(covered.size(), 8U);  // every check of DESIGN.md
}

TEST(StrategyChecks, NoReviewInTwelveMonthsFollowsTheClock) {
  ManualClock clock(EpochOfDate("2027-03-12"));
  EXPECT_TRUE(Tripped(Clean(), {}, IsoDate(clock.Now())).empty());  // a year to the day
  clock.Set(clock.Now() + kSecondsPerDay);
  EXPECT_EQ(Tripped(Clean(), {}, IsoDate(clock.Now())), std::set<Check>{Check::kNotReviewed});
}

TEST(StrategyChecks, AnOldReviewIsDatedAsTheNhsWritesDates) {
  StrategyInput s = Clean();
  s.reviewed_on = "2025-10-01";
  const auto findings = RunChecks(s, {}, kToday);
  ASSERT_EQ(findings.size(), 1U);
  EXPECT_EQ(findings[0].check, Check::kNotReviewed);
  EXPECT_EQ(findings[0].problem,
            "The board last reviewed the strategy on 1 October 2025, more than twelve months ago.");
}

TEST(StrategyChecks, ALongHorizonNamesItsYears) {
  StrategyInput s = Clean();
  s.horizon_end = 2035;
  const auto findings = RunChecks(s, {}, kToday);
  ASSERT_EQ(findings.size(), 1U);
  EXPECT_EQ(findings[0].problem, "The horizon runs 10 years, from 2025 to 2035.");
}

TEST(StrategyChecks, FindingsNameTheItemsAndTheGuidance) {
  StrategyInput s = Clean();
  s.outcomes.push_back({0, "Faster discharge", "", "", "", ""});
  const auto findings = RunChecks(s, {{"Kiosks", "Robots"}, {"New EPR"}}, kToday);
  ASSERT_EQ(findings.size(), 3U);
  EXPECT_NE(findings[0].problem.find("Faster discharge"), std::string::npos);
  EXPECT_NE(findings[1].problem.find("Kiosks and Robots"), std::string::npos);
  EXPECT_EQ(findings[0].guidance, "Creating an effective digital strategy");
  EXPECT_EQ(findings[2].guidance, "Building and enabling digital teams");
}

TEST(StrategyRules, EveryFaultIsNamedByItsField) {
  StrategyInput s = Clean();
  s.vision = "  ";
  s.horizon_start = 2030;
  s.horizon_end = 2025;
  s.next_review_on = "2026-01-01";  // before the last review
  s.system_url = "ics.example";
  s.outcomes[0].due_on = "2028-02-30";
  s.priorities[1].title = "";
  s.not_doing[0].reason = " ";
  s.not_doing.push_back({6, "Twice", "Same key"});
  try {
    CheckStrategy(s);
    FAIL() << "expected the strategy to be refused";
  } catch (const Error& e) {
    std::set<std::string> fields;
    for (const FieldProblem& p : e.problems()) fields.insert(p.where);
    EXPECT_EQ(fields,
              (std::set<std::string>{"vision", "horizon_end", "next_review_on", "system_url",
                                     "outcomes[0].due_on", "priorities[1].title",
                                     "not_doing[0].reason", "not_doing[1].key"}));
  }
}

TEST(StrategyRules, AnAddressNeedsATitleAndTextIsTrimmed) {
  StrategyInput s = Clean();
  s.system_title = "";
  try {
    CheckStrategy(s);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.where(), "system_title");
  }
  s = Clean();
  s.outcomes[0].title = "  Fewer repeat tests  ";
  CheckStrategy(s);
  EXPECT_EQ(s.outcomes[0].title, "Fewer repeat tests");
}

TEST(StrategyChanges, ItemsAreMatchedByKeyAndFieldsCompared) {
  const StrategyInput approved = Clean();
  StrategyInput now = Clean();
  now.vision = "Digital first";
  now.outcomes[0].target = "2,000";
  now.priorities.erase(now.priorities.begin() + 2);  // the shared care record goes
  now.not_doing.push_back({7, "Blockchain", "Unproven"});
  const auto changes = Changes(approved, now);
  ASSERT_EQ(changes.size(), 5U);
  EXPECT_EQ(changes[0].part, "Vision");
  EXPECT_EQ(changes[0].before, approved.vision);
  EXPECT_EQ(changes[1].part, "Outcome");
  EXPECT_EQ(changes[1].kind, Change::Kind::kChanged);
  EXPECT_NE(changes[1].after.find("2,000"), std::string::npos);
  EXPECT_NE(changes[1].after.find("by: 31 March 2028"), std::string::npos) << changes[1].after;
  // The intranet moves from rank 4 to 3: a change, besides the removal.
  EXPECT_EQ(changes[2].kind, Change::Kind::kChanged);
  EXPECT_EQ(changes[2].name, "Intranet");
  EXPECT_EQ(changes[3].kind, Change::Kind::kRemoved);
  EXPECT_EQ(changes[3].name, "Shared care record");
  EXPECT_EQ(changes[4].kind, Change::Kind::kAdded);
  EXPECT_EQ(changes[4].part, "Not doing");
  EXPECT_EQ(changes[4].name, "Blockchain");
  ASSERT_EQ(Changes(approved, approved).size(), 0U);
  // Dates read as the board writes them, before and after.
  now = approved;
  now.reviewed_on = "2026-10-01";
  const auto reviewed = Changes(approved, now);
  ASSERT_EQ(reviewed.size(), 1U);
  EXPECT_EQ(reviewed[0].part, "Last reviewed");
  EXPECT_EQ(reviewed[0].before, "12 March 2026");
  EXPECT_EQ(reviewed[0].after, "1 October 2026");
}

TEST(StrategyTables, DownloadsHaveAHeaderAndARowAnItem) {
  const StrategyInput s = Clean();
  EXPECT_EQ(OutcomesTable(s).size(), 2U);
  const auto priorities = PrioritiesTable(s);
  ASSERT_EQ(priorities.size(), 5U);
  EXPECT_EQ(priorities[1][1], "1");
  EXPECT_EQ(priorities[1][3], "yes");
  EXPECT_EQ(NotDoingTable(s)[1][2], "National apps do this");
}

}  // namespace
}  // namespace boardlens::strategy
