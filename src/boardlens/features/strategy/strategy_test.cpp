// The strategy's rules: each check tripped alone by one fault in an otherwise clean strategy,
// the fields' checks with every fault named, and what changed between two versions.

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <set>

#include "boardlens/base/clock.hpp"
#include "boardlens/base/error.hpp"
#include "boardlens/features/strategy/checks.hpp"
#include "boardlens/features/strategy/standing.hpp"
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

/// The fields CheckStrategy names as at fault in `s`; empty when it passes.
std::set<std::string> FieldsAtFault(StrategyInput s) {
  std::set<std::string> fields;
  try {
    CheckStrategy(s);
  } catch (const Error& e) {
    for (const FieldProblem& p : e.problems()) fields.insert(p.where);
  }
  return fields;
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
  EXPECT_EQ(FieldsAtFault(s),
            (std::set<std::string>{"vision", "horizon_end", "next_review_on", "system_url",
                                   "outcomes[0].due_on", "priorities[1].title",
                                   "not_doing[0].reason", "not_doing[1].key"}));
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

/// Clean(), its outcome linked to measure 7: 40 on 1 January 2026 to 80 on 1 January 2028, so
/// the trajectory is at 60 on 1 January 2027 (365 of 730 days in).
StrategyInput Linked() {
  StrategyInput s = Clean();
  Outcome& o = s.outcomes[0];
  o.measure_id = 7;
  o.baseline = "40";
  o.baseline_on = "2026-01-01";
  o.target = "80";
  o.due_on = "2028-01-01";
  return s;
}

MeasureReading Reading(services::Improvement better, double value,
                       const std::string& date = "2027-01-01") {
  return {{7, "Patient portal", "Active users", "users", better}, services::SpcPoint(date, value)};
}

TEST(OutcomeStanding, AValueWorseThanTheTrajectoryIsBehind) {
  const StrategyInput s = Linked();
  const auto line = TrajectoryOf(s.outcomes[0], s);
  ASSERT_TRUE(line.has_value());
  EXPECT_DOUBLE_EQ(line->At("2027-01-01"), 60);
  const Standing st = StandingOf(s.outcomes[0], s, Reading(services::Improvement::kUp, 59.9));
  EXPECT_EQ(st.judgement, Judgement::kBehind);
  ASSERT_TRUE(st.expected.has_value());
  EXPECT_DOUBLE_EQ(*st.expected, 60);
  EXPECT_EQ(JudgementLabel(st.judgement), "Behind trajectory");
  // Lower is better: the same value is ahead, a higher one behind.
  EXPECT_EQ(StandingOf(s.outcomes[0], s, Reading(services::Improvement::kDown, 59.9)).judgement,
            Judgement::kAhead);
  EXPECT_EQ(StandingOf(s.outcomes[0], s, Reading(services::Improvement::kDown, 60.1)).judgement,
            Judgement::kBehind);
}

TEST(OutcomeStanding, AtTheTrajectoryOrWithinRoundingIsOnIt) {
  // Just at the threshold: exactly on the line, and a hair below it (rounding, not a miss).
  EXPECT_EQ(Judge(60, 60, services::Improvement::kUp), Judgement::kOnTrack);
  EXPECT_EQ(Judge(60 - 50e-6, 60, services::Improvement::kUp), Judgement::kOnTrack);
  EXPECT_EQ(Judge(60 - 70e-6, 60, services::Improvement::kUp), Judgement::kBehind);
  EXPECT_EQ(Judge(60.5, 60, services::Improvement::kUp), Judgement::kAhead);
  EXPECT_EQ(Judge(60 + 50e-6, 60, services::Improvement::kDown), Judgement::kOnTrack);
  EXPECT_EQ(Judge(61, 60, services::Improvement::kNeutral), Judgement::kNotJudged);
}

TEST(OutcomeStanding, TheLineStartsWithTheStrategyAndHoldsAtItsEnds) {
  StrategyInput s = Linked();
  s.outcomes[0].baseline_on.clear();  // from 1 January 2025, the strategy's first year
  const auto line = TrajectoryOf(s.outcomes[0], s);
  ASSERT_TRUE(line.has_value());
  EXPECT_EQ(line->from_date, "2025-01-01");
  EXPECT_DOUBLE_EQ(line->At("2024-06-01"), 40);
  EXPECT_DOUBLE_EQ(line->At("2029-06-01"), 80);
  // Not linked, or not numbers: no line.
  s.outcomes[0].measure_id.reset();
  EXPECT_FALSE(TrajectoryOf(s.outcomes[0], s).has_value());
}

TEST(OutcomeStanding, AMissingMeasureOrValueIsSaidNotGuessed) {
  const StrategyInput s = Linked();
  const Standing gone = StandingOf(s.outcomes[0], s, std::nullopt);
  EXPECT_EQ(gone.judgement, Judgement::kNoMeasure);
  EXPECT_FALSE(gone.measure.has_value());
  MeasureReading empty = Reading(services::Improvement::kUp, 0);
  empty.latest.reset();
  const Standing none = StandingOf(s.outcomes[0], s, empty);
  EXPECT_EQ(none.judgement, Judgement::kNoValue);
  EXPECT_FALSE(none.expected.has_value());
}

TEST(OutcomeStanding, ALinkedOutcomeNeedsNumbersAndDatesNamedByField) {
  StrategyInput s = Linked();
  CheckStrategy(s);  // clean
  s.outcomes.push_back(s.outcomes[0]);
  s.outcomes[1].key = 9;
  s.outcomes[1].baseline = "4,20";  // commas mark thousands, as everywhere: not a number
  s.outcomes[1].target = "lots";
  s.outcomes[1].due_on = "";
  s.outcomes.push_back(Linked().outcomes[0]);
  s.outcomes[2].key = 10;
  s.outcomes[2].baseline_on = "2028-02-01";  // after the target's date
  s.outcomes[2].measure_id = 0;
  EXPECT_EQ(
      FieldsAtFault(s),
      (std::set<std::string>{"outcomes[1].baseline", "outcomes[1].target", "outcomes[1].due_on",
                             "outcomes[2].baseline_on", "outcomes[2].measure_id"}));
  // Not linked, the same words are fine.
  s = Clean();
  s.outcomes[0].baseline = "4,200";
  CheckStrategy(s);
}

TEST(OutcomeStanding, TheDownloadCarriesTheMeasureAndItsValue) {
  const StrategyInput s = Linked();
  Standings standings;
  standings.emplace(1, StandingOf(s.outcomes[0], s, Reading(services::Improvement::kUp, 59)));
  const auto rows = OutcomesTable(s, standings);
  ASSERT_EQ(rows.size(), 2U);
  ASSERT_EQ(rows[0].size(), rows[1].size());
  const auto column = [&](const std::string& name) {
    return rows[1][static_cast<std::size_t>(std::find(rows[0].begin(), rows[0].end(), name) -
                                            rows[0].begin())];
  };
  EXPECT_EQ(column("measure_id"), "7");
  EXPECT_EQ(column("linked_measure"), "Patient portal — Active users");
  EXPECT_EQ(column("current_value"), "59");
  EXPECT_EQ(column("current_on"), "2027-01-01");
  EXPECT_EQ(column("trajectory_value"), "60");
  EXPECT_EQ(column("standing"), "behind");
}

}  // namespace
}  // namespace boardlens::strategy
