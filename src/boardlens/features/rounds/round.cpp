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
std::optional<RoundStatus> ParseRoundStatus(std::string_view text) {
  return FromName(kStatuses, text);
}

std::string MemberRespondent(Id member_id) { return "member:" + std::to_string(member_id); }

bool ClosedLater(const Round& a, const Round& b) {
  return a.closed_on != b.closed_on ? a.closed_on > b.closed_on : a.id > b.id;
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
