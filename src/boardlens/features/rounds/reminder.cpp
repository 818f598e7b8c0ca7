#include "boardlens/features/rounds/reminder.hpp"

#include "boardlens/base/error.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/base/utf8.hpp"
#include "boardlens/html/page.hpp"
#include "boardlens/http/message.hpp"

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

std::string MailtoLink(const std::vector<std::string>& emails, std::string_view subject,
                       std::string_view body) {
  // Line breaks in a body are CR LF (RFC 6068); '@' stays itself in an address.
  std::string to;
  for (const std::string& email : emails) {
    std::string address = http::UrlEncode(email);
    for (std::size_t at = address.find("%40"); at != std::string::npos;
         at = address.find("%40", at)) {
      address.replace(at, 3, "@");
    }
    to += (to.empty() ? "" : ",") + address;
  }
  std::string crlf;
  for (const char c : body) {
    if (c == '\n') {
      crlf += "\r\n";
    } else if (c != '\r') {
      crlf += c;
    }
  }
  return "mailto:" + to + "?subject=" + http::UrlEncode(subject) + "&body=" + http::UrlEncode(crlf);
}

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
