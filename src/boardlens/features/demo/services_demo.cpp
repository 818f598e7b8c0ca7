// The demo trust's digital services: a register of twelve with two and a half years of monthly
// measures, shaped so that every Making Data Count icon and every switch-off reason shows.

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <random>

#include <fmt/format.h>

#include "boardlens/base/clock.hpp"
#include "boardlens/features/demo/demo_parts.hpp"
#include "boardlens/features/orgs/board.hpp"
#include "boardlens/features/services/service_register.hpp"

namespace boardlens::demo {
namespace {

using services::Audience;
using services::Improvement;
using services::MeasureKind;
using services::Stage;

constexpr int kMonths = 30;

struct DemoService {
  const char* name;
  const char* purpose;
  const char* owner;
  const char* users;
  std::int64_t approx_users;
  Stage stage;
  const char* supplier;
  int contract_months;  ///< from today; 0 for no contract
  std::int64_t capital, revenue, whole_life;
  Audience audience;
};

// Fictional services and suppliers.
constexpr std::array<DemoService, 12> kServices{{
    {"Electronic patient record", "The clinical record every ward and clinic works from",
     "Omar Siddiqui", "Clinical and administrative staff", 6800, Stage::kLive,
     "Meridian Health Systems", 58, 14'000'000, 2'900'000, 38'500'000, Audience::kStaff},
    {"Patient portal", "Patients see letters and results, and book and change appointments",
     "James Achebe", "Patients and carers", 64000, Stage::kLive, "Openway Digital", 30, 900'000,
     420'000, 3'100'000, Audience::kPatients},
    {"Virtual ward remote monitoring", "Patients at home send readings that nurses watch",
     "Tom Whitfield", "Virtual ward nurses and their patients", 1400, Stage::kLive,
     "CareSignal Ltd", 16, 350'000, 610'000, 2'800'000, Audience::kBoth},
    {"Pathology results viewer", "The old way to look up a test result, before the record had them",
     "Sarah Lindqvist", "Doctors and nurses", 900, Stage::kRetiring, "Labtrack Solutions", 7, 0,
     380'000, 1'900'000, Audience::kStaff},
    {"Outpatient video consultations", "Appointments by video instead of a trip to hospital",
     "James Achebe", "Outpatients and their clinicians", 21000, Stage::kLive, "ClearCall Health",
     22, 60'000, 140'000, 700'000, Audience::kBoth},
    {"Single sign-on", "One sign-in for every clinical system, with a smartcard or a tap",
     "Omar Siddiqui", "All staff", 8200, Stage::kLive, "Keystone Identity", 40, 500'000, 230'000,
     1'650'000, Audience::kStaff},
    {"Electronic prescribing and medicines administration",
     "Prescribing, and recording each dose given, on the ward", "Sarah Lindqvist",
     "Prescribers, pharmacists and nurses", 3900, Stage::kLive, "Meridian Health Systems", 58,
     2'200'000, 540'000, 6'400'000, Audience::kStaff},
    {"E-rostering", "Staff rotas and leave, planned and swapped online", "Ruth Penrose",
     "All staff and their managers", 7600, Stage::kLive, "Rotaplan", 9, 150'000, 190'000, 1'100'000,
     Audience::kStaff},
    {"Digital dictation", "Clinic letters dictated and typed without tapes", "James Achebe",
     "Consultants and medical secretaries", 650, Stage::kLive, "Voxscribe", 5, 40'000, 95'000,
     520'000, Audience::kStaff},
    {"Bed management", "Where every bed is, who is in it and who is waiting", "James Achebe",
     "Site managers, wards and the discharge team", 1200, Stage::kLive, "Flowboard", 26, 180'000,
     120'000, 820'000, Audience::kStaff},
    {"Staff intranet", "News, policies and the staff directory", "Ruth Penrose", "All staff", 8200,
     Stage::kLive, "", 0, 30'000, 25'000, 160'000, Audience::kStaff},
    {"Shared care record viewer", "What the GP and social care know about a patient, in one view",
     "Omar Siddiqui", "Clinicians across the system", 0, Stage::kBeta, "Northfield ICB", 0, 0,
     45'000, 180'000, Audience::kStaff},
}};

/// A monthly series: `shape(month)` plus noise of `sd`, clamped to [low, high].
struct Shape {
  std::function<double(int month)> level;
  double sd;
  double low = 0;
  double high = 1e12;
  int decimals = 0;
  int first_month = 0;  ///< a service that started later has no values before
};

std::vector<services::SpcPoint> Series(std::mt19937& rng, const std::vector<std::string>& months,
                                       const Shape& shape) {
  std::normal_distribution<double> noise(0.0, shape.sd);
  const double scale = std::pow(10.0, shape.decimals);
  std::vector<services::SpcPoint> out;
  for (int m = shape.first_month; m < static_cast<int>(months.size()); ++m) {
    const double v = std::clamp(shape.level(m) + noise(rng), shape.low, shape.high);
    out.push_back({months.at(static_cast<std::size_t>(m)), std::round(v * scale) / scale});
  }
  return out;
}

/// The first of each of the `count` months before today's.
std::vector<std::string> MonthsBefore(const std::string& today, int count) {
  int year = std::stoi(today.substr(0, 4));
  int month = std::stoi(today.substr(5, 2));
  std::vector<std::string> out(static_cast<std::size_t>(count));
  for (int i = count - 1; i >= 0; --i) {
    if (--month == 0) {
      month = 12;
      --year;
    }
    out.at(static_cast<std::size_t>(i)) = fmt::format("{:04}-{:02}-01", year, month);
  }
  return out;
}

}  // namespace

std::string DateMonthsAfter(const std::string& today, int months, int day) {
  const int total = std::stoi(today.substr(0, 4)) * 12 + std::stoi(today.substr(5, 2)) - 1 + months;
  return fmt::format("{:04}-{:02}-{:02}", total / 12, total % 12 + 1, day);
}

void AddDemoServices(Scope& scope, const std::string& ods) {
  const Caller op = Caller::Operator();
  auto& reg = scope.Get<services::ServiceRegister>();
  const std::string today = reg.Today();
  const auto members = scope.Get<orgs::Board>().ListMembers(op, ods);
  const auto member = [&](const char* name) {
    return std::find_if(members.begin(), members.end(),
                        [&](const orgs::Member& m) { return m.name == name; })
        ->id;
  };
  std::map<std::string, Id> ids;
  for (const DemoService& d : kServices) {
    services::ServiceInput in;
    in.name = d.name;
    in.purpose = d.purpose;
    in.owner_member_id = member(d.owner);
    in.user_groups = d.users;
    in.audience = d.audience;
    if (d.approx_users > 0) in.approx_users = d.approx_users;
    in.stage = d.stage;
    in.supplier = d.supplier;
    if (d.contract_months > 0) in.contract_ends_on = DateMonthsAfter(today, d.contract_months);
    if (d.capital > 0) in.capital_cost = d.capital;
    in.annual_revenue_cost = d.revenue;
    in.whole_life_cost = d.whole_life;
    ids[d.name] = reg.Add(op, ods, in).id;
  }

  std::mt19937 rng(20261127);
  const std::vector<std::string> months = MonthsBefore(today, kMonths);
  const auto add = [&](const char* service, const char* name, MeasureKind kind, const char* unit,
                       Improvement improvement, std::optional<double> target, const Shape& shape,
                       std::vector<std::string> rebase = {}) {
    services::MeasureInput m;
    m.name = name;
    m.kind = kind;
    m.unit = unit;
    m.improvement = improvement;
    m.target = target;
    m.rebase = std::move(rebase);
    const Id id = reg.AddMeasure(op, ods, ids.at(service), m).id;
    reg.RecordValues(op, ods, id, Series(rng, months, shape));
  };
  const auto flat = [](double level) { return [level](int) { return level; }; };
  const auto availability = [&](const char* service, double level, double sd, double target) {
    add(service, "Availability", MeasureKind::kAvailability, "%", Improvement::kUp, target,
        {flat(level), sd, 90, 100, 2});
  };
  const auto active = [&](const char* service, const std::function<double(int)>& level, double sd,
                          std::vector<std::string> rebase = {}) {
    add(service, "Active users each month", MeasureKind::kActiveUsers, "users", Improvement::kUp,
        std::nullopt, {level, sd, 0}, std::move(rebase));
  };

  // Reliable enough that the target is met every month: consistent pass.
  availability("Electronic patient record", 99.9, 0.03, 99.5);
  active("Electronic patient record", flat(6400), 90);
  // Never reaches its target: consistent fail.
  availability("Virtual ward remote monitoring", 97.9, 0.25, 99.5);
  active(
      "Virtual ward remote monitoring", [](int m) { return 700 + 18.0 * m; }, 40);
  // Falling out of use as the record takes over: special-cause concern, and costly per user.
  availability("Pathology results viewer", 99.2, 0.2, 99.0);
  active(
      "Pathology results viewer", [](int m) { return m < 18 ? 820.0 : 820.0 - 45.0 * (m - 17); },
      30);
  // Relaunched after a redesign: its limits are rebased from the relaunch, and it is improving.
  const std::string relaunch = months.at(12);
  active("Patient portal",
         [](int m) { return m < 12   ? 11000.0
                            : m < 24 ? 19500.0
                                     : 19500.0 + 900.0 * (m - 23); },
         500, {relaunch});
  availability("Patient portal", 99.6, 0.15, 99.5);
  add("Patient portal", "Satisfaction", MeasureKind::kSatisfaction, "%", Improvement::kUp, 80.0,
      {flat(81), 2.0, 0, 100, 0});
  // Liked less and less: special-cause concern in satisfaction.
  add("Outpatient video consultations", "Satisfaction", MeasureKind::kSatisfaction, "%",
      Improvement::kUp, 85.0, {[](int m) { return m < 21 ? 86.0 : 79.0; }, 1.5, 0, 100, 0});
  active("Outpatient video consultations", flat(2300), 120);
  // Fewer is better; one bad month stands out.
  add("Single sign-on", "Incidents", MeasureKind::kIncidents, "incidents", Improvement::kDown,
      std::nullopt, {[](int m) { return m == 25 ? 19.0 : 6.0; }, 1.5, 0});
  availability("Single sign-on", 99.85, 0.05, 99.9);
  active("Electronic prescribing and medicines administration", flat(3700), 60);
  availability("E-rostering", 99.5, 0.2, 99.5);
  active("E-rostering", flat(6900), 150);
  active("Digital dictation", flat(610), 20);
  active("Bed management", flat(1100), 40);
  // Only five months of data: the chart is drawn with provisional limits.
  add("Shared care record viewer", "Active users each month", MeasureKind::kActiveUsers, "users",
      Improvement::kUp, std::nullopt,
      {[](int m) { return 40.0 + 25.0 * (m - kMonths + 5); }, 8, 0, 1e12, 0, kMonths - 5});
}

}  // namespace boardlens::demo
