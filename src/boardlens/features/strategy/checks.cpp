#include "boardlens/features/strategy/checks.hpp"

#include <fmt/format.h>

#include "boardlens/base/clock.hpp"
#include "boardlens/base/names.hpp"

namespace boardlens::strategy {
namespace {

// The guidance each check comes from, by title (see /work/shared/seeds/README.md).
constexpr std::string_view kStrategyGuidance = "Creating an effective digital strategy";
constexpr std::string_view kTeamsGuidance = "Building and enabling digital teams";

constexpr NameTable<Check, 8> kChecks{{{Check::kHorizonTooLong, "horizon-too-long"},
                                       {Check::kNoNotDoingList, "no-not-doing-list"},
                                       {Check::kTooManyTopPriorities, "too-many-top-priorities"},
                                       {Check::kOutcomeNotMeasurable, "outcome-not-measurable"},
                                       {Check::kProjectWithoutPriority, "project-without-priority"},
                                       {Check::kNotReviewed, "not-reviewed"},
                                       {Check::kNoSystemLink, "no-system-link"},
                                       {Check::kCapitalWithoutRevenue, "capital-without-revenue"}}};

/// "a", "a and b", "a, b and c".
std::string JoinedWithAnd(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " and " : ", ";
    out += names[i];
  }
  return out;
}

/// The date `months` before `date` (YYYY-MM-DD); the day is kept, so a review on that day
/// is still within the period.
std::string MonthsBefore(const std::string& date, int months) {
  const int total = std::stoi(date.substr(0, 4)) * 12 + std::stoi(date.substr(5, 2)) - 1 - months;
  return fmt::format("{:04d}-{:02d}-{}", total / 12, total % 12 + 1, date.substr(8, 2));
}

}  // namespace

std::string_view ToString(Check check) { return NameOf(kChecks, check); }
std::vector<std::string_view> CheckNames() { return Names(kChecks); }

std::vector<Finding> RunChecks(const StrategyInput& s, const PortfolioFacts& portfolio,
                               const std::string& today) {
  std::vector<Finding> out;
  const int years = s.horizon_end - s.horizon_start;
  if (years > kMaxHorizonYears) {
    out.push_back(
        {Check::kHorizonTooLong,
         "The horizon runs " + std::to_string(years) + " years, from " + HorizonText(s) + ".",
         "Bring the horizon to five years or fewer, so that the strategy can keep up "
         "with how fast technology moves, and review it often.",
         kStrategyGuidance});
  }
  if (s.not_doing.empty()) {
    out.push_back({Check::kNoNotDoingList, "The strategy does not say what it will not do.",
                   "Add what the organisation has chosen not to do, each with its reason: a "
                   "focused strategy says no as clearly as yes.",
                   kStrategyGuidance});
  }
  if (const std::size_t top = TopCount(s); top > kMaxTopPriorities) {
    out.push_back({Check::kTooManyTopPriorities,
                   std::to_string(top) + " priorities are marked top.",
                   "Mark no more than three priorities as top, so that everyone knows what "
                   "comes first.",
                   kStrategyGuidance});
  }
  std::vector<std::string> vague;
  for (const Outcome& o : s.outcomes) {
    if (o.baseline.empty() || o.target.empty() || o.due_on.empty()) vague.push_back(o.title);
  }
  if (!vague.empty()) {
    out.push_back({Check::kOutcomeNotMeasurable,
                   "Without a baseline, a target or a date: " + JoinedWithAnd(vague) + ".",
                   "Give each outcome where it starts, where it should get to and by when, so "
                   "that the board can tell whether the strategy is working.",
                   kStrategyGuidance});
  }
  if (!portfolio.projects_without_priority.empty()) {
    out.push_back(
        {Check::kProjectWithoutPriority,
         "Linked to no priority: " + JoinedWithAnd(portfolio.projects_without_priority) + ".",
         "Link each project to the priorities it serves, or stop it: work that serves "
         "no priority dilutes the strategy.",
         kStrategyGuidance});
  }
  if (s.reviewed_on.empty() || s.reviewed_on < MonthsBefore(today, kReviewMonths)) {
    out.push_back({Check::kNotReviewed,
                   s.reviewed_on.empty()
                       ? std::string("No board review of the strategy is recorded.")
                       : "The board last reviewed the strategy on " + DateText(s.reviewed_on) +
                             ", more than twelve months ago.",
                   "Review the strategy at a board meeting at least once a year and record the "
                   "date.",
                   kStrategyGuidance});
  }
  if (s.system_title.empty()) {
    out.push_back({Check::kNoSystemLink,
                   "The strategy does not name the integrated care system's strategy it "
                   "supports.",
                   "Name the system strategy and link to it, and say how this strategy fits "
                   "with it.",
                   kStrategyGuidance});
  }
  if (!portfolio.capital_without_revenue.empty()) {
    out.push_back({Check::kCapitalWithoutRevenue,
                   "Capital or one-off money with no revenue for running costs: " +
                       JoinedWithAnd(portfolio.capital_without_revenue) + ".",
                   "Plan the revenue that will run what the capital buys, across its whole "
                   "life, before the one-off money is spent.",
                   kTeamsGuidance});
  }
  return out;
}

}  // namespace boardlens::strategy
