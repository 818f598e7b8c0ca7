#pragma once
/// Reminding board members who have not answered every question of an open round: the
/// message the secretary starts from, and what may be sent.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "boardlens/features/rounds/round.hpp"

namespace boardlens::rounds {

/// Longest reminder, in characters: a short email, not a newsletter.
inline constexpr std::size_t kMaxReminderCharacters = 5000;

/// What came of sending a reminder to each member who had not finished.
struct ReminderReport {
  struct Failure {
    std::string name;
    std::string email;
    std::string why;
  };
  std::vector<orgs::Member> sent;
  std::vector<Failure> failed;  ///< the others were sent all the same
};

/// The reminder the secretary starts from: what the round is, the date to answer by, how
/// many questions, that answers stay private, and `answer_url`; signed by `signed_by`.
std::string ReminderText(const RoundView& view, const std::string& answer_url,
                         const std::string& signed_by);

/// "Reminder: <round title>", the subject of every reminder.
std::string ReminderSubject(const Round& round);

/// A mailto: link (RFC 6068) that opens a new email to `emails` with `subject` and `body`,
/// for a secretary who sends the reminder from their own mailbox.
std::string MailtoLink(const std::vector<std::string>& emails, std::string_view subject,
                       std::string_view body);

/// Refuses (kInvalid, field "message") a reminder that is empty, not UTF-8, or over
/// kMaxReminderCharacters.
void RequireReminderMessage(std::string_view message);

}  // namespace boardlens::rounds
