#include "boardlens/features/actions/action.hpp"

#include <algorithm>

#include "boardlens/base/error.hpp"
#include "boardlens/base/names.hpp"
#include "boardlens/base/text.hpp"

namespace boardlens::actions {
namespace {
constexpr NameTable<ActionStatus, 3> kStatuses{{{ActionStatus::kOpen, "open"},
                                                {ActionStatus::kDone, "done"},
                                                {ActionStatus::kDropped, "dropped"}}};
constexpr NameTable<SourceKind, 4> kSources{{{SourceKind::kNone, "none"},
                                             {SourceKind::kAssessment, "assessment"},
                                             {SourceKind::kRisk, "risk"},
                                             {SourceKind::kAssuranceGap, "assurance_gap"}}};

}  // namespace

std::string_view ToString(ActionStatus status) { return NameOf(kStatuses, status); }
std::vector<std::string_view> ActionStatusNames() { return Names(kStatuses); }
std::vector<std::string_view> SourceKindNames() {
  std::vector<std::string_view> names = Names(kSources);
  std::erase(names, NameOf(kSources, SourceKind::kNone));
  return names;
}
std::optional<ActionStatus> ParseActionStatus(std::string_view text) {
  return FromWords(kStatuses, Trim(text));
}
std::string_view ToString(SourceKind kind) { return NameOf(kSources, kind); }
std::optional<SourceKind> ParseSourceKind(std::string_view text) {
  return FromName(kSources, text);
}

void CheckAction(ActionInput& in, const std::string& today, bool is_new) {
  Problems problems;
  problems.Check([&] { in.title = RequireText(in.title, "title"); });
  problems.Check([&] { in.detail = OptionalText(in.detail, "detail", kMaxProgressLength); });
  if (!in.owner_member_id) problems.Add("choose the board member who owns the action", "owner");
  if (!IsValidDate(in.due_on)) {
    problems.Add("\"" + in.due_on + "\" is not a date written YYYY-MM-DD", "due_on");
  } else if (is_new && in.due_on < today) {
    problems.Add("the date it is due must be today or later", "due_on");
  }
  problems.Check([&] { in.progress = OptionalText(in.progress, "progress", kMaxProgressLength); });
  problems.ThrowIfAny();
}

bool IsOverdue(const Action& action, const std::string& today) {
  return action.what.status == ActionStatus::kOpen && action.what.due_on < today;
}

std::string_view StatusWord(const Action& action, const std::string& today) {
  if (IsOverdue(action, today)) return "Overdue";
  switch (action.what.status) {
    case ActionStatus::kOpen:
      return "Open";
    case ActionStatus::kDone:
      return "Done";
    case ActionStatus::kDropped:
      return "Dropped";
  }
  return {};
}

void SortForLog(std::vector<Action>& actions) {
  std::stable_sort(actions.begin(), actions.end(), [](const Action& a, const Action& b) {
    const bool a_open = a.what.status == ActionStatus::kOpen;
    const bool b_open = b.what.status == ActionStatus::kOpen;
    if (a_open != b_open) return a_open;
    if (a_open) return a.what.due_on < b.what.due_on;
    return a.updated_at > b.updated_at;
  });
}

}  // namespace boardlens::actions
