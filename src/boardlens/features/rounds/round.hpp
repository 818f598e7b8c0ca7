#pragma once
/// Assessment rounds and their answers: the records and rules, without I/O.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "boardlens/base/access.hpp"
#include "boardlens/features/frameworks/framework.hpp"
#include "boardlens/features/orgs/organisation.hpp"

namespace boardlens::rounds {

/// A withdrawn round was stopped before it closed: it has no results and may be deleted.
enum class RoundStatus : std::uint8_t { kDraft, kOpen, kClosed, kWithdrawn };

struct Round {
  Id id = 0;
  Id org_id = 0;
  Id framework_id = 0;
  std::string framework_ref;
  std::string title;
  RoundStatus status = RoundStatus::kDraft;
  std::string opened_on;     ///< YYYY-MM-DD once opened; empty for imported rounds
  std::string closes_by;     ///< the date members are asked to answer by; may be empty
  std::string closed_on;     ///< YYYY-MM-DD once closed
  std::string withdrawn_on;  ///< YYYY-MM-DD once withdrawn
  bool imported = false;
};

/// A round with the organisation it belongs to and the framework version it asks about.
struct RoundView {
  Round round;
  orgs::Organisation organisation;
  frameworks::StoredFramework framework;
};

/// One stored answer; `respondent` is "member:<id>" for live rounds, the CSV name if imported.
struct Answer {
  std::string respondent;
  std::optional<Id> member_id;
  orgs::Membership membership = orgs::Membership::kExecutive;
  std::string item_ref;
  std::optional<std::int8_t> rating;  ///< nullopt: don't know
  std::string evidence;
  std::int64_t updated_at = 0;  ///< when it was last given or changed
};

/// An answer as a member gives it.
struct AnswerInput {
  std::string item;
  std::optional<std::int8_t> rating;  ///< nullopt: don't know
  std::string evidence;
  std::string where;  ///< field path for errors, e.g. answers[3]
};

/// How far one board member has got with a round: counts, never answers.
struct CompletionRow {
  orgs::Member member;
  int answered = 0;  ///< items answered (a rating or don't know)
  int items = 0;

  bool complete() const { return answered >= items; }
};

/// How many board members of each side answered a round (at least one question).
struct Turnout {
  int executives = 0;
  int non_executives = 0;
  int total() const { return executives + non_executives; }
};

/// A side of the board barely answered when it gave fewer than this share of the other
/// side's number of answering members (7 executives and 2 non-executives). An NHS board has
/// about as many non-executives as executives, so a side this far behind the other has not
/// been heard, and its mean and the gap between the sides say little.
inline constexpr double kBarelyAnsweredShare = 0.5;
/// Two rounds' responses differ widely when the smaller number of members answering is under
/// this share of the larger (9 against 14): a change between them may be who answered.
inline constexpr double kComparableTurnoutShare = 2.0 / 3.0;

/// What a reader of `now`'s results, or a secretary about to close it, should be warned of:
/// a side that barely answered, and a previous round (`previous_title`) answered by a widely
/// different number of members. Each warning is a sentence; none when all is well.
std::vector<std::string> TurnoutWarnings(const Turnout& now, const std::optional<Turnout>& previous,
                                         std::string_view previous_title);

std::string_view ToString(RoundStatus status);
std::vector<std::string_view> RoundStatusNames();
std::optional<RoundStatus> ParseRoundStatus(std::string_view text);

/// The respondent a board member's answers are stored under.
std::string MemberRespondent(Id member_id);

/// Orders closed rounds as change and peer standing see them: the latest to close first, and
/// of two that closed the same day, the one made later.
bool ClosedLater(const Round& a, const Round& b);

/// The latest closed round of `rounds` (ClosedLater), of `framework_ref` when one is named.
std::optional<Round> LatestClosed(std::vector<Round> rounds, std::string_view framework_ref = {});

/// How many board members have answered every item.
int CountComplete(const std::vector<CompletionRow>& rows);

/// The first item of `framework` that `answers` leave unanswered; nullopt when the answer
/// set is complete.
std::optional<std::size_t> FirstUnanswered(const frameworks::Framework& framework,
                                           const std::vector<Answer>& answers);

/// Refuses (409) unless the round is in `needed`; `why` ends the message.
void RequireStatus(const Round& round, RoundStatus needed, const std::string& why);

/// A round's closing date: a real date (YYYY-MM-DD), not before the round opened (when it is
/// known), and not after `today` (UTC) plus a day's grace, so that a board in the UK can close
/// a round in the first hour of a summer day. Change and peer standing follow the order of
/// closing, so no date in the future.
void RequireClosingDate(const std::string& date, const std::string& opened_on,
                        const std::string& tomorrow);

/// The date members are asked to answer by: empty (none), or a real date from `today` on.
void RequireDeadline(const std::string& date, const std::string& today);

/// A round nobody answered has no results to publish: it can only be withdrawn.
void RequireSomeAnswers(const Round& round, std::size_t answers);

/// A round can be withdrawn until it closes, and deleted only once withdrawn.
bool CanWithdraw(const Round& round);

}  // namespace boardlens::rounds
