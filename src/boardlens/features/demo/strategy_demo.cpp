// The demo trust's digital strategy and portfolio. The strategy trips exactly two checks: five
// priorities are marked top, and one capital-funded programme has no revenue for its running
// costs. The board approved an earlier version, so what changed since shows too. Six
// programmes report a year of delivery confidence, each has a senior responsible owner, dates,
// a budget with spend to date (one above it) and milestones (the slipping ones with one overdue
// and one at risk), and three benefits have enough actuals for a real Making Data Count chart.

#include <algorithm>
#include <array>
#include <cmath>

#include <fmt/format.h>

#include "boardlens/base/clock.hpp"
#include "boardlens/features/demo/demo_parts.hpp"
#include "boardlens/features/orgs/board.hpp"
#include "boardlens/features/portfolio/benefits.hpp"
#include "boardlens/features/portfolio/portfolios.hpp"
#include "boardlens/features/services/service.hpp"
#include "boardlens/features/strategy/strategies.hpp"

namespace boardlens::demo {
namespace {

using portfolio::Confidence;
using portfolio::Kind;
using portfolio::Source;

constexpr std::int64_t kDay = kSecondsPerDay;

strategy::StrategyInput FirstVersion(const std::string& reviewed_on,
                                     const std::string& next_review_on) {
  strategy::StrategyInput s;
  s.vision =
      "Staff spend their time on care, not on systems: one record that follows the patient, "
      "services people can use from home, and decisions made with data the board trusts.";
  s.horizon_start = 2025;
  s.horizon_end = 2029;
  s.reviewed_on = reviewed_on;
  s.next_review_on = next_review_on;
  s.system_title = "Northshire Integrated Care System digital and data strategy";
  s.system_url = "https://ics.example.nhs.uk/digital-strategy";
  s.outcomes = {{0, "Fewer repeat blood tests", "Repeat tests within 24 hours, a month", "2,100",
                 "1,200", "2028-03-31"},
                {0, "More outpatient care without a journey", "Appointments held by video or phone",
                 "9%", "25%", "2027-03-31"},
                {0, "Less time on admin for nurses", "Hours a shift on documentation", "2.6", "1.8",
                 "2028-09-30"}};
  s.priorities = {
      {0, "One electronic patient record", "Every ward and clinic on the same record", true},
      {0, "Safe and secure services", "Cyber security and resilient infrastructure", true},
      {0, "Care closer to home", "Virtual wards and video appointments", true},
      {0, "Data the board can trust", "One version of the truth for operational data", false},
      {0, "Digital skills for every member of staff", "", false},
      {0, "Shared records across the system", "Working with partners in the ICS", false}};
  s.not_doing = {
      {0, "Build our own apps", "National and system apps already meet the need"},
      {0, "Replace the finance system before 2027", "It works, and the money is needed for care"}};
  return s;
}

struct DemoProgramme {
  const char* name;
  const char* description;
  std::array<int, 2> priorities;  ///< places in the priority list, -1 for none
  std::int64_t capital, revenue, one_off;
  std::array<std::int64_t, 5> costs;  ///< 2025 to 2029
  std::array<const char*, 2> projects;
  int mood;  ///< how its ratings run: 0 steady, 1 slipping, 2 recovering
};

// Fictional programmes. The shared care record has capital and no revenue: one of the two
// checks the demo is meant to trip.
constexpr std::array<DemoProgramme, 6> kProgrammes{{
    {"Electronic patient record",
     "Replacing the last paper and legacy systems with one record",
     {0, -1},
     6'500'000,
     1'200'000,
     0,
     {1'800'000, 3'400'000, 2'900'000, 1'300'000, 1'200'000},
     {"Electronic prescribing on every ward", "Order communications"},
     1},
    {"Cyber resilience",
     "Stronger defences and a tested recovery plan",
     {1, -1},
     800'000,
     450'000,
     0,
     {500'000, 650'000, 450'000, 450'000, 450'000},
     {"Multi-factor sign-in", "Network segmentation"},
     0},
    {"Virtual wards",
     "Hospital-level care at home with remote monitoring",
     {2, -1},
     300'000,
     900'000,
     400'000,
     {900'000, 1'100'000, 950'000, 900'000, 900'000},
     {"Remote monitoring devices", ""},
     2},
    {"Outpatient transformation",
     "Video and phone appointments, and patient-initiated follow-up",
     {2, -1},
     150'000,
     260'000,
     0,
     {300'000, 280'000, 260'000, 260'000, 260'000},
     {"Video consultations", "Patient-initiated follow-up"},
     0},
    {"Data platform",
     "One place for the trust's operational data",
     {3, -1},
     1'100'000,
     350'000,
     0,
     {700'000, 900'000, 350'000, 350'000, 350'000},
     {"Board performance report", ""},
     1},
    {"Shared care record",
     "Records shared with the system's partners",
     {5, 0},
     900'000,
     0,
     600'000,
     {600'000, 900'000, 0, 0, 0},
     {"GP record access", ""},
     2},
}};

/// Each programme's senior responsible owner, and the share of its budget spent so far in
/// thousandths, by its place in kProgrammes: the data platform has spent more than its budget.
struct DemoOwnership {
  const char* sro;
  std::int64_t spent_thousandths;
};
constexpr std::array<DemoOwnership, 6> kOwnership{{{"Omar Siddiqui", 550},
                                                   {"Omar Siddiqui", 400},
                                                   {"Tom Whitfield", 350},
                                                   {"James Achebe", 500},
                                                   {"Priya Raman", 1040},
                                                   {"Sarah Lindqvist", 600}}};

/// A programme's milestones, by how its delivery runs (DemoProgramme::mood), due some days
/// from today (negative: past). A slipping programme has one overdue and one at risk.
struct DemoMilestone {
  const char* title;
  int due_in_days;
  portfolio::MilestoneStatus status;
  int completed_in_days;  ///< for a complete milestone
};
constexpr std::array<std::array<DemoMilestone, 4>, 3> kMilestones{{
    {{{"Business case approved", -300, portfolio::MilestoneStatus::kComplete, -305},
      {"Supplier contracted", -150, portfolio::MilestoneStatus::kComplete, -146},
      {"First phase live", 45, portfolio::MilestoneStatus::kOnTrack, 0},
      {"Benefits review", 200, portfolio::MilestoneStatus::kNotStarted, 0}}},
    {{{"Business case approved", -400, portfolio::MilestoneStatus::kComplete, -400},
      {"Data migration rehearsal", -14, portfolio::MilestoneStatus::kAtRisk, 0},
      {"Go live", 75, portfolio::MilestoneStatus::kAtRisk, 0},
      {"Post-implementation review", 260, portfolio::MilestoneStatus::kNotStarted, 0}}},
    {{{"Pilot on two wards", -200, portfolio::MilestoneStatus::kComplete, -210},
      {"Recovery plan agreed", -30, portfolio::MilestoneStatus::kComplete, -25},
      {"Roll-out to every ward", 120, portfolio::MilestoneStatus::kOnTrack, 0},
      {"Benefits review", 300, portfolio::MilestoneStatus::kNotStarted, 0}}},
}};

portfolio::Assurance AssuranceFor(const DemoProgramme& d, const DemoOwnership& o, Id sro,
                                  std::int64_t now) {
  portfolio::Assurance a;
  a.sro_member_id = sro;
  a.starts_on = "2025-04-01";
  std::size_t last = 0;
  std::int64_t budget = 0;
  for (std::size_t y = 0; y < d.costs.size(); ++y) {
    if (d.costs.at(y) > 0) last = y;
    budget += d.costs.at(y);
  }
  // Financial years: the last year with a cost ends on 31 March of the next.
  a.ends_on = std::to_string(2026 + static_cast<int>(last)) + "-03-31";
  a.budget = budget;
  // Rounded to the nearest thousand pounds, as a finance report would give it.
  a.spend = budget * o.spent_thousandths / 1'000'000 * 1'000;
  for (const DemoMilestone& m : kMilestones.at(static_cast<std::size_t>(d.mood))) {
    const bool complete = m.status == portfolio::MilestoneStatus::kComplete;
    a.milestones.push_back({m.title, IsoDate(now + m.due_in_days * kDay), m.status,
                            complete ? IsoDate(now + m.completed_in_days * kDay) : ""});
  }
  return a;
}

Confidence RatingFor(int mood, int month) {
  static constexpr std::array<std::array<Confidence, 12>, 3> kRuns{{
      {Confidence::kGreen, Confidence::kGreen, Confidence::kAmberGreen, Confidence::kGreen,
       Confidence::kGreen, Confidence::kGreen, Confidence::kAmberGreen, Confidence::kGreen,
       Confidence::kGreen, Confidence::kGreen, Confidence::kGreen, Confidence::kGreen},
      {Confidence::kAmberGreen, Confidence::kAmberGreen, Confidence::kAmber, Confidence::kAmber,
       Confidence::kAmber, Confidence::kAmberRed, Confidence::kAmberRed, Confidence::kAmber,
       Confidence::kAmberRed, Confidence::kRed, Confidence::kAmberRed, Confidence::kAmberRed},
      {Confidence::kRed, Confidence::kAmberRed, Confidence::kAmberRed, Confidence::kAmber,
       Confidence::kAmber, Confidence::kAmber, Confidence::kAmberGreen, Confidence::kAmberGreen,
       Confidence::kAmberGreen, Confidence::kGreen, Confidence::kAmberGreen, Confidence::kGreen},
  }};
  return kRuns.at(static_cast<std::size_t>(mood)).at(static_cast<std::size_t>(month));
}

std::string NarrativeFor(Confidence c) {
  switch (c) {
    case Confidence::kGreen:
      return "On plan: milestones met and the budget holding.";
    case Confidence::kAmberGreen:
      return "Mostly on plan; one milestone slipped by a few weeks with no effect on the end "
             "date.";
    case Confidence::kAmber:
      return "Issues with the supplier's delivery dates; a recovery plan is agreed and being "
             "watched weekly.";
    case Confidence::kAmberRed:
      return "Two milestones missed and clinical staff released late for testing; the end date "
             "is at risk without the board's help.";
    case Confidence::kRed:
      return "Go-live postponed: data migration failed its rehearsal. A revised plan comes to "
             "the next board.";
  }
  return {};
}

}  // namespace

// The secretary keeps the records, so the pages name a person as having saved them.
void AddDemoStrategy(Scope& scope, const std::string& ods, const Caller& secretary) {
  const std::int64_t now = scope.Get<Clock>().Now();
  auto& board = scope.Get<orgs::Board>();
  const auto members = board.ListMembers(secretary, ods);
  const auto member = [&](const char* name) {
    return std::find_if(members.begin(), members.end(),
                        [&](const orgs::Member& m) { return m.name == name; })
        ->id;
  };

  // Version 1, saved and approved three months ago.
  ManualClock then(now - 90 * kDay);
  strategy::Strategies earlier(scope.Get<db::Database>(), then, scope.Get<orgs::Organisations>(),
                               board, scope.Get<strategy::PortfolioSource>(),
                               scope.Get<strategy::MeasureSource>());
  const auto first = earlier.Save(
      secretary, ods, FirstVersion(IsoDate(now - 100 * kDay), IsoDate(now + 265 * kDay)));
  then.Set(now - 76 * kDay);
  earlier.Approve(secretary, ods, first.strategy.version.number, IsoDate(then.Now()));

  // Version 2, today: two more priorities marked top, and one more thing not to do.
  auto& strategies = scope.Get<strategy::Strategies>();
  strategy::StrategyInput s = first.strategy.what;
  s.priorities[3].top = true;
  s.priorities[5].top = true;
  s.not_doing.push_back({0, "Pilot unproven AI tools on the wards",
                         "We will adopt what national evaluations show works"});
  // Two outcomes linked to measures of the services register: the patient portal's users
  // grow faster than the trajectory promised (ahead), while satisfaction with video
  // consultations has fallen behind its trajectory.
  const auto measure = [&](const char* service, const char* name) {
    for (const auto& m : strategies.MeasureChoices(secretary, ods)) {
      if (m.service == service && m.name == name) return std::optional<Id>(m.id);
    }
    return std::optional<Id>();
  };
  const std::string today = IsoDate(now);
  s.outcomes.push_back({0, "More people managing their care through the patient portal",
                        "Active users of the patient portal each month", "19500", "30000",
                        DateMonthsAfter(today, 24, 1),
                        measure("Patient portal", "Active users each month"),
                        DateMonthsAfter(today, -12, 1)});
  s.outcomes.push_back({0, "Patients satisfied with video consultations",
                        "Share of patients satisfied after a video consultation", "86", "92",
                        DateMonthsAfter(today, 12, 1),
                        measure("Outpatient video consultations", "Satisfaction"),
                        DateMonthsAfter(today, -24, 1)});
  const auto current = strategies.Save(secretary, ods, s).strategy.what;

  auto& portfolio = scope.Get<portfolio::Portfolio>();
  const std::string this_month = portfolio.ThisMonth();
  const auto months = portfolio::MonthsUpTo(this_month, portfolio::kRatingMonths);
  std::vector<Id> programme_ids;
  for (std::size_t place = 0; place < kProgrammes.size(); ++place) {
    const DemoProgramme& d = kProgrammes.at(place);
    portfolio::ItemInput in;
    in.kind = Kind::kProgramme;
    in.name = d.name;
    in.description = d.description;
    for (const int p : d.priorities) {
      if (p >= 0)
        in.priority_keys.push_back(current.priorities.at(static_cast<std::size_t>(p)).key);
    }
    if (d.capital > 0) in.funding[Source::kCapital] = d.capital;
    in.funding[Source::kRevenue] = d.revenue;
    if (d.one_off > 0) in.funding[Source::kOneOff] = d.one_off;
    for (std::size_t y = 0; y < d.costs.size(); ++y) {
      if (d.costs.at(y) > 0) in.cost_by_year[2025 + static_cast<int>(y)] = d.costs.at(y);
    }
    const Id id = portfolio.Add(secretary, ods, in).id;
    programme_ids.push_back(id);
    const DemoOwnership& ownership = kOwnership.at(place);
    portfolio.SetAssurance(secretary, ods, id,
                           AssuranceFor(d, ownership, member(ownership.sro), now));
    for (std::size_t m = 0; m < months.size(); ++m) {
      const Confidence c = RatingFor(d.mood, static_cast<int>(m));
      portfolio.Report(secretary, ods, id, {months.at(m), c, NarrativeFor(c), {}, 0});
    }
    for (const char* project : d.projects) {
      if (*project == '\0') continue;
      portfolio::ItemInput p;
      p.kind = Kind::kProject;
      p.name = project;
      p.programme_id = id;
      p.priority_keys = in.priority_keys;
      portfolio.Add(secretary, ods, p);
    }
  }

  // A proposal the board has yet to approve: the risk register's risk of not acting names it.
  portfolio::ItemInput proposal;
  proposal.stage = portfolio::Stage::kProposed;
  proposal.name = "Results in the electronic patient record";
  proposal.description = "Moving pathology and radiology results out of the ageing viewer";
  proposal.programme_id = programme_ids.front();
  proposal.priority_keys = {current.priorities.front().key};
  proposal.cost_by_year = {{2027, 350'000}, {2028, 120'000}};
  portfolio.Add(secretary, ods, proposal);

  // Three benefits with two years of monthly actuals.
  auto& benefits = scope.Get<portfolio::Benefits>();
  struct DemoBenefit {
    std::size_t programme;
    const char* title;
    const char* owner;
    const char* measure;
    const char* unit;
    services::Improvement improvement;
    double baseline, target, step, wobble;
  };
  const std::array<DemoBenefit, 3> kBenefits{{
      {0, "Fewer repeat blood tests", "Sarah Lindqvist", "Repeat tests within 24 hours", "tests",
       services::Improvement::kDown, 2100, 1200, -28, 90},
      {3, "More appointments without a journey", "James Achebe",
       "Share of outpatient appointments by video or phone", "%", services::Improvement::kUp, 9, 25,
       0.45, 1.4},
      {2, "Bed days saved by virtual wards", "Tom Whitfield", "Bed days saved a month", "days",
       services::Improvement::kUp, 150, 600, 14, 35},
  }};
  const auto actual_months = portfolio::MonthsUpTo(this_month, 24);
  for (const DemoBenefit& d : kBenefits) {
    portfolio::BenefitInput in;
    in.title = d.title;
    in.owner_member_id = member(d.owner);
    in.measure = d.measure;
    in.unit = d.unit;
    in.improvement = d.improvement;
    in.baseline = d.baseline;
    in.baseline_on = actual_months.front() + "-01";
    in.target = d.target;
    in.target_on = "2028-03-31";
    const Id id = benefits.Add(secretary, ods, programme_ids.at(d.programme), in).id;
    std::vector<services::SpcPoint> actuals;
    for (std::size_t m = 0; m < actual_months.size(); ++m) {
      const double x = static_cast<double>(m);
      // A steady trend with a deterministic wobble, so the chart shows both.
      const double value = d.baseline + d.step * x + d.wobble * std::sin(x * 1.7);
      // A count is whole; a share or a length of time keeps a decimal.
      const double places = services::IsCount(d.unit) ? 1 : 10;
      actuals.push_back({actual_months.at(m) + "-01", std::round(value * places) / places});
    }
    benefits.RecordActuals(secretary, ods, id, actuals);
  }
}

}  // namespace boardlens::demo
