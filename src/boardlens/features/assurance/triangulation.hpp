#pragma once
/// Triangulated assurance, without I/O: for each service and programme, what the board reads
/// in its papers, hears from the people who use it and sees for itself, and the assurance gaps
/// where they disagree. docs/assurance.md states each rule in the same words; the thresholds
/// below are the only copy of its numbers.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "boardlens/base/access.hpp"
#include "boardlens/features/observations/observation.hpp"
#include "boardlens/features/portfolio/item.hpp"
#include "boardlens/features/questions/question.hpp"

namespace boardlens::assurance {

using observations::Subject;
using observations::SubjectKind;

/// What is seen counts against what is read when its average rating is at most this.
inline constexpr double kSeenPoorAtMost = 2.0;
/// A self-assessment theme rated at least this while barrier reports rise is a gap.
inline constexpr double kSelfRatingAtLeast = 4.0;
/// Observations and user-voice reports count when they are this recent.
inline constexpr int kRecentMonths = 12;
/// The self-assessment themes that barrier reports bear on.
inline constexpr std::array<std::string_view, 2> kThemesUsersReportOn{"users", "assurance"};
/// The board questions whose recorded status the registers can contradict.
inline constexpr std::string_view kBarriersQuestion = "user-barriers";
inline constexpr std::string_view kServicesQuestion = "services-performance";

/// What the board reads of a service (its measures, satisfaction aside) or a programme (its
/// delivery confidence).
struct Read {
  int measures = 0;             ///< measures other than satisfaction
  int measures_of_concern = 0;  ///< of those, showing concern (services::ShowsConcern)
  std::optional<portfolio::Confidence> confidence;  ///< a programme's latest
};

/// What the board hears of a service from the people who use it.
struct Heard {
  /// User-voice reports about it in the last kRecentMonths; nullopt when suppressed.
  std::optional<std::int64_t> reports;
  /// Its monthly reports show special-cause concern: more reports than its usual variation.
  bool reports_rising = false;
  int satisfaction_measures = 0;
  int satisfaction_of_concern = 0;
};

/// What board members saw for themselves: shared observations of the last kRecentMonths.
struct Seen {
  int count = 0;
  std::optional<double> mean_rating;
};

struct Row {
  Subject subject;
  std::string name;
  Read read;
  Heard heard;  ///< services only
  Seen seen;
};

/// The papers are positive: a service with at least one measure and none of concern; a
/// programme rated green or amber/green.
bool ReadIsPositive(const Row& row);
/// Users' reports or satisfaction show special-cause concern.
bool HeardShowsConcern(const Heard& heard);
/// Board members who looked saw it work poorly: an average of kSeenPoorAtMost or less.
bool SeenIsPoor(const Seen& seen);

/// The shared observations of `subject` seen in the kRecentMonths up to `today`.
Seen SeenOf(const Subject& subject, const std::vector<observations::Observation>& shared,
            const std::string& today);
/// Whether monthly counts (oldest first) show special-cause concern on an XmR chart where
/// fewer is better. A month whose count is hidden leaves too little to chart: false.
bool CountsRising(const std::vector<std::optional<std::int64_t>>& monthly,
                  const std::vector<std::string>& months);

/// The board's latest closed self-assessment, as far as the rules read it.
struct SelfAssessment {
  Id round_id = 0;
  std::string round_title;
  struct Theme {
    std::string ref;
    std::string title;
    std::optional<double> mean;
  };
  std::vector<Theme> themes;
};

/// Across the organisation: its barrier reports and its checklist.
struct Board {
  std::optional<SelfAssessment> self_assessment;
  std::optional<std::int64_t> reports;  ///< in the last kRecentMonths; nullopt when suppressed
  bool reports_rising = false;
  struct Question {
    std::string framework_ref;
    std::string ref;
    std::string title;
    questions::Status status = questions::Status::kNotStarted;
  };
  std::vector<Question> questions;  ///< of the board-questions checklist
  int services_of_concern = 0;      ///< services with a measure showing concern
};

/// Where in the registers the evidence on each self-assessment theme lies, as pages under the
/// organisation ("/voice") with their names.
struct EvidencePlace {
  std::string_view path;
  std::string_view name;
};
struct ThemeEvidence {
  std::string_view theme;
  std::array<EvidencePlace, 2> places;
};
inline constexpr std::array<ThemeEvidence, 8> kThemeEvidence{{
    {"outcomes",
     {{{"/strategy", "Strategy and its outcomes"}, {"/portfolio", "Portfolio and benefits"}}}},
    {"risk", {{{"/risks", "Risk register"}, {"/risks/attention", "Risks needing attention"}}}},
    {"assurance", {{{"/questions", "Board questions"}, {"/observations", "Observations"}}}},
    {"advocacy", {{{"/strategy", "Strategy"}, {"/actions", "Actions"}}}},
    {"ownership", {{{"/portfolio", "Portfolio and its owners"}, {"/actions", "Actions"}}}},
    {"prioritisation",
     {{{"/strategy", "Strategy and its priorities"}, {"/portfolio", "Portfolio"}}}},
    {"users", {{{"/voice", "User voice"}, {"/services", "Services and their measures"}}}},
    {"culture", {{{"/observations", "Observations"}, {"/voice", "User voice"}}}},
}};
/// The places for `theme`; none for a theme of another framework.
const ThemeEvidence* EvidenceFor(std::string_view theme);

enum class GapKind : std::uint8_t {
  kHeardAgainstRead,
  kSeenAgainstRead,
  kSelfAssessment,
  kQuestion
};

/// What the board recorded in answer to a gap: an action it agreed on the gap, or a reason it
/// accepts for the difference. A gap stays open until it has one.
struct Response {
  std::optional<Id> action_id;  ///< the action in the log; none for a reason
  std::string text;             ///< the action's title, or the reason
  std::string by;               ///< who recorded it
  std::int64_t at = 0;
};
inline constexpr std::size_t kMaxReasonLength = 2000;
/// "action" or "reason", as the API names a response.
std::string_view KindOf(const Response& response);
std::vector<std::string_view> ResponseKindNames();

struct Gap {
  GapKind kind = GapKind::kHeardAgainstRead;
  /// Names the gap across recomputations, for the board's response: "seen:programme:4",
  /// "self-assessment:users", "question:user-barriers".
  std::string key;
  std::string title;                  ///< "Virtual wards: reported green, seen working poorly"
  std::vector<std::string> evidence;  ///< sentences, each a fact behind it
  std::optional<Subject> subject;     ///< the service or programme it is about
  std::string theme;                  ///< the self-assessment theme, or the question's ref
  std::optional<Response> response;   ///< filled by the use case from what the board recorded

  bool open() const { return !response.has_value(); }
};

/// Every gap the rules raise, services and programmes first in `rows` order.
std::vector<Gap> FindGaps(const std::vector<Row>& rows, const Board& board);

std::string_view ToString(GapKind kind);
std::vector<std::string_view> GapKindNames();
/// "Delivery confidence: amber/green" and the like, for a read cell.
std::string DescribeRead(const Row& row);
std::string DescribeHeard(const Heard& heard);
std::string DescribeSeen(const Seen& seen);
/// "4.3": ratings and means as the rules' sentences write them.
std::string OneDecimal(double value);

}  // namespace boardlens::assurance
