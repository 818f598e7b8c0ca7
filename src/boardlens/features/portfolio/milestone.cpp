#include "boardlens/features/portfolio/milestone.hpp"

#include <algorithm>

#include "boardlens/base/error.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/features/portfolio/item.hpp"

namespace boardlens::portfolio {
namespace {

/// Each status's facts, written once: its name for machines, its label and tag colour for
/// people.
struct StatusFacts {
  MilestoneStatus status;
  std::string_view name;
  std::string_view label;
  std::string_view colour;
};
constexpr std::array<StatusFacts, 5> kStatusFacts{{
    {MilestoneStatus::kNotStarted, "not_started", "Not started", "grey"},
    {MilestoneStatus::kOnTrack, "on_track", "On track", "green"},
    {MilestoneStatus::kAtRisk, "at_risk", "At risk", "yellow"},
    {MilestoneStatus::kMissed, "missed", "Missed", "red"},
    {MilestoneStatus::kComplete, "complete", "Complete", "blue"},
}};

const StatusFacts& FactsOf(MilestoneStatus status) {
  return *std::find_if(kStatusFacts.begin(), kStatusFacts.end(),
                       [&](const StatusFacts& f) { return f.status == status; });
}

/// Trims an optional date; one given must be real.
void OptionalDate(Problems& problems, std::string& date, const std::string& at, const char* what) {
  date = std::string(Trim(date));
  if (!date.empty() && !IsValidDate(date)) {
    problems.Add(std::string("Enter ") + what + " as a real date, YYYY-MM-DD", at);
  }
}

void Pounds(Problems& problems, const std::optional<std::int64_t>& amount, const NumberRule& rule,
            const char* at) {
  if (!amount) return;
  if (auto problem = NumberProblem(static_cast<double>(*amount), rule)) problems.Add(*problem, at);
}

void CheckMilestone(Problems& problems, Milestone& m, const std::string& at,
                    const std::string& today) {
  if (Trim(m.title).empty()) {
    problems.Add("Enter what the milestone is", at + ".title");
  } else {
    problems.Check([&] { m.title = RequireText(m.title, at + ".title", kMaxNameLength); });
  }
  m.due_on = std::string(Trim(m.due_on));
  if (m.due_on.empty()) {
    problems.Add("Enter the date the milestone is due", at + ".due_on");
  } else if (!IsValidDate(m.due_on)) {
    problems.Add("Enter the date the milestone is due as a real date, YYYY-MM-DD", at + ".due_on");
  }
  m.completed_on = std::string(Trim(m.completed_on));
  if (m.status != MilestoneStatus::kComplete) {
    if (!m.completed_on.empty()) {
      problems.Add("Only a complete milestone has a date it was completed", at + ".completed_on");
    }
  } else if (m.completed_on.empty()) {
    problems.Add("Enter the date the milestone was completed", at + ".completed_on");
  } else if (!IsValidDate(m.completed_on)) {
    problems.Add("Enter the date the milestone was completed as a real date, YYYY-MM-DD",
                 at + ".completed_on");
  } else if (m.completed_on > today) {
    problems.Add("The date the milestone was completed cannot be in the future",
                 at + ".completed_on");
  }
}

}  // namespace

std::string_view ToString(MilestoneStatus status) { return FactsOf(status).name; }
std::vector<std::string_view> MilestoneStatusNames() {
  std::vector<std::string_view> names;
  names.reserve(kStatusFacts.size());
  for (const StatusFacts& f : kStatusFacts) names.push_back(f.name);
  return names;
}
std::string_view Label(MilestoneStatus status) { return FactsOf(status).label; }
std::string_view Colour(MilestoneStatus status) { return FactsOf(status).colour; }
std::optional<MilestoneStatus> ParseMilestoneStatus(std::string_view text) {
  const auto it = std::find_if(kStatusFacts.begin(), kStatusFacts.end(),
                               [&](const StatusFacts& f) { return f.name == text; });
  return it == kStatusFacts.end() ? std::nullopt : std::optional(it->status);
}

void CheckAssurance(Assurance& in, const std::string& today) {
  Problems problems;
  OptionalDate(problems, in.starts_on, "starts_on", "the start date");
  OptionalDate(problems, in.ends_on, "ends_on", "the end date");
  if (IsValidDate(in.starts_on) && IsValidDate(in.ends_on) && in.ends_on < in.starts_on) {
    problems.Add("The end date cannot be before the start date", "ends_on");
  }
  Pounds(problems, in.budget, kBudgetRule, "budget");
  Pounds(problems, in.spend, kSpendRule, "spend");
  if (in.milestones.size() > kMaxMilestones) {
    problems.Add("Record at most " + std::to_string(kMaxMilestones) + " milestones", "milestones");
  }
  for (std::size_t i = 0; i < in.milestones.size(); ++i) {
    CheckMilestone(problems, in.milestones[i], "milestones[" + std::to_string(i) + "]", today);
  }
  problems.ThrowIfAny();
}

bool Overdue(const Milestone& m, const std::string& today) {
  return m.status != MilestoneStatus::kComplete && m.due_on < today;
}

std::size_t OverdueCount(const Assurance& a, const std::string& today) {
  return static_cast<std::size_t>(
      std::count_if(a.milestones.begin(), a.milestones.end(),
                    [&](const Milestone& m) { return Overdue(m, today); }));
}

bool OverBudget(const Assurance& a) { return a.budget && a.spend && *a.spend > *a.budget; }

}  // namespace boardlens::portfolio
