#include "boardlens/features/portfolio/item.hpp"

#include <fmt/format.h>

#include <set>

#include "boardlens/base/error.hpp"
#include "boardlens/base/names.hpp"
#include "boardlens/base/text.hpp"

namespace boardlens::portfolio {
namespace {

constexpr NameTable<Kind, 2> kKinds{{{Kind::kProgramme, "programme"}, {Kind::kProject, "project"}}};
constexpr NameTable<Stage, 2> kStages{
    {{Stage::kProposed, "proposed"}, {Stage::kInDelivery, "in_delivery"}}};
constexpr NameTable<Stage, 2> kStageLabels{
    {{Stage::kProposed, "Proposed"}, {Stage::kInDelivery, "In delivery"}}};
constexpr NameTable<Confidence, 5> kConfidenceNames{{{Confidence::kGreen, "green"},
                                                     {Confidence::kAmberGreen, "amber_green"},
                                                     {Confidence::kAmber, "amber"},
                                                     {Confidence::kAmberRed, "amber_red"},
                                                     {Confidence::kRed, "red"}}};
constexpr NameTable<Confidence, 5> kConfidenceLabels{{{Confidence::kGreen, "Green"},
                                                      {Confidence::kAmberGreen, "Amber/green"},
                                                      {Confidence::kAmber, "Amber"},
                                                      {Confidence::kAmberRed, "Amber/red"},
                                                      {Confidence::kRed, "Red"}}};
// The design system has no amber/green or amber/red tag: they take its nearest colours, and
// every cell says its rating in words too.
constexpr NameTable<Confidence, 5> kColours{{{Confidence::kGreen, "green"},
                                             {Confidence::kAmberGreen, "aqua-green"},
                                             {Confidence::kAmber, "yellow"},
                                             {Confidence::kAmberRed, "orange"},
                                             {Confidence::kRed, "red"}}};
constexpr NameTable<Source, 3> kSourceNames{
    {{Source::kCapital, "capital"}, {Source::kRevenue, "revenue"}, {Source::kOneOff, "one_off"}}};
constexpr NameTable<Source, 3> kSourceLabels{{{Source::kCapital, "Capital"},
                                              {Source::kRevenue, "Revenue"},
                                              {Source::kOneOff, "One-off national funds"}}};

bool IsMonth(std::string_view m) { return m.size() == 7 && IsValidDate(std::string(m) + "-01"); }

}  // namespace

std::string_view ToString(Kind kind) { return NameOf(kKinds, kind); }
std::optional<Kind> ParseKind(std::string_view text) { return FromName(kKinds, text); }
std::string_view ToString(Stage stage) { return NameOf(kStages, stage); }
std::optional<Stage> ParseStage(std::string_view text) { return FromName(kStages, text); }
std::string_view Label(Stage stage) { return NameOf(kStageLabels, stage); }
std::string_view ToString(Confidence c) { return NameOf(kConfidenceNames, c); }
std::optional<Confidence> ParseConfidence(std::string_view text) {
  return FromName(kConfidenceNames, text);
}
std::string_view Label(Confidence c) { return NameOf(kConfidenceLabels, c); }
std::string_view Colour(Confidence c) { return NameOf(kColours, c); }
std::string_view ToString(Source s) { return NameOf(kSourceNames, s); }
std::optional<Source> ParseSource(std::string_view text) { return FromName(kSourceNames, text); }
std::vector<std::string_view> KindNames() { return Names(kKinds); }
std::vector<std::string_view> StageNames() { return Names(kStages); }
std::vector<std::string_view> ConfidenceNames() { return Names(kConfidenceNames); }
std::string_view Label(Source s) { return NameOf(kSourceLabels, s); }

void CheckItem(ItemInput& in) {
  Problems problems;
  const std::string name(Trim(in.name));
  if (name.empty()) {
    problems.Add("Enter the name", "name");
  } else {
    problems.Check([&] { in.name = RequireText(name, "name", kMaxNameLength); });
  }
  problems.Check(
      [&] { in.description = OptionalText(in.description, "description", kMaxTextLength); });
  if (in.kind == Kind::kProgramme && in.programme_id) {
    problems.Add("A programme cannot sit in another programme", "programme");
  }
  std::set<Id> keys;
  for (std::size_t i = 0; i < in.priority_keys.size(); ++i) {
    if (!keys.insert(in.priority_keys[i]).second) {
      problems.Add("names a priority given already", "priorities[" + std::to_string(i) + "]");
    }
  }
  for (const auto& [source, amount] : in.funding) {
    if (auto problem = NumberProblem(static_cast<double>(amount), kPoundsRule)) {
      problems.Add(*problem, "funding." + std::string(ToString(source)));
    }
  }
  for (const auto& [year, amount] : in.cost_by_year) {
    const std::string at = "costs." + std::to_string(year);
    if (year < kEarliestYear || year > kLatestYear) {
      problems.Add("Enter a year from 2000 to 2100", at);
    } else if (auto problem = NumberProblem(static_cast<double>(amount), kPoundsRule)) {
      problems.Add(*problem, at);
    }
  }
  problems.ThrowIfAny();
}

void CheckRating(Rating& r, const std::string& this_month) {
  Problems problems;
  r.month = std::string(Trim(r.month));
  if (!IsMonth(r.month)) {
    problems.Add("Enter the month as YYYY-MM, for example 2026-11", "month");
  } else if (r.month > this_month) {
    problems.Add("The month cannot be after this month", "month");
  }
  if (Trim(r.narrative).empty()) {
    problems.Add("Enter what lies behind the rating", "narrative");
  } else {
    problems.Check([&] { r.narrative = OptionalText(r.narrative, "narrative", kMaxTextLength); });
  }
  problems.ThrowIfAny();
}

void RequireInDelivery(const ItemInput& item) {
  if (item.stage == Stage::kProposed) {
    throw Conflict("a proposal has no delivery confidence: record that the board approved it first",
                   "stage");
  }
}

bool CapitalWithoutRevenue(const ItemInput& item) {
  const auto amount = [&](Source s) {
    const auto it = item.funding.find(s);
    return it == item.funding.end() ? std::int64_t{0} : it->second;
  };
  return (amount(Source::kCapital) > 0 || amount(Source::kOneOff) > 0) &&
         amount(Source::kRevenue) == 0;
}

std::int64_t WholeLifeCost(const ItemInput& item) {
  std::int64_t sum = 0;
  for (const auto& [year, amount] : item.cost_by_year) sum += amount;
  return sum;
}

std::vector<std::string> MonthsUpTo(const std::string& last, int count) {
  const int end = std::stoi(last.substr(0, 4)) * 12 + std::stoi(last.substr(5, 2)) - 1;
  std::vector<std::string> out;
  for (int m = end - count + 1; m <= end; ++m) {
    out.push_back(fmt::format("{:04d}-{:02d}", m / 12, m % 12 + 1));
  }
  return out;
}

}  // namespace boardlens::portfolio
