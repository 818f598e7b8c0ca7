#include "boardlens/features/services/service.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "boardlens/base/error.hpp"
#include "boardlens/base/names.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/features/services/series_csv.hpp"

namespace boardlens::services {
namespace {

constexpr NameTable<Stage, 6> kStages{{{Stage::kDiscovery, "discovery"},
                                       {Stage::kAlpha, "alpha"},
                                       {Stage::kBeta, "beta"},
                                       {Stage::kLive, "live"},
                                       {Stage::kRetiring, "retiring"},
                                       {Stage::kRetired, "retired"}}};
constexpr NameTable<Stage, 6> kStageLabels{{{Stage::kDiscovery, "Discovery"},
                                            {Stage::kAlpha, "Alpha"},
                                            {Stage::kBeta, "Beta"},
                                            {Stage::kLive, "Live"},
                                            {Stage::kRetiring, "Retiring"},
                                            {Stage::kRetired, "Retired"}}};
constexpr NameTable<Audience, 3> kAudienceNames{
    {{Audience::kStaff, "staff"}, {Audience::kPatients, "patients"}, {Audience::kBoth, "both"}}};
constexpr NameTable<Audience, 3> kAudienceLabels{
    {{Audience::kStaff, "Staff"},
     {Audience::kPatients, "Patients, carers and the public"},
     {Audience::kBoth, "Both staff and patients"}}};
constexpr NameTable<MeasureKind, 5> kKinds{{{MeasureKind::kAvailability, "availability"},
                                            {MeasureKind::kActiveUsers, "active_users"},
                                            {MeasureKind::kSatisfaction, "satisfaction"},
                                            {MeasureKind::kIncidents, "incidents"},
                                            {MeasureKind::kOther, "other"}}};
constexpr NameTable<Order, 5> kOrderNames{{{Order::kName, "name"},
                                           {Order::kContractEnd, "contract"},
                                           {Order::kWholeLifeCost, "whole_life"},
                                           {Order::kRevenueCost, "revenue"},
                                           {Order::kUsers, "users"}}};
constexpr NameTable<Order, 5> kOrderLabels{
    {{Order::kName, "Name"},
     {Order::kContractEnd, "Contract end, soonest first"},
     {Order::kWholeLifeCost, "Whole-life cost, highest first"},
     {Order::kRevenueCost, "Annual revenue cost, highest first"},
     {Order::kUsers, "Users, most first"}}};
constexpr NameTable<Frequency, 2> kFrequencies{
    {{Frequency::kMonthly, "monthly"}, {Frequency::kWeekly, "weekly"}}};

/// The date `months` after `date` (YYYY-MM-DD), the day kept (a 29 February becomes 28).
std::string MonthsAfter(const std::string& date, int months) {
  int year = std::stoi(date.substr(0, 4));
  int month = std::stoi(date.substr(5, 2)) + months;
  year += (month - 1) / 12;
  month = (month - 1) % 12 + 1;
  std::string day = date.substr(8, 2);
  if (month == 2 && day > "28") day = "28";
  if (day == "31" && (month == 4 || month == 6 || month == 9 || month == 11)) day = "30";
  char out[11];
  std::snprintf(out, sizeof out, "%04d-%02d-%s", year, month, day.c_str());
  return out;
}

}  // namespace

std::string_view ToString(Stage stage) { return NameOf(kStages, stage); }
std::optional<Stage> ParseStage(std::string_view text) { return FromWords(kStages, Trim(text)); }
std::vector<std::string_view> StageNames() { return Names(kStages); }
std::vector<std::string_view> AudienceNames() { return Names(kAudienceNames); }
std::vector<std::string_view> MeasureKindNames() { return Names(kKinds); }
std::vector<std::string_view> FrequencyNames() { return Names(kFrequencies); }
std::string_view StageLabel(Stage stage) { return NameOf(kStageLabels, stage); }
std::string_view ToString(Audience audience) { return NameOf(kAudienceNames, audience); }
std::optional<Audience> ParseAudience(std::string_view text) {
  return FromWords(kAudienceNames, Trim(text));
}
std::string_view AudienceLabel(Audience audience) { return NameOf(kAudienceLabels, audience); }
bool UsedBy(Audience audience, bool staff) {
  return audience == Audience::kBoth || (audience == Audience::kStaff) == staff;
}
std::string_view ToString(MeasureKind kind) { return NameOf(kKinds, kind); }
std::optional<MeasureKind> ParseMeasureKind(std::string_view text) {
  return FromName(kKinds, text);
}
std::string_view ToString(Frequency frequency) { return NameOf(kFrequencies, frequency); }
std::optional<Frequency> ParseFrequency(std::string_view text) {
  return FromName(kFrequencies, text);
}

namespace {
/// Units whose values may fall between whole numbers; any other names what is counted.
constexpr std::array<std::string_view, 36> kMeasuredUnits{
    "%",   "£",       "£k",     "£m",     "pounds", "percent", "hours",  "hour", "hrs",
    "hr",  "minutes", "minute", "mins",   "min",    "seconds", "secs",   "ms",   "days",
    "day", "weeks",   "week",   "months", "years",  "score",   "points", "rate", "ratio",
    "kg",  "km",      "miles",  "mb",     "gb",     "tb",      "fte",    "wte",  "mbps"};
}  // namespace

bool IsCount(std::string_view unit) {
  const std::string lower = AsciiLower(Trim(unit));
  return !lower.empty() &&
         std::find(kMeasuredUnits.begin(), kMeasuredUnits.end(), lower) == kMeasuredUnits.end();
}

void CheckService(ServiceInput& in) {
  Problems problems;
  problems.Check([&] { in.name = RequireText(in.name, "name"); });
  problems.Check([&] { in.purpose = OptionalText(in.purpose, "purpose", kMaxServiceTextLength); });
  if (!in.owner_member_id) {
    problems.Add("choose the director on the board who owns the service", "owner");
  }
  problems.Check([&] {
    in.user_groups =
        OptionalText(in.user_groups, "user_groups", kMaxServiceTextLength, Lines::kOne);
  });
  problems.Check(
      [&] { in.supplier = OptionalText(in.supplier, "supplier", kMaxTitleLength, Lines::kOne); });
  if (!in.contract_ends_on.empty() && !IsValidDate(in.contract_ends_on)) {
    problems.Add("\"" + in.contract_ends_on + "\" is not a date written YYYY-MM-DD",
                 "contract_ends_on");
  }
  // Every way in (form, CSV, API) meets the same bounds here.
  const auto keeps = [&](const std::optional<std::int64_t>& v, const NumberRule& rule,
                         const char* field) {
    if (!v) return;
    if (auto problem = NumberProblem(static_cast<double>(*v), rule)) problems.Add(*problem, field);
  };
  keeps(in.approx_users, kUsersRule, "approx_users");
  keeps(in.capital_cost, kCapitalCostRule, "capital_cost");
  keeps(in.annual_revenue_cost, kRevenueCostRule, "annual_revenue_cost");
  keeps(in.whole_life_cost, kWholeLifeCostRule, "whole_life_cost");
  problems.ThrowIfAny();
}

void CheckMeasure(MeasureInput& in) {
  Problems problems;
  problems.Check([&] { in.name = RequireText(in.name, "name"); });
  problems.Check([&] { in.unit = OptionalText(in.unit, "unit", 40, Lines::kOne); });
  if (in.target) {
    if (auto problem = NumberProblem(*in.target, kTargetRule)) problems.Add(*problem, "target");
  }
  if (in.fix_after) {
    if (auto problem = NumberProblem(static_cast<double>(*in.fix_after), kFixAfterRule)) {
      problems.Add(*problem, "fix_after");
    }
  }
  for (const std::string& date : in.rebase) {
    if (!IsValidDate(date)) {
      problems.Add("\"" + date + "\" is not a date written YYYY-MM-DD", "rebase");
    }
  }
  std::sort(in.rebase.begin(), in.rebase.end());
  in.rebase.erase(std::unique(in.rebase.begin(), in.rebase.end()), in.rebase.end());
  problems.ThrowIfAny();
}

bool ContractEndingSoon(const ServiceInput& service, const std::string& today) {
  if (service.contract_ends_on.empty() || service.stage == Stage::kRetired) return false;
  return service.contract_ends_on <= MonthsAfter(today, kContractWarningMonths);
}

SpcOptions OptionsOf(const MeasureInput& measure) {
  SpcOptions options;
  options.improvement = measure.improvement;
  options.target = measure.target;
  options.rebase = measure.rebase;
  if (measure.fix_after) options.fix_after = static_cast<std::size_t>(*measure.fix_after);
  options.screen = measure.screen;
  options.frequency = measure.frequency;
  return options;
}

std::string_view ToString(Order order) { return NameOf(kOrderNames, order); }
std::optional<Order> ParseOrder(std::string_view text) { return FromName(kOrderNames, text); }
std::string_view OrderLabel(Order order) { return NameOf(kOrderLabels, order); }

Filter ParseFilter(std::string_view stage, std::string_view owner, std::string_view ending,
                   std::string_view concern, std::string_view order) {
  Filter filter;
  Problems problems;
  if (!stage.empty()) {
    filter.stage = FromName(kStages, stage);
    if (!filter.stage) problems.Add("stage must be " + NamesList(kStages), "stage");
  }
  if (!owner.empty()) {
    filter.owner_member_id = ParseId(owner);
    if (!filter.owner_member_id) problems.Add("owner must be a board member's id", "owner");
  }
  const auto flag = [&](std::string_view word, const char* name, bool& into) {
    if (!word.empty() && word != "yes" && word != "no") {
      problems.Add(std::string(name) + " must be yes or no", name);
    }
    into = word == "yes";
  };
  flag(ending, "ending", filter.contract_ending);
  flag(concern, "concern", filter.concern);
  if (!order.empty()) {
    const auto parsed = ParseOrder(order);
    if (!parsed) problems.Add("sort must be " + NamesList(kOrderNames), "sort");
    filter.order = parsed.value_or(Order::kName);
  }
  problems.ThrowIfAny();
  return filter;
}

bool Matches(const Service& service, const Filter& filter, const std::string& today,
             bool shows_concern) {
  return (!filter.stage || service.what.stage == *filter.stage) &&
         (!filter.owner_member_id || service.what.owner_member_id == filter.owner_member_id) &&
         (!filter.contract_ending || ContractEndingSoon(service.what, today)) &&
         (!filter.concern || shows_concern);
}

void SortInto(std::vector<Service>& services, Order order) {
  const auto by = [&](auto key, bool descending) {
    std::stable_sort(services.begin(), services.end(), [&](const Service& a, const Service& b) {
      const auto ka = key(a);
      const auto kb = key(b);
      if (ka.has_value() != kb.has_value()) return ka.has_value();
      return ka.has_value() && (descending ? *ka > *kb : *ka < *kb);
    });
  };
  switch (order) {
    case Order::kContractEnd:
      return by(
          [](const Service& s) {
            return s.what.contract_ends_on.empty()
                       ? std::nullopt
                       : std::optional<std::string>(s.what.contract_ends_on);
          },
          false);
    case Order::kWholeLifeCost:
      return by([](const Service& s) { return s.what.whole_life_cost; }, true);
    case Order::kRevenueCost:
      return by([](const Service& s) { return s.what.annual_revenue_cost; }, true);
    case Order::kUsers:
      return by([](const Service& s) { return s.what.approx_users; }, true);
    case Order::kName:
      break;
  }
}

}  // namespace boardlens::services
