#pragma once
/// The board-questions checklist's records and rules, without I/O: a question of a checklist
/// framework, the board's current answer to it with its evidence and status, and the checks
/// an answer must pass before it is stored.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "boardlens/base/access.hpp"

namespace boardlens::questions {

/// How far the board has assured itself it can answer the question.
enum class Status : std::uint8_t { kNotStarted, kPartlyAssured, kAssured };

/// A document or page the answer rests on: a board paper, an audit report, a dashboard.
struct Evidence {
  std::string title;
  std::string url;  ///< http or https only
  bool operator==(const Evidence&) const = default;
};

/// What a keeper records for a question.
struct AnswerInput {
  std::string answer;  ///< the board's current answer, in its own words
  Status status = Status::kNotStarted;
  std::optional<Id> owner_member_id;  ///< the board member who keeps the answer current
  std::string next_review_on;         ///< YYYY-MM-DD, or empty
  std::vector<Evidence> evidence;
};

/// One stored state of a question's record; the newest is the current answer and the older
/// ones its history.
struct Record {
  Id id = 0;
  AnswerInput what;
  std::string owner_name;  ///< empty when there is no owner
  std::optional<Id> changed_by;
  std::string changed_by_name;
  std::int64_t changed_at = 0;
};

/// A question of a checklist framework with the board's record of it (none until the first
/// answer is saved: the question is then not started).
struct Question {
  std::string framework_ref;
  std::string framework_title;
  std::string item_ref;
  std::string title;
  std::string question;
  std::optional<Record> record;

  Status status() const { return record ? record->what.status : Status::kNotStarted; }
};

/// How many questions are at each status, and how many are overdue for review.
struct Counts {
  std::size_t not_started = 0;
  std::size_t partly_assured = 0;
  std::size_t assured = 0;
  std::size_t overdue = 0;
  std::size_t total() const { return not_started + partly_assured + assured; }
};

/// Which questions a list shows; empty fields show every question.
struct Filter {
  std::optional<Status> status;
  std::optional<Id> owner_member_id;
  bool overdue_only = false;
};

inline constexpr std::size_t kMaxAnswerLength = 5000;
inline constexpr std::size_t kMaxEvidence = 10;
inline constexpr std::size_t kMaxEvidenceTitleLength = 200;
inline constexpr std::size_t kMaxUrlLength = 2000;

std::string_view ToString(Status status);
std::optional<Status> ParseStatus(std::string_view text);
/// "Partly assured", for pages.
std::string_view StatusLabel(Status status);
/// The words ParseStatus reads, in order: for the API's description.
std::vector<std::string_view> StatusNames();
/// The words the list's `overdue` filter takes.
inline constexpr std::string_view kOverdueYes = "yes";
inline constexpr std::string_view kOverdueNo = "no";

/// An absolute http or https address with a host and no white space or control characters.
/// Anything else (javascript:, data:, a relative path) could not be offered as a link safely.
bool IsWebAddress(std::string_view url);

/// Trims and checks every field at once; throws one Invalid naming each field at fault
/// (`answer`, `next_review_on`, `evidence[2].url`, ...). Evidence rows with neither a title
/// nor an address are dropped.
void CheckAnswer(AnswerInput& input);

/// Due for review: the next review date is before `today` (YYYY-MM-DD). A question never
/// answered, or with no review date, is not overdue.
bool IsOverdue(const Question& question, const std::string& today);

/// A filter from the words a query string uses: a status name, a board member's id and
/// "yes" for overdue only; each may be empty. Anything else throws Invalid naming it.
Filter ParseFilter(std::string_view status, std::string_view owner, std::string_view overdue);
bool Matches(const Question& question, const Filter& filter, const std::string& today);
Counts CountOf(const std::vector<Question>& questions, const std::string& today);

}  // namespace boardlens::questions
