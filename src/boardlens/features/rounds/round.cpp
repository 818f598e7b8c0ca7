#include "boardlens/features/rounds/round.hpp"

#include <algorithm>

#include "boardlens/base/error.hpp"
#include "boardlens/base/names.hpp"
#include "boardlens/base/text.hpp"

namespace boardlens::rounds {
namespace {
constexpr NameTable<RoundStatus, 4> kStatuses{{{RoundStatus::kDraft, "draft"},
                                               {RoundStatus::kOpen, "open"},
                                               {RoundStatus::kClosed, "closed"},
                                               {RoundStatus::kWithdrawn, "withdrawn"}}};
}  // namespace

std::string_view ToString(RoundStatus status) { return NameOf(kStatuses, status); }
std::vector<std::string_view> RoundStatusNames() { return Names(kStatuses); }
std::optional<RoundStatus> ParseRoundStatus(std::string_view text) {
  return FromName(kStatuses, text);
}

std::string MemberRespondent(Id member_id) { return "member:" + std::to_string(member_id); }

bool ClosedLater(const Round& a, const Round& b) {
  return a.closed_on != b.closed_on ? a.closed_on > b.closed_on : a.id > b.id;
}

std::optional<Round> LatestClosed(std::vector<Round> rounds, std::string_view framework_ref) {
  std::optional<Round> latest;
  for (Round& r : rounds) {
    if (r.status != RoundStatus::kClosed) continue;
    if (!framework_ref.empty() && r.framework_ref != framework_ref) continue;
    if (!latest || ClosedLater(r, *latest)) latest = std::move(r);
  }
  return latest;
}

namespace {
std::string Members(int n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

/// "Only 2 non-executives answered", or "No non-executives answered".
std::string OnlyAnswered(int n, std::string_view one, std::string_view many) {
  return n == 0 ? "No " + std::string(many) + " answered"
                : "Only " + Members(n, one, many) + " answered";
}
}  // namespace

std::vector<std::string> TurnoutWarnings(const Turnout& now, const std::optional<Turnout>& previous,
                                         std::string_view previous_title) {
  std::vector<std::string> out;
  const auto barely = [](int side, int other) {
    return static_cast<double>(side) < kBarelyAnsweredShare * static_cast<double>(other);
  };
  const std::string execs = Members(now.executives, "executive", "executives");
  const std::string neds = Members(now.non_executives, "non-executive", "non-executives");
  if (barely(now.non_executives, now.executives)) {
    out.push_back(OnlyAnswered(now.non_executives, "non-executive", "non-executives") +
                  ", against " + execs +
                  ": the non-executives' view, and the gap between the two sides, rest on too "
                  "few of them to speak for the board.");
  } else if (barely(now.executives, now.non_executives)) {
    out.push_back(OnlyAnswered(now.executives, "executive", "executives") + ", against " + neds +
                  ": the executives' view, and the gap between the two sides, rest on too few "
                  "of them to speak for the board.");
  }
  if (previous) {
    const int fewer = std::min(now.total(), previous->total());
    const int more = std::max(now.total(), previous->total());
    if (static_cast<double>(fewer) < kComparableTurnoutShare * static_cast<double>(more)) {
      out.push_back(Members(now.total(), "member", "members") + " answered this round and " +
                    std::to_string(previous->total()) + " answered the one before, \"" +
                    std::string(previous_title) +
                    "\": a change since then may come from who answered rather than from what "
                    "the board thinks.");
    }
  }
  return out;
}

int CountComplete(const std::vector<CompletionRow>& rows) {
  return static_cast<int>(
      std::count_if(rows.begin(), rows.end(), [](const CompletionRow& r) { return r.complete(); }));
}

std::optional<std::size_t> FirstUnanswered(const frameworks::Framework& framework,
                                           const std::vector<Answer>& answers) {
  for (std::size_t i = 0; i < framework.items.size(); ++i) {
    const auto& ref = framework.items[i].ref;
    if (std::none_of(answers.begin(), answers.end(),
                     [&](const Answer& a) { return a.item_ref == ref; })) {
      return i;
    }
  }
  return std::nullopt;
}

void RequireStatus(const Round& round, RoundStatus needed, const std::string& why) {
  if (round.status == needed) return;
  throw Conflict("round " + std::to_string(round.id) + " is " +
                     std::string(ToString(round.status)) + "; " + why,
                 "status");
}

void RequireClosingDate(const std::string& date, const std::string& opened_on,
                        const std::string& tomorrow) {
  if (!IsValidDate(date)) {
    throw Invalid("\"" + date + "\" is not a date written YYYY-MM-DD", "closed_on");
  }
  if (date > tomorrow) {
    throw Invalid("the date the round closed must be today or in the past", "closed_on");
  }
  if (!opened_on.empty() && date < opened_on) {
    throw Invalid("the date the round closed must be on or after the day it opened, " + opened_on,
                  "closed_on");
  }
}

void RequireDeadline(const std::string& date, const std::string& today) {
  if (date.empty()) return;
  if (!IsValidDate(date)) {
    throw Invalid("\"" + date + "\" is not a date written YYYY-MM-DD", "closes_by");
  }
  if (date < today) throw Invalid("the date to answer by must be today or later", "closes_by");
}

void RequireSomeAnswers(const Round& round, std::size_t answers) {
  if (answers > 0) return;
  throw Conflict("nobody has answered round " + std::to_string(round.id) +
                     ", so it has no results to close with; withdraw it instead",
                 "status");
}

bool CanWithdraw(const Round& round) {
  return round.status == RoundStatus::kDraft || round.status == RoundStatus::kOpen;
}

}  // namespace boardlens::rounds
