// The services register on both engines: who may keep it, the import that stores all or
// nothing, measures with their options, values and charts, and the switch-off candidates.

#include <gtest/gtest.h>

#include "boardlens/base/error.hpp"
#include "boardlens/base/error_kind_test.hpp"
#include "boardlens/features/services/register_csv.hpp"
#include "boardlens/features/services/service_register.hpp"
#include "support/store_fixture.hpp"

namespace boardlens {
namespace {

using services::Improvement;
using services::MeasureKind;
using services::ServiceInput;
using services::SpcPoint;
using services::Stage;
using testing::KindOf;

class ServicesStoreTest : public testing::StoreFixture {
 protected:
  services::ServiceRegister& Register() { return scope_->Get<services::ServiceRegister>(); }
  /// Member 0 is an executive, member 1 a non-executive.
  void SetUpBoard() { MakeBoard("RS1", 1, 1); }
  Id Member(int i) { return Board().ListMembers(op_, "RS1").at(static_cast<std::size_t>(i)).id; }
  ServiceInput Service(const std::string& name, std::int64_t revenue = 100'000) {
    ServiceInput in;
    in.name = name;
    in.owner_member_id = Member(0);
    in.annual_revenue_cost = revenue;
    return in;
  }
  /// `count` monthly values from January 2024, each `level(i)`.
  static std::vector<SpcPoint> Monthly(int count, const std::function<double(int)>& level) {
    std::vector<SpcPoint> out;
    for (int i = 0; i < count; ++i) {
      const int month = i % 12 + 1;
      out.push_back({std::to_string(2024 + i / 12) + (month < 10 ? "-0" : "-") +
                         std::to_string(month) + "-01",
                     level(i)});
    }
    return out;
  }
  Id AddMeasure(Id service, MeasureKind kind, const std::vector<SpcPoint>& values,
                Improvement improvement = Improvement::kUp) {
    services::MeasureInput m;
    m.name = std::string(services::ToString(kind));
    m.kind = kind;
    m.improvement = improvement;
    const Id id = Register().AddMeasure(op_, "RS1", service, m).id;
    Register().RecordValues(op_, "RS1", id, values);
    return id;
  }
};

TEST_P(ServicesStoreTest, TheSecretaryAndExecutivesKeepTheRegisterAndNonExecutivesReadIt) {
  SetUpBoard();
  const Caller executive = As(MemberEmail("RS1", 0));
  const Caller non_executive = As(MemberEmail("RS1", 1));
  const auto added = Register().Add(executive, "RS1", Service("Patient portal"));
  EXPECT_EQ(added.owner_name, "Member 0");
  Register().Add(Secretary("RS1"), "RS1", Service("E-rostering"));
  EXPECT_EQ(KindOf([&] { Register().Add(non_executive, "RS1", Service("Intranet")); }),
            ErrorKind::kForbidden);
  EXPECT_FALSE(Board().IsKeeper(non_executive, "RS1"));
  EXPECT_TRUE(Board().IsKeeper(executive, "RS1"));
  ASSERT_EQ(Register().List(non_executive, "RS1").size(), 2U);
  EXPECT_EQ(Register().List(non_executive, "RS1").front().what.name, "E-rostering");
  // Another organisation sees nothing of it.
  MakeBoard("RS2", 1, 0);
  EXPECT_EQ(KindOf([&] { Register().Get(Secretary("RS2"), "RS1", added.id); }),
            ErrorKind::kNotFound);
  EXPECT_EQ(KindOf([&] { Register().Get(Secretary("RS2"), "RS2", added.id); }),
            ErrorKind::kNotFound);
  // Names are unique within the register.
  EXPECT_EQ(KindOf([&] { Register().Add(executive, "RS1", Service("Patient portal")); }),
            ErrorKind::kConflict);
}

TEST_P(ServicesStoreTest, EveryProblemOfAServiceIsReportedAtOnce) {
  SetUpBoard();
  ServiceInput in;
  in.contract_ends_on = "2027-02-30";
  in.capital_cost = -5;
  try {
    Register().Add(op_, "RS1", in);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    std::set<std::string> fields;
    for (const auto& p : e.problems()) fields.insert(p.where);
    EXPECT_EQ(fields, (std::set<std::string>{"name", "owner", "contract_ends_on", "capital_cost"}));
  }
  ServiceInput stranger = Service("Portal");
  stranger.owner_member_id = 999999;
  EXPECT_EQ(KindOf([&] { Register().Add(op_, "RS1", stranger); }), ErrorKind::kInvalid);
  EXPECT_TRUE(Register().List(op_, "RS1").empty());
}

TEST_P(ServicesStoreTest, AnImportAddsAndUpdatesByNameOrStoresNothing) {
  SetUpBoard();
  Register().Add(op_, "RS1", Service("Patient portal"));
  const std::string header =
      "name,purpose,owner,user_groups,approx_users,stage,supplier,contract_ends_on,capital_cost,"
      "annual_revenue_cost,whole_life_cost\n";
  const auto done = Register().Import(
      op_, "RS1",
      header +
          "Patient portal,Book online,member 0,patients,\"45,000\",live,Acme,2027-03-31,,"
          "£80000,\nE-rostering,,Member 1,staff,,beta,,,,,\n",
      "register.csv");
  EXPECT_EQ(done.added, 1U);
  EXPECT_EQ(done.updated, 1U);
  const auto list = Register().List(op_, "RS1");
  ASSERT_EQ(list.size(), 2U);
  EXPECT_EQ(list.at(1).what.approx_users, 45000);
  EXPECT_EQ(list.at(1).what.annual_revenue_cost, 80000);
  EXPECT_EQ(list.at(0).what.stage, Stage::kBeta);

  // One bad line of three: nothing changes, and each problem says line and column.
  try {
    Register().Import(
        op_, "RS1", header + "New one,,Member 0,,,live,,,,,\nPatient portal,,Nobody,,x,live,,,,,\n",
        "register.csv");
    FAIL() << "expected an error";
  } catch (const Error& e) {
    ASSERT_EQ(e.problems().size(), 2U);
    EXPECT_EQ(e.problems().at(0).where, "register.csv:3:3");
    EXPECT_EQ(e.problems().at(1).where, "register.csv:3:5");
  }
  EXPECT_EQ(Register().List(op_, "RS1").size(), 2U);
  EXPECT_EQ(Register().List(op_, "RS1").at(1).what.purpose, "Book online");
  // What the register exports, it imports back unchanged.
  const auto table = services::RegisterTable(Register().List(op_, "RS1"));
  EXPECT_EQ(table.front().front(), "name");
}

TEST_P(ServicesStoreTest, AMeasureKeepsItsOptionsAndItsValuesMakeAChart) {
  SetUpBoard();
  const Id service = Register().Add(op_, "RS1", Service("Portal")).id;
  services::MeasureInput m;
  m.name = "Availability";
  m.kind = MeasureKind::kAvailability;
  m.unit = "%";
  m.improvement = Improvement::kUp;
  m.target = 99.5;
  m.screen = false;
  m.fix_after = 12;
  m.rebase = {"2025-01-01", "2024-07-01", "2025-01-01"};
  const Id id = Register().AddMeasure(op_, "RS1", service, m).id;
  auto series = Register().Series(op_, "RS1", id);
  EXPECT_EQ(series.measure.what.rebase, (std::vector<std::string>{"2024-07-01", "2025-01-01"}));
  EXPECT_EQ(series.measure.what.target, 99.5);
  EXPECT_FALSE(series.measure.what.screen);
  EXPECT_FALSE(series.chart.has_value());  // no values, no chart

  Register().RecordValues(op_, "RS1", id, Monthly(1, [](int) { return 99.0; }));
  EXPECT_FALSE(Register().Series(op_, "RS1", id).chart.has_value());  // one value, no chart
  Register().RecordValues(
      op_, "RS1", id, Monthly(30, [](int i) { return 99.0 + i % 3 * 0.1 + (i >= 6 ? 0.5 : 0.0); }));
  series = Register().Series(op_, "RS1", id);
  ASSERT_TRUE(series.chart.has_value());
  EXPECT_EQ(series.chart->rows.size(), 30U);
  // Two rebases make three periods, each with limits of its own.
  EXPECT_TRUE(series.unused_rebase.empty());
  EXPECT_NE(series.chart->rows.at(5).mean, series.chart->rows.at(7).mean);
  // A rebase that would leave a period of one point is set aside, not charted.
  m.rebase = {"2024-01-01", "2024-02-01", "2026-06-01"};
  Register().UpdateMeasure(op_, "RS1", id, m);
  series = Register().Series(op_, "RS1", id);
  EXPECT_EQ(series.unused_rebase,
            (std::vector<std::string>{"2024-01-01", "2024-02-01", "2026-06-01"}));
  ASSERT_TRUE(series.chart.has_value());
  // Another measure of the service may not take its name.
  EXPECT_EQ(KindOf([&] { Register().AddMeasure(op_, "RS1", service, m); }), ErrorKind::kConflict);
  // Recording a value at a date it has replaces it; deleting removes it.
  Register().RecordValues(op_, "RS1", id, {{"2024-01-01", 42.0}});
  EXPECT_EQ(Register().Series(op_, "RS1", id).points.front().value, 42.0);
  Register().DeleteValue(op_, "RS1", id, "2024-01-01");
  EXPECT_EQ(Register().Series(op_, "RS1", id).points.size(), 29U);
  EXPECT_EQ(KindOf([&] { Register().DeleteValue(op_, "RS1", id, "2024-01-01"); }),
            ErrorKind::kNotFound);
  EXPECT_EQ(KindOf([&] {
              Register().RecordValues(op_, "RS1", id, {{"2024-02-30", 1.0}});
            }),
            ErrorKind::kInvalid);
  // A non-executive reads but does not write.
  EXPECT_EQ(KindOf([&] {
              Register().RecordValues(As(MemberEmail("RS1", 1)), "RS1", id, {{"2030-01-01", 1}});
            }),
            ErrorKind::kForbidden);
  EXPECT_EQ(Register().Series(As(MemberEmail("RS1", 1)), "RS1", id).points.size(), 29U);
}

TEST_P(ServicesStoreTest, ValuesSharingAPeriodAreRefusedOrExplainedNeverAFailedPage) {
  SetUpBoard();
  const Id service = Register().Add(op_, "RS1", Service("Portal")).id;
  services::MeasureInput m;
  m.name = "Logins";
  m.kind = MeasureKind::kActiveUsers;
  m.improvement = Improvement::kUp;
  m.frequency = services::Frequency::kWeekly;
  const Id id = Register().AddMeasure(op_, "RS1", service, m).id;
  Register().RecordValues(op_, "RS1", id,
                          {{"2024-01-01", 10}, {"2024-01-08", 12}, {"2024-01-15", 11}});
  // Weekly values made monthly would put three in January: the change is refused by name.
  m.frequency = services::Frequency::kMonthly;
  try {
    Register().UpdateMeasure(op_, "RS1", id, m);
    ADD_FAILURE() << "taken";
  } catch (const Error& e) {
    EXPECT_EQ(e.where(), "frequency");
  }
  EXPECT_EQ(Register().Series(op_, "RS1", id).measure.what.frequency, services::Frequency::kWeekly);
  // Two values in one month, kept before values were held to their periods: the measure's
  // page says so, and the register and the switch-off candidates still open.
  const Id monthly =
      AddMeasure(service, MeasureKind::kSatisfaction, Monthly(6, [](int i) { return 70.0 + i; }));
  Db().Query("INSERT INTO measure_values (measure_id, on_date, value) VALUES ($1, '2024-03-15', 1)",
             {monthly});
  const auto series = Register().Series(op_, "RS1", monthly);
  EXPECT_FALSE(series.chart);
  EXPECT_NE(series.problem.find("2024-03-15"), std::string::npos) << series.problem;
  EXPECT_NO_THROW(Register().AllSeries(op_, "RS1"));
  EXPECT_NO_THROW(Register().SwitchOffCandidates(op_, "RS1"));
}

TEST_P(ServicesStoreTest, SwitchOffCandidatesNameTheirReasons) {
  SetUpBoard();
  const Id falling = Register().Add(op_, "RS1", Service("Falling", 50'000)).id;
  const Id steady = Register().Add(op_, "RS1", Service("Steady", 50'000)).id;
  const Id disliked = Register().Add(op_, "RS1", Service("Disliked", 10'000)).id;
  // Falling: 24 steady months, then six falling steeply to well under the limits.
  AddMeasure(falling, MeasureKind::kActiveUsers, Monthly(30, [](int i) {
               return i < 24 ? 1000.0 + i % 2 * 20 : 900.0 - 60 * (i - 24);
             }));
  AddMeasure(steady, MeasureKind::kActiveUsers,
             Monthly(30, [](int i) { return 5000.0 + i % 3 * 50; }));
  AddMeasure(disliked, MeasureKind::kActiveUsers,
             Monthly(30, [](int i) { return 5000.0 + i % 3 * 50; }));
  AddMeasure(disliked, MeasureKind::kSatisfaction,
             Monthly(30, [](int i) { return i < 29 ? 85.0 + i % 2 : 60.0; }));
  const auto candidates = Register().SwitchOffCandidates(op_, "RS1");
  ASSERT_EQ(candidates.size(), 2U);
  EXPECT_EQ(candidates.at(0).service.what.name, "Disliked");
  ASSERT_EQ(candidates.at(0).reasons.size(), 1U);
  EXPECT_NE(candidates.at(0).reasons.at(0).find("satisfaction"), std::string::npos);
  EXPECT_EQ(candidates.at(1).service.what.name, "Falling");
  // Three services have no top tenth for cost (candidates_test.cpp covers that rule).
  EXPECT_EQ(candidates.at(1).reasons.size(), 1U);
  // A retired service is never a candidate.
  auto retired = Register().Get(op_, "RS1", falling).what;
  retired.stage = Stage::kRetired;
  Register().Update(op_, "RS1", falling, retired);
  EXPECT_EQ(Register().SwitchOffCandidates(op_, "RS1").size(), 1U);
  EXPECT_EQ(Register().PublicNames(Register().Get(op_, "RS1", steady).org_id).size(), 2U);
}

INSTANTIATE_TEST_SUITE_P(Databases, ServicesStoreTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& test) { return test.param; });

}  // namespace
}  // namespace boardlens
