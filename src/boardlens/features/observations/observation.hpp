#pragma once
/// What board members see for themselves on a visit, walk-round or demonstration, and the
/// secretary's requests for it: the records and rules, without I/O. An observation is its
/// author's alone until they share it with the board.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "boardlens/base/access.hpp"

namespace boardlens::observations {

/// How the member came to see it.
enum class Occasion : std::uint8_t { kVisit, kWalkRound, kDemonstration };
inline constexpr std::array<Occasion, 3> kAllOccasions{Occasion::kVisit, Occasion::kWalkRound,
                                                       Occasion::kDemonstration};

/// What an observation is about: a service in the register, or a programme or project in the
/// portfolio.
enum class SubjectKind : std::uint8_t { kService, kProgramme };

struct Subject {
  SubjectKind kind = SubjectKind::kService;
  Id id = 0;
  friend bool operator==(const Subject&, const Subject&) = default;
};

/// How well it worked for the people using it, 1 (very poorly) to 5 (very well).
inline constexpr int kLowestRating = 1;
inline constexpr int kHighestRating = 5;
inline constexpr std::size_t kMaxNotesLength = 2000;
inline constexpr std::size_t kMaxAskLength = 500;

/// What a member asks to record or change.
struct ObservationInput {
  std::string observed_on;  ///< YYYY-MM-DD, today or earlier
  std::optional<Occasion> occasion;
  std::string place;  ///< "Ward 7, Riverside Hospital"
  std::optional<Subject> subject;
  std::optional<int> rating;
  std::string notes;
  bool shared = false;  ///< the board sees it; until then only its author does
};

struct Observation {
  Id id = 0;
  Id org_id = 0;
  ObservationInput what;
  Id author_member_id = 0;
  std::string author_name;  ///< as read
  std::int64_t created_at = 0, updated_at = 0;
  std::int64_t shared_at = 0;  ///< when it was first shared; 0 while it is not
};

/// The secretary asks the board to see a service for themselves before a meeting.
struct RequestInput {
  std::optional<Id> service_id;
  std::string meeting_on;  ///< YYYY-MM-DD, the meeting the observations are for
  std::string ask;         ///< what to look at, optional
};

struct Request {
  Id id = 0;
  Id org_id = 0;
  RequestInput what;
  std::optional<Id> asked_by;  ///< the account; none for the operator
  std::string asked_by_name;
  std::int64_t created_at = 0;
};

std::string_view ToString(Occasion occasion);
std::optional<Occasion> ParseOccasion(std::string_view text);
std::vector<std::string_view> OccasionNames();
/// "Visit", "Walk-round", "Demonstration".
std::string_view OccasionWord(Occasion occasion);
std::string_view ToString(SubjectKind kind);
std::optional<SubjectKind> ParseSubjectKind(std::string_view text);
std::vector<std::string_view> SubjectKindNames();
/// The words of a rating as the form offers it: "Very poorly" … "Very well".
std::string_view RatingWord(int rating);

/// Trims and checks every field at once; throws one Invalid naming each field at fault. The
/// day it was seen may not be after `today`.
void CheckObservation(ObservationInput& input, const std::string& today);
/// As CheckObservation; a new request's meeting may not be before `today`.
void CheckRequest(RequestInput& input, const std::string& today, bool is_new);

/// A request is open until the day of its meeting has passed.
bool IsOpen(const Request& request, const std::string& today);
/// Shared observations of the request's service seen on or after the day it was asked and no
/// later than its meeting: what it has had in answer.
int AnswersTo(const Request& request, const std::vector<Observation>& shared);

}  // namespace boardlens::observations
