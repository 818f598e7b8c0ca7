// The strategy on both engines: who may keep it and who reads it, every save a version with
// its items' keys kept, the secretary's approval with its date checked, what changed since,
// and the checks as the clock moves.

#include <gtest/gtest.h>

#include <set>

#include "boardlens/base/error.hpp"
#include "boardlens/base/error_kind_test.hpp"
#include "boardlens/features/services/service_register.hpp"
#include "boardlens/features/strategy/strategies.hpp"
#include "support/store_fixture.hpp"

namespace boardlens {
namespace {

using strategy::Check;
using strategy::StrategyInput;
using testing::KindOf;

class StrategyStoreTest : public testing::StoreFixture {
 protected:
  strategy::Strategies& Strategies() { return scope_->Get<strategy::Strategies>(); }
  /// Member 0 is an executive, member 1 a non-executive.
  void SetUpBoard() { MakeBoard("RT1", 1, 1); }
  Caller Executive() { return As(MemberEmail("RT1", 0)); }
  Caller NonExecutive() { return As(MemberEmail("RT1", 1)); }
  StrategyInput Draft() {
    StrategyInput s;
    s.vision = "Digital care people can rely on";
    s.horizon_start = 2025;
    s.horizon_end = 2029;
    s.reviewed_on = IsoDate(clock_.Now());
    s.system_title = "The system's digital strategy";
    s.system_url = "https://ics.example/digital";
    s.outcomes = {{0, "Fewer repeat tests", "Tests a month", "4,200", "2,500", "2028-03-31"}};
    s.priorities = {{0, "Electronic patient record", "One record", true},
                    {0, "Cyber security", "", false}};
    s.not_doing = {{0, "Build our own apps", "National apps do it"}};
    return s;
  }
  /// A service of `ods` with one measure (higher is better) and monthly values from January
  /// 2026, each `level`, then `last` for December 2026.
  Id AddMeasure(const std::string& ods, double level, double last) {
    auto& reg = scope_->Get<services::ServiceRegister>();
    services::ServiceInput service;
    service.name = "Patient portal";
    service.owner_member_id = Board().ListMembers(op_, ods).at(0).id;
    const Id service_id = reg.Add(op_, ods, service).id;
    services::MeasureInput m;
    m.name = "Active users";
    m.unit = "users";
    m.improvement = services::Improvement::kUp;
    const Id id = reg.AddMeasure(op_, ods, service_id, m).id;
    std::vector<services::SpcPoint> values;
    for (int month = 1; month <= 12; ++month) {
      values.emplace_back((month < 10 ? "2026-0" : "2026-") + std::to_string(month) + "-01",
                          month == 12 ? last : level);
    }
    reg.RecordValues(op_, ods, id, values);
    return id;
  }
  /// Draft(), its outcome linked to `measure`: 40 on 1 January 2026 to 80 by 1 January 2028.
  StrategyInput Linked(Id measure) {
    StrategyInput s = Draft();
    s.outcomes[0].measure_id = measure;
    s.outcomes[0].baseline = "40";
    s.outcomes[0].baseline_on = "2026-01-01";
    s.outcomes[0].target = "80";
    s.outcomes[0].due_on = "2028-01-01";
    return s;
  }
  std::set<Check> Tripped() {
    std::set<Check> out;
    const auto current = Strategies().Current(Executive(), "RT1");
    for (const auto& f : current->findings) out.insert(f.check);
    return out;
  }
};

TEST_P(StrategyStoreTest, KeepersSaveVersionsAndEveryoneInTheOrganisationReads) {
  SetUpBoard();
  EXPECT_FALSE(Strategies().Current(NonExecutive(), "RT1").has_value());
  const auto first = Strategies().Save(Executive(), "RT1", Draft());
  EXPECT_EQ(first.strategy.version.number, 1);
  EXPECT_EQ(first.strategy.version.saved_by_name, "Member 0");
  EXPECT_TRUE(first.findings.empty());
  EXPECT_EQ(KindOf([&] { Strategies().Save(NonExecutive(), "RT1", Draft()); }),
            ErrorKind::kForbidden);
  const auto read = Strategies().Current(NonExecutive(), "RT1");
  ASSERT_TRUE(read.has_value());
  EXPECT_EQ(read->strategy.what.vision, "Digital care people can rely on");
  ASSERT_EQ(read->strategy.what.priorities.size(), 2U);
  EXPECT_TRUE(read->strategy.what.priorities[0].top);
  EXPECT_EQ(read->strategy.what.outcomes[0].due_on, "2028-03-31");
  // Keys are given once and kept: the second save changes one priority and adds another.
  StrategyInput next = read->strategy.what;
  const Id epr = next.priorities[0].key;
  EXPECT_GT(epr, 0);
  next.priorities[0].title = "Electronic patient record everywhere";
  next.priorities.push_back({0, "Shared care record", "", false});
  const auto second = Strategies().Save(Secretary("RT1"), "RT1", next);
  EXPECT_EQ(second.strategy.version.number, 2);
  EXPECT_EQ(second.strategy.what.priorities[0].key, epr);
  EXPECT_GT(second.strategy.what.priorities[2].key, epr);
  EXPECT_EQ(Strategies().Versions(NonExecutive(), "RT1").size(), 2U);
  EXPECT_EQ(Strategies().Get(NonExecutive(), "RT1", 1).what.priorities[0].title,
            "Electronic patient record");
  EXPECT_EQ(Strategies().Priorities(NonExecutive(), "RT1").size(), 3U);
  // A key that names no item now is refused, by its field, and nothing is saved.
  next = second.strategy.what;
  next.outcomes[0].key = 999;
  try {
    Strategies().Save(Executive(), "RT1", next);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.where(), "outcomes[0].key");
  }
  EXPECT_EQ(Strategies().Versions(op_, "RT1").size(), 2U);
  // Another organisation sees nothing of it.
  MakeBoard("RT2", 1, 0);
  EXPECT_EQ(KindOf([&] { Strategies().Current(Secretary("RT2"), "RT1"); }), ErrorKind::kNotFound);
  EXPECT_FALSE(Strategies().Current(Secretary("RT2"), "RT2").has_value());
}

TEST_P(StrategyStoreTest, EveryProblemIsNamedAtOnceAndNothingIsSaved) {
  SetUpBoard();
  StrategyInput bad = Draft();
  bad.horizon_end = 2020;
  bad.outcomes[0].due_on = "2028-13-01";
  bad.not_doing[0].reason = "";
  try {
    Strategies().Save(Executive(), "RT1", bad);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    std::set<std::string> fields;
    for (const auto& p : e.problems()) fields.insert(p.where);
    EXPECT_EQ(fields,
              (std::set<std::string>{"horizon_end", "outcomes[0].due_on", "not_doing[0].reason"}));
  }
  EXPECT_FALSE(Strategies().Current(op_, "RT1").has_value());
}

TEST_P(StrategyStoreTest, TheSecretaryRecordsApprovalAndTheChangesSinceShow) {
  SetUpBoard();
  const std::string saved_on = IsoDate(clock_.Now());
  Strategies().Save(Executive(), "RT1", Draft());
  // Nothing approved: nothing to compare with, so no changes, and the current version whole.
  const auto unapproved = Strategies().ChangesSinceApproval(op_, "RT1");
  EXPECT_FALSE(unapproved.approved.has_value());
  EXPECT_TRUE(unapproved.changes.empty());
  EXPECT_EQ(unapproved.current.version.number, 1);
  EXPECT_EQ(unapproved.current.what.vision, Draft().vision);
  EXPECT_EQ(unapproved.current.what.priorities.size(), Draft().priorities.size());
  EXPECT_EQ(KindOf([&] { Strategies().Approve(Executive(), "RT1", 1, saved_on); }),
            ErrorKind::kForbidden);
  const auto refused = [&](const std::string& on) {
    try {
      Strategies().Approve(Secretary("RT1"), "RT1", 1, on);
      return std::string("accepted");
    } catch (const Error& e) {
      return e.where();
    }
  };
  EXPECT_EQ(refused(IsoDate(clock_.Now() + kSecondsPerDay)), "approved_on");  // the future
  EXPECT_EQ(refused(IsoDate(clock_.Now() - kSecondsPerDay)), "approved_on");  // before saving
  EXPECT_EQ(refused("12/11/2026"), "approved_on");
  EXPECT_EQ(KindOf([&] { Strategies().Approve(Secretary("RT1"), "RT1", 7, saved_on); }),
            ErrorKind::kNotFound);
  clock_.Set(clock_.Now() + 3 * kSecondsPerDay);
  const auto approved = Strategies().Approve(Secretary("RT1"), "RT1", 1, saved_on);
  EXPECT_EQ(approved.approved_on, saved_on);
  EXPECT_EQ(approved.approved_by_name, "Secretary");
  EXPECT_TRUE(Strategies().ChangesSinceApproval(op_, "RT1").changes.empty());

  StrategyInput next = Strategies().Current(op_, "RT1")->strategy.what;
  next.vision = "Digital first";
  next.not_doing.clear();
  next.outcomes.push_back({0, "Faster discharge", "", "", "", ""});
  Strategies().Save(Executive(), "RT1", next);
  const auto since = Strategies().ChangesSinceApproval(NonExecutive(), "RT1");
  ASSERT_TRUE(since.approved.has_value());
  EXPECT_EQ(since.approved->number, 1);
  EXPECT_EQ(since.current.version.number, 2);
  ASSERT_EQ(since.changes.size(), 3U);
  EXPECT_EQ(since.changes[0].part, "Vision");
  EXPECT_EQ(since.changes[1].kind, strategy::Change::Kind::kAdded);
  EXPECT_EQ(since.changes[2].kind, strategy::Change::Kind::kRemoved);
  EXPECT_EQ(since.changes[2].part, "Not doing");
  EXPECT_EQ(Strategies().Versions(op_, "RT1").at(1).approved_on, saved_on);
}

TEST_P(StrategyStoreTest, TheChecksRunOnEverySaveAndFollowTheClock) {
  SetUpBoard();
  StrategyInput s = Draft();
  s.horizon_end = 2035;
  for (auto& p : s.priorities) p.top = true;
  s.priorities.push_back({0, "Data", "", true});
  s.priorities.push_back({0, "Apps", "", true});
  const auto saved = Strategies().Save(Executive(), "RT1", s);
  std::set<Check> found;
  for (const auto& f : saved.findings) found.insert(f.check);
  EXPECT_EQ(found, (std::set<Check>{Check::kHorizonTooLong, Check::kTooManyTopPriorities}));
  // A year and a day after the review, the strategy is overdue one without any save.
  clock_.Set(clock_.Now() + 367 * kSecondsPerDay);
  EXPECT_EQ(Tripped(), (std::set<Check>{Check::kHorizonTooLong, Check::kTooManyTopPriorities,
                                        Check::kNotReviewed}));
}

TEST_P(StrategyStoreTest, OutcomesLinkOnlyToTheirOrganisationsMeasuresAndShowWhereTheyStand) {
  clock_.Set(EpochOfDate("2026-12-07") + 10 * kSecondsPerHour);
  SetUpBoard();
  MakeBoard("RT2", 1, 1);
  // November, the latest complete month, is 50 against a trajectory of about 56.7: behind.
  // December's 90 is not over yet and does not count.
  const Id ours = AddMeasure("RT1", 50, 90);
  const Id theirs = AddMeasure("RT2", 50, 90);
  // Another organisation's measure, or none, is refused by its field and nothing is saved.
  for (const Id bad : {theirs, Id{987654}}) {
    try {
      Strategies().Save(Executive(), "RT1", Linked(bad));
      FAIL() << "expected measure " << bad << " to be refused";
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::kInvalid);
      EXPECT_EQ(e.where(), "outcomes[0].measure_id");
    }
  }
  EXPECT_FALSE(Strategies().Current(Executive(), "RT1").has_value());

  const auto saved = Strategies().Save(Executive(), "RT1", Linked(ours));
  const Id key = saved.strategy.what.outcomes.at(0).key;
  const auto& standing = saved.standings.at(key);
  EXPECT_EQ(standing.judgement, strategy::Judgement::kBehind);
  ASSERT_TRUE(standing.latest.has_value());
  EXPECT_EQ(standing.latest->date, "2026-11-01");
  EXPECT_DOUBLE_EQ(standing.latest->value, 50);
  ASSERT_TRUE(standing.expected.has_value());
  EXPECT_NEAR(*standing.expected, 40 + 40 * 304.0 / 730, 1e-9);
  EXPECT_EQ(standing.measure->service, "Patient portal");
  // The measure's chart is told of the outcome's trajectory.
  const auto series = scope_->Get<services::ServiceRegister>().Series(NonExecutive(), "RT1", ours);
  ASSERT_EQ(series.plans.size(), 1U);
  EXPECT_EQ(series.plans[0].title, "Fewer repeat tests");
  EXPECT_EQ(series.plans[0].trajectory.to_date, "2028-01-01");
  EXPECT_TRUE(scope_->Get<services::ServiceRegister>()
                  .Series(Secretary("RT2"), "RT2", theirs)
                  .plans.empty());

  // The link is kept, by the outcome's key, from version to version.
  StrategyInput next = saved.strategy.what;
  next.outcomes[0].title = "More people use the portal";
  const auto second = Strategies().Save(Executive(), "RT1", next);
  EXPECT_EQ(second.strategy.what.outcomes[0].key, key);
  EXPECT_EQ(second.strategy.what.outcomes[0].measure_id, ours);
  EXPECT_EQ(Strategies().Get(NonExecutive(), "RT1", 1).what.outcomes[0].baseline_on, "2026-01-01");
  EXPECT_EQ(Strategies().Get(NonExecutive(), "RT1", 1).what.outcomes[0].measure_id, ours);

  // The measure goes from the register: the outcome keeps its link, says so, and the rest of
  // the strategy can still be changed; a new link to the missing measure is refused.
  Db().Query("DELETE FROM measure_values WHERE measure_id = $1", {ours});
  Db().Query("DELETE FROM service_measures WHERE id = $1", {ours});
  const auto after = Strategies().Current(NonExecutive(), "RT1");
  ASSERT_TRUE(after.has_value());
  EXPECT_EQ(after->strategy.what.outcomes[0].measure_id, ours);
  EXPECT_EQ(after->standings.at(key).judgement, strategy::Judgement::kNoMeasure);
  EXPECT_FALSE(after->standings.at(key).measure.has_value());
  next = after->strategy.what;
  next.vision = "Digital care people can rely on, everywhere";
  EXPECT_EQ(Strategies().Save(Executive(), "RT1", next).strategy.version.number, 3);
  next.outcomes.push_back(Linked(ours).outcomes[0]);
  EXPECT_EQ(KindOf([&] { Strategies().Save(Executive(), "RT1", next); }), ErrorKind::kInvalid);
}

INSTANTIATE_TEST_SUITE_P(Databases, StrategyStoreTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& test) { return test.param; });

}  // namespace
}  // namespace boardlens
