// The portfolio on both engines: who keeps it, links to the strategy's current priorities,
// programmes and their projects, monthly delivery confidence with its history, and the facts
// the strategy's checks read from it.

#include <gtest/gtest.h>

#include <set>

#include "boardlens/base/error.hpp"
#include "boardlens/base/error_kind_test.hpp"
#include "boardlens/features/portfolio/benefits.hpp"
#include "boardlens/features/portfolio/portfolio.hpp"
#include "boardlens/features/strategy/strategies.hpp"
#include "support/store_fixture.hpp"

namespace boardlens {
namespace {

using portfolio::Confidence;
using portfolio::ItemInput;
using portfolio::Kind;
using portfolio::Source;
using strategy::Check;
using testing::KindOf;

class PortfolioStoreTest : public testing::StoreFixture {
 protected:
  portfolio::Portfolio& Portfolio() { return scope_->Get<portfolio::Portfolio>(); }
  portfolio::Benefits& Benefits() { return scope_->Get<portfolio::Benefits>(); }
  strategy::Strategies& Strategies() { return scope_->Get<strategy::Strategies>(); }
  Caller Executive() { return As(MemberEmail("RP1", 0)); }
  Caller NonExecutive() { return As(MemberEmail("RP1", 1)); }
  /// A board and a clean strategy with two priorities; their keys.
  std::vector<Id> SetUpStrategy() {
    MakeBoard("RP1", 1, 1);
    strategy::StrategyInput s;
    s.vision = "Digital care people can rely on";
    s.horizon_start = 2025;
    s.horizon_end = 2029;
    s.reviewed_on = IsoDate(clock_.Now());
    s.system_title = "The system's strategy";
    s.outcomes = {{0, "Fewer repeat tests", "Tests", "4,200", "2,500", "2028-03-31"}};
    s.priorities = {{0, "Electronic patient record", "", true}, {0, "Cyber security", "", false}};
    s.not_doing = {{0, "Own apps", "National apps"}};
    const auto saved = Strategies().Save(Executive(), "RP1", s);
    return {saved.strategy.what.priorities[0].key, saved.strategy.what.priorities[1].key};
  }
  static ItemInput Item(Kind kind, const std::string& name, std::vector<Id> keys = {}) {
    ItemInput in;
    in.kind = kind;
    in.name = name;
    in.priority_keys = std::move(keys);
    return in;
  }
  std::set<Check> Tripped() {
    const auto current = Strategies().Current(op_, "RP1");
    std::set<Check> out;
    for (const auto& f : current->findings) out.insert(f.check);
    return out;
  }
};

TEST_P(PortfolioStoreTest, KeepersKeepItAndLinksMustBeToCurrentPriorities) {
  const auto keys = SetUpStrategy();
  ItemInput programme = Item(Kind::kProgramme, "EPR programme", {keys[0]});
  programme.funding = {{Source::kCapital, 2'000'000}, {Source::kRevenue, 300'000}};
  programme.cost_by_year = {{2026, 900'000}, {2027, 1'400'000}};
  const auto epr = Portfolio().Add(Executive(), "RP1", programme);
  EXPECT_EQ(epr.what.funding.at(Source::kRevenue), 300'000);
  EXPECT_EQ(portfolio::WholeLifeCost(epr.what), 2'300'000);
  EXPECT_EQ(KindOf([&] { Portfolio().Add(NonExecutive(), "RP1", Item(Kind::kProject, "X")); }),
            ErrorKind::kForbidden);
  ItemInput project = Item(Kind::kProject, "Order comms", {keys[0], keys[1]});
  project.programme_id = epr.id;
  const auto comms = Portfolio().Add(Secretary("RP1"), "RP1", project);
  EXPECT_EQ(comms.programme_name, "EPR programme");
  // Unknown priorities and a project as a programme are refused by field.
  ItemInput bad = Item(Kind::kProject, "Bad", {keys[0], 99999});
  bad.programme_id = comms.id;
  try {
    Portfolio().Add(Executive(), "RP1", bad);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    std::set<std::string> fields;
    for (const auto& p : e.problems()) fields.insert(p.where);
    EXPECT_EQ(fields, (std::set<std::string>{"priorities[1]", "programme"}));
  }
  EXPECT_EQ(
      KindOf([&] { Portfolio().Add(Executive(), "RP1", Item(Kind::kProject, "Order comms")); }),
      ErrorKind::kConflict);
  // A programme with projects stays a programme.
  EXPECT_EQ(KindOf([&] {
              Portfolio().Update(Executive(), "RP1", epr.id, Item(Kind::kProject, "EPR programme"));
            }),
            ErrorKind::kInvalid);
  const auto list = Portfolio().List(NonExecutive(), "RP1");
  ASSERT_EQ(list.size(), 2U);
  EXPECT_EQ(list[0].what.name, "EPR programme");
  EXPECT_EQ(list[1].what.priority_keys.size(), 2U);
  // Another organisation sees nothing of it.
  MakeBoard("RP2", 1, 0);
  EXPECT_EQ(KindOf([&] { Portfolio().Get(Secretary("RP2"), "RP1", epr.id); }),
            ErrorKind::kNotFound);
  EXPECT_EQ(KindOf([&] { Portfolio().Get(Secretary("RP2"), "RP2", epr.id); }),
            ErrorKind::kNotFound);
}

TEST_P(PortfolioStoreTest, MonthlyRatingsKeepTheirHistoryAndTheLatestShows) {
  SetUpStrategy();
  const auto item = Portfolio().Add(Executive(), "RP1", Item(Kind::kProgramme, "Cyber"));
  const std::string this_month = Portfolio().ThisMonth();
  const auto months = portfolio::MonthsUpTo(this_month, 3);
  Portfolio().Report(Executive(), "RP1", item.id, {months[0], Confidence::kGreen, "Fine", {}, 0});
  Portfolio().Report(Executive(), "RP1", item.id, {months[1], Confidence::kAmber, "Late", {}, 0});
  Portfolio().Report(Executive(), "RP1", item.id,
                     {months[1], Confidence::kAmberRed, "Later", {}, 0});  // replaces it
  EXPECT_EQ(KindOf([&] {
              Portfolio().Report(NonExecutive(), "RP1", item.id,
                                 {months[2], Confidence::kRed, "x", {}, 0});
            }),
            ErrorKind::kForbidden);
  const auto next =
      portfolio::MonthsUpTo(IsoDate(clock_.Now() + 40 * kSecondsPerDay).substr(0, 7), 1);
  EXPECT_EQ(
      KindOf([&] {
        Portfolio().Report(Executive(), "RP1", item.id, {next[0], Confidence::kRed, "x", {}, 0});
      }),
      ErrorKind::kInvalid);
  const auto ratings = Portfolio().Ratings(NonExecutive(), "RP1", item.id);
  ASSERT_EQ(ratings.size(), 2U);
  EXPECT_EQ(ratings[0].confidence, Confidence::kGreen);
  EXPECT_EQ(ratings[1].confidence, Confidence::kAmberRed);
  EXPECT_EQ(ratings[1].narrative, "Later");
  EXPECT_EQ(ratings[1].reported_by_name, "Member 0");
  const auto read = Portfolio().Get(NonExecutive(), "RP1", item.id);
  ASSERT_TRUE(read.latest.has_value());
  EXPECT_EQ(read.latest->month, months[1]);
}

TEST_P(PortfolioStoreTest, TheStrategyChecksReadThePortfolio) {
  const auto keys = SetUpStrategy();
  EXPECT_TRUE(Tripped().empty());
  ItemInput capital = Item(Kind::kProgramme, "New EPR", {keys[0]});
  capital.funding = {{Source::kCapital, 5'000'000}};
  const auto epr = Portfolio().Add(Executive(), "RP1", capital);
  EXPECT_EQ(Tripped(), std::set<Check>{Check::kCapitalWithoutRevenue});
  capital.funding[Source::kRevenue] = 400'000;
  Portfolio().Update(Executive(), "RP1", epr.id, capital);
  EXPECT_TRUE(Tripped().empty());
  // A project linked only to a priority the strategy then drops serves none.
  Portfolio().Add(Executive(), "RP1", Item(Kind::kProject, "Firewall", {keys[1]}));
  EXPECT_TRUE(Tripped().empty());
  auto s = Strategies().Current(op_, "RP1")->strategy.what;
  s.priorities.pop_back();
  const auto saved = Strategies().Save(Executive(), "RP1", s);
  ASSERT_EQ(saved.findings.size(), 1U);
  EXPECT_EQ(saved.findings[0].check, Check::kProjectWithoutPriority);
  EXPECT_NE(saved.findings[0].problem.find("Firewall"), std::string::npos);
}

TEST_P(PortfolioStoreTest, BenefitsHaveAnOwnerOnTheBoardAndTheirActualsAChart) {
  SetUpStrategy();
  const auto item = Portfolio().Add(Executive(), "RP1", Item(Kind::kProgramme, "Outpatients"));
  portfolio::BenefitInput in;
  in.title = "Fewer missed appointments";
  in.owner_member_id = Board().ListMembers(op_, "RP1").at(1).id;  // a non-executive may own it
  in.measure = "Missed appointments a month";
  in.improvement = services::Improvement::kDown;
  in.baseline = 1200;
  in.baseline_on = "2025-01-01";
  in.target = 800;
  in.target_on = "2027-03-31";
  EXPECT_EQ(KindOf([&] { Benefits().Add(NonExecutive(), "RP1", item.id, in); }),
            ErrorKind::kForbidden);
  portfolio::BenefitInput stranger = in;
  stranger.owner_member_id = 999999;
  EXPECT_EQ(KindOf([&] { Benefits().Add(Executive(), "RP1", item.id, stranger); }),
            ErrorKind::kInvalid);
  const auto benefit = Benefits().Add(Executive(), "RP1", item.id, in);
  EXPECT_EQ(benefit.owner_name, "Member 1");
  EXPECT_EQ(benefit.item_name, "Outpatients");
  EXPECT_EQ(KindOf([&] { Benefits().Add(Executive(), "RP1", item.id, in); }), ErrorKind::kConflict);
  EXPECT_FALSE(Benefits().Series(NonExecutive(), "RP1", benefit.id).chart.has_value());
  std::vector<services::SpcPoint> actuals;
  for (int m = 1; m <= 12; ++m) {
    actuals.push_back(
        {"2025-" + std::string(m < 10 ? "0" : "") + std::to_string(m) + "-01", 1200.0 - 20 * m});
  }
  Benefits().RecordActuals(Executive(), "RP1", benefit.id, actuals);
  // One bad actual of two: nothing is stored, and it is named by its index.
  try {
    Benefits().RecordActuals(Executive(), "RP1", benefit.id,
                             {{"2026-01-01", 900}, {"2026-02-30", 880}});
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.where(), "values[1].date");
  }
  const auto series = Benefits().Series(NonExecutive(), "RP1", benefit.id);
  ASSERT_EQ(series.actuals.size(), 12U);
  ASSERT_TRUE(series.chart.has_value());
  EXPECT_EQ(series.chart->rows.size(), 12U);
  EXPECT_FALSE(series.chart->provisional);
  EXPECT_TRUE(series.chart->assurance.has_value());  // a direction and a target
  EXPECT_EQ(Benefits().List(NonExecutive(), "RP1", std::nullopt).size(), 1U);
  MakeBoard("RP2", 1, 0);
  EXPECT_EQ(KindOf([&] { Benefits().Series(Secretary("RP2"), "RP1", benefit.id); }),
            ErrorKind::kNotFound);
  EXPECT_EQ(KindOf([&] { Benefits().Series(Secretary("RP2"), "RP2", benefit.id); }),
            ErrorKind::kNotFound);
}

TEST_P(PortfolioStoreTest, AssuranceKeepsItsOwnerDatesMoneyAndMilestonesInOrder) {
  SetUpStrategy();
  const auto item = Portfolio().Add(Executive(), "RP1", Item(Kind::kProgramme, "EPR"));
  EXPECT_FALSE(item.assurance.sro_member_id.has_value());
  EXPECT_TRUE(item.assurance.milestones.empty());
  const std::string today = Portfolio().Today();
  const std::string past = IsoDate(clock_.Now() - 30 * kSecondsPerDay);
  const std::string later = IsoDate(clock_.Now() + 60 * kSecondsPerDay);
  portfolio::Assurance a;
  a.sro_member_id = Board().ListMembers(op_, "RP1").at(1).id;  // a non-executive may be SRO
  a.starts_on = past;
  a.ends_on = later;
  a.budget = 2'000'000;
  a.spend = 2'100'000;
  a.milestones = {{"Business case approved", past, portfolio::MilestoneStatus::kComplete, past},
                  {"Data migration rehearsal", past, portfolio::MilestoneStatus::kAtRisk, ""},
                  {"Go live", later, portfolio::MilestoneStatus::kOnTrack, ""}};
  EXPECT_EQ(KindOf([&] { Portfolio().SetAssurance(NonExecutive(), "RP1", item.id, a); }),
            ErrorKind::kForbidden);
  const auto saved = Portfolio().SetAssurance(Executive(), "RP1", item.id, a);
  EXPECT_EQ(saved.sro_name, "Member 1");
  const auto read = Portfolio().Get(NonExecutive(), "RP1", item.id);
  EXPECT_EQ(read.assurance.sro_member_id, a.sro_member_id);
  EXPECT_EQ(read.assurance.starts_on, past);
  EXPECT_EQ(read.assurance.ends_on, later);
  EXPECT_EQ(read.assurance.budget, 2'000'000);
  EXPECT_EQ(read.assurance.spend, 2'100'000);
  EXPECT_TRUE(portfolio::OverBudget(read.assurance));
  ASSERT_EQ(read.assurance.milestones.size(), 3U);
  EXPECT_EQ(read.assurance.milestones[0].title, "Business case approved");
  EXPECT_EQ(read.assurance.milestones[0].completed_on, past);
  EXPECT_EQ(read.assurance.milestones[1].status, portfolio::MilestoneStatus::kAtRisk);
  EXPECT_EQ(read.assurance.milestones[2].title, "Go live");
  EXPECT_EQ(portfolio::OverdueCount(read.assurance, today), 1U);
  // The list carries it too, and a change to the item leaves it as it was.
  Portfolio().Update(Executive(), "RP1", item.id, Item(Kind::kProgramme, "EPR renamed"));
  const auto listed = Portfolio().List(NonExecutive(), "RP1");
  ASSERT_EQ(listed.size(), 1U);
  EXPECT_EQ(listed[0].sro_name, "Member 1");
  EXPECT_EQ(listed[0].assurance.milestones.size(), 3U);
  // Saving again replaces the milestones and clears what is left out.
  portfolio::Assurance fewer;
  fewer.milestones = {a.milestones[2]};
  const auto replaced = Portfolio().SetAssurance(Executive(), "RP1", item.id, fewer);
  ASSERT_EQ(replaced.assurance.milestones.size(), 1U);
  EXPECT_EQ(replaced.assurance.milestones[0].title, "Go live");
  EXPECT_FALSE(replaced.assurance.sro_member_id.has_value());
  EXPECT_FALSE(replaced.assurance.budget.has_value());
  EXPECT_EQ(replaced.assurance.starts_on, "");
  // Bad input is refused by field, and nothing of it is stored.
  portfolio::Assurance bad = a;
  bad.ends_on = IsoDate(clock_.Now() - 40 * kSecondsPerDay);
  bad.milestones[2].due_on = "2026-02-30";
  try {
    Portfolio().SetAssurance(Executive(), "RP1", item.id, bad);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    std::set<std::string> fields;
    for (const auto& p : e.problems()) fields.insert(p.where);
    EXPECT_EQ(fields, (std::set<std::string>{"ends_on", "milestones[2].due_on"}));
  }
  EXPECT_EQ(Portfolio().Get(op_, "RP1", item.id).assurance.milestones.size(), 1U);
  // The owner must sit on this organisation's board; another organisation sees none of it.
  MakeBoard("RP2", 1, 0);
  portfolio::Assurance stranger;
  stranger.sro_member_id = Board().ListMembers(op_, "RP2").at(0).id;
  try {
    Portfolio().SetAssurance(Executive(), "RP1", item.id, stranger);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kInvalid);
    EXPECT_EQ(e.where(), "sro");
  }
  EXPECT_EQ(KindOf([&] { Portfolio().SetAssurance(Secretary("RP2"), "RP2", item.id, fewer); }),
            ErrorKind::kNotFound);
  EXPECT_EQ(KindOf([&] { Portfolio().SetAssurance(Secretary("RP2"), "RP1", item.id, fewer); }),
            ErrorKind::kNotFound);
}

INSTANTIATE_TEST_SUITE_P(Databases, PortfolioStoreTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& test) { return test.param; });

}  // namespace
}  // namespace boardlens
