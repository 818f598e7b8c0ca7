#include "boardlens/features/rounds/reminder.hpp"

#include "boardlens/base/error.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/base/utf8.hpp"
#include "boardlens/html/page.hpp"

namespace boardlens::rounds {

std::string ReminderText(const RoundView& view, const std::string& answer_url,
                         const std::string& signed_by) {
  const Round& round = view.round;
  std::string text = "Dear colleague,\n\n" + view.organisation.name +
                     "'s board self-assessment, \"" + round.title + "\", is open. ";
  text += round.closes_by.empty()
              ? std::string("Please answer its questions as soon as you can.")
              : "Please answer its questions by " + html::DateText(round.closes_by) + ".";
  text += " There are " + std::to_string(view.framework.framework.items.size()) +
          " questions. Only you will see your own answers; the board sees them combined with "
          "everyone else's.\n\nAnswer here: " +
          answer_url + "\n\nThank you,\n" + signed_by;
  return text;
}

std::string ReminderSubject(const Round& round) { return "Reminder: " + round.title; }

void RequireReminderMessage(std::string_view message) {
  RequirePlainText(message, "message", Lines::kMany);
  if (message.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    throw Invalid("the reminder is empty", "message");
  }
  if (CountCharacters(message) > kMaxReminderCharacters) {
    throw Invalid(
        "the reminder must be " + std::to_string(kMaxReminderCharacters) + " characters or less",
        "message");
  }
}

}  // namespace boardlens::rounds
