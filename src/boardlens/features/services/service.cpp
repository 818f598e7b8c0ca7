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
constexpr NameTable<MeasureKind, 5> kKinds{{{MeasureKind::kAvailability, "availability"},
                                            {MeasureKind::kActiveUsers, "active_users"},
                                            {MeasureKind::kSatisfaction, "satisfaction"},
                                            {MeasureKind::kIncidents, "incidents"},
                                            {MeasureKind::kOther, "other"}}};
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
std::optional<Stage> ParseStage(std::string_view text) { return FromName(kStages, text); }
std::string_view StageLabel(Stage stage) { return NameOf(kStageLabels, stage); }
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
constexpr std::array<std::string_view, 20> kMeasuredUnits{
    "%",     "£",     "pounds", "percent", "hours", "hour",  "minutes", "minute", "seconds", "days",
    "weeks", "years", "score",  "points",  "rate",  "ratio", "kg",      "km",     "miles",   "mb"};
}  // namespace

bool IsCount(std::string_view unit) {
  const std::string lower = AsciiLower(Trim(unit));
  return !lower.empty() &&
         std::find(kMeasuredUnits.begin(), kMeasuredUnits.end(), lower) == kMeasuredUnits.end();
}

std::optional<std::int64_t> ParseWholeNumber(std::string_view text, std::string_view field) {
  text = Trim(text);
  if (text.empty()) return std::nullopt;
  const std::string where(field);
  if (text.starts_with("£")) text.remove_prefix(std::string_view("£").size());
  std::string digits;
  for (const char c : text) {
    if (c == ',') continue;
    if (c < '0' || c > '9') {
      throw Invalid("\"" + std::string(text) + "\" is not a whole number; write it like 12,500",
                    where);
    }
    digits += c;
  }
  std::int64_t value = 0;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (digits.empty() || ec != std::errc() || value > kMaxWholeNumber) {
    throw Invalid("\"" + std::string(text) + "\" is not a whole number we can store", where);
  }
  return value;
}

std::optional<double> OptionalDecimal(std::string_view text, std::string_view field) {
  text = Trim(text);
  if (text.empty()) return std::nullopt;
  const auto value = ParseDecimal(text);
  if (!value) {
    throw Invalid("\"" + std::string(text) + "\" is not a number; write it like 99.5",
                  std::string(field));
  }
  return value;
}

void CheckService(ServiceInput& in) {
  Problems problems;
  problems.Check([&] { in.name = RequireText(in.name, "name"); });
  problems.Check([&] { in.purpose = OptionalText(in.purpose, "purpose", kMaxServiceTextLength); });
  if (!in.owner_member_id) {
    problems.Add("choose the director on the board who owns the service", "owner");
  }
  problems.Check(
      [&] { in.user_groups = OptionalText(in.user_groups, "user_groups", kMaxServiceTextLength); });
  problems.Check([&] { in.supplier = OptionalText(in.supplier, "supplier", 200); });
  if (!in.contract_ends_on.empty() && !IsValidDate(in.contract_ends_on)) {
    problems.Add("\"" + in.contract_ends_on + "\" is not a date written YYYY-MM-DD",
                 "contract_ends_on");
  }
  // Every way in (form, CSV, API) meets the same bounds here.
  const auto not_negative = [&](const std::optional<std::int64_t>& v, const char* field) {
    if (v && *v < 0) problems.Add("must be zero or more", field);
    if (v && *v > kMaxWholeNumber) problems.Add("is larger than any we can believe", field);
  };
  not_negative(in.approx_users, "approx_users");
  not_negative(in.capital_cost, "capital_cost");
  not_negative(in.annual_revenue_cost, "annual_revenue_cost");
  not_negative(in.whole_life_cost, "whole_life_cost");
  problems.ThrowIfAny();
}

void CheckMeasure(MeasureInput& in) {
  Problems problems;
  problems.Check([&] { in.name = RequireText(in.name, "name"); });
  problems.Check([&] { in.unit = OptionalText(in.unit, "unit", 40); });
  if (in.target && !(std::fabs(*in.target) <= kMaxSeriesValue)) {
    problems.Add("must be a number no further than 10^15 from zero", "target");
  }
  if (in.fix_after && *in.fix_after < 2) {
    problems.Add("limits need at least 2 points to be fixed from", "fix_after");
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

std::string WithThousands(std::int64_t number) {
  std::string digits = std::to_string(number);
  const std::size_t first = digits.starts_with('-') ? 1 : 0;
  for (std::size_t i = digits.size(); i > first + 3; i -= 3) digits.insert(i - 3, ",");
  return digits;
}

std::string PoundsText(std::int64_t pounds) { return "£" + WithThousands(pounds); }

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

}  // namespace boardlens::services
