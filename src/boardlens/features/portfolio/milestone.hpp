#pragma once
/// Programme assurance without I/O: who answers for a programme or project (its senior
/// responsible owner), when it starts and ends, its milestones and their status, and its budget
/// against spend to date. Overdue is worked out from today's date, never stored.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "boardlens/base/access.hpp"

namespace boardlens::portfolio {

/// A milestone's status, as NHS project boards report it. A milestone past its due date and
/// not complete is overdue whatever its status says (Overdue()).
enum class MilestoneStatus : std::uint8_t { kNotStarted, kOnTrack, kAtRisk, kMissed, kComplete };

struct Milestone {
  std::string title;
  std::string due_on;  ///< YYYY-MM-DD
  MilestoneStatus status = MilestoneStatus::kNotStarted;
  std::string completed_on;  ///< YYYY-MM-DD for a complete milestone; empty otherwise
};

/// What a keeper records to assure the board of a programme or project. Every part is
/// optional, so that items recorded before it keep working; the pages say what is missing.
struct Assurance {
  std::optional<Id> sro_member_id;     ///< a board member of the organisation
  std::string starts_on;               ///< YYYY-MM-DD, or empty
  std::string ends_on;                 ///< YYYY-MM-DD, not before starts_on, or empty
  std::optional<std::int64_t> budget;  ///< whole pounds over its life
  std::optional<std::int64_t> spend;   ///< whole pounds spent to date
  std::vector<Milestone> milestones;   ///< in the keeper's order
};

inline constexpr std::size_t kMaxMilestones = 40;
inline constexpr std::array<MilestoneStatus, 5> kMilestoneStatuses{
    MilestoneStatus::kNotStarted, MilestoneStatus::kOnTrack, MilestoneStatus::kAtRisk,
    MilestoneStatus::kMissed, MilestoneStatus::kComplete};

/// "on_track", for the API, the database and CSV.
std::string_view ToString(MilestoneStatus status);
std::optional<MilestoneStatus> ParseMilestoneStatus(std::string_view text);
std::vector<std::string_view> MilestoneStatusNames();
/// "On track", for pages.
std::string_view Label(MilestoneStatus status);
/// The design system's tag colour for it.
std::string_view Colour(MilestoneStatus status);

/// Trims and checks every field at once; throws one Invalid naming each field at fault
/// ("ends_on", "milestones[2].due_on"). Dates are real; the end is not before the start; a
/// complete milestone has a completion date not after `today` and no other milestone has one;
/// amounts are 0 to kMaxPounds.
void CheckAssurance(Assurance& input, const std::string& today);

/// Past its due date (before `today`, YYYY-MM-DD) and not complete.
bool Overdue(const Milestone& milestone, const std::string& today);
std::size_t OverdueCount(const Assurance& assurance, const std::string& today);

/// Spend to date above the budget: a board should hear why. Spend equal to the budget is not
/// flagged; without both figures there is nothing to compare.
bool OverBudget(const Assurance& assurance);

}  // namespace boardlens::portfolio
