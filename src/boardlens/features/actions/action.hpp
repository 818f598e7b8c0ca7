#pragma once
/// Actions a board agrees, with an owner and a date: the records and rules, without I/O.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "boardlens/base/access.hpp"

namespace boardlens::actions {

enum class ActionStatus : std::uint8_t { kOpen, kDone, kDropped };

/// Where an action came from: nothing in particular, an item of an assessment round, a risk in
/// the Board Assurance Framework, or an assurance gap (named by its key, features/assurance).
enum class SourceKind : std::uint8_t { kNone, kAssessment, kRisk, kAssuranceGap };

struct Source {
  SourceKind kind = SourceKind::kNone;
  std::optional<Id> id;  ///< the round of an assessment; the risk
  std::string ref;       ///< for an assessment, the item; for an assurance gap, its key

  static Source Assessment(Id round, std::string item) {
    return {SourceKind::kAssessment, round, std::move(item)};
  }
  static Source Risk(Id risk) { return {SourceKind::kRisk, risk, {}}; }
  static Source AssuranceGap(std::string key) {
    return {SourceKind::kAssuranceGap, std::nullopt, std::move(key)};
  }
};

/// What a person asks to record or change.
struct ActionInput {
  std::string title;
  std::string detail;
  std::optional<Id> owner_member_id;
  std::string due_on;  ///< YYYY-MM-DD
  ActionStatus status = ActionStatus::kOpen;
  std::string progress;
};

struct Action {
  Id id = 0;
  Id org_id = 0;
  ActionInput what;
  std::string owner_name;  ///< the owning board member's name, as read
  Source source;
  std::optional<Id> created_by, updated_by;
  std::int64_t created_at = 0, updated_at = 0;
};

inline constexpr std::size_t kMaxProgressLength = 2000;

std::string_view ToString(ActionStatus status);
std::optional<ActionStatus> ParseActionStatus(std::string_view text);
std::string_view ToString(SourceKind kind);
std::optional<SourceKind> ParseSourceKind(std::string_view text);
std::vector<std::string_view> ActionStatusNames();
/// The kinds of source an action is raised from: every kind but none.
std::vector<std::string_view> SourceKindNames();

/// Trims and checks every field at once (title, detail, owner, due date, progress); throws one
/// Invalid naming each field at fault. A new action's date may not be in the past.
void CheckAction(ActionInput& input, const std::string& today, bool is_new);

/// Open and due before `today`.
bool IsOverdue(const Action& action, const std::string& today);
/// Where it stands in a word: "Overdue", "Open", "Done" or "Dropped".
std::string_view StatusWord(const Action& action, const std::string& today);

/// The log's order: open actions first, soonest due first; then the rest, latest changed first.
void SortForLog(std::vector<Action>& actions);

}  // namespace boardlens::actions
