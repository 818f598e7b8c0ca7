// Reminding board members who have not answered every question: the message to copy, or,
// where this installation sends mail, to send to each of them by email.

#include "boardlens/base/error.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/base/utf8.hpp"
#include "boardlens/features/rounds/feature.hpp"
#include "boardlens/features/rounds/page_parts.hpp"
#include "boardlens/features/rounds/reminder.hpp"
#include "boardlens/features/rounds/rounds.hpp"
#include "boardlens/mail/mailer.hpp"

namespace boardlens::rounds {
namespace {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer
using http::Needs;

constexpr const char* kLabel = "Reminder message";

/// "Ann, Bob and Cat".
std::string NameList(const std::vector<orgs::Member>& members) {
  std::string out;
  for (std::size_t i = 0; i < members.size(); ++i) {
    out += (i == 0 ? "" : i + 1 == members.size() ? " and " : ", ") + members[i].name;
  }
  return out;
}

/// The addresses of those who have not answered, to copy into an email, and a link that
/// starts one with the reminder's subject and message.
Html Addresses(const std::vector<orgs::Member>& waiting, const Round& round,
               const std::string& text) {
  std::vector<std::string> emails;
  std::string copyable;
  for (const orgs::Member& m : waiting) {
    emails.push_back(m.email);
    copyable += (copyable.empty() ? "" : "; ") + m.email;
  }
  return Render(
      "<h3 class=\"nhsuk-heading-s\">Their email addresses</h3><p class=\"bl-token\" "
      "id=\"reminder-addresses\">{}</p><p><a href=\"{}\">Write the reminder in your email "
      "program</a> (it opens a new email to them with this message)</p>",
      copyable, MailtoLink(emails, ReminderSubject(round), text));
}

/// What came of sending: how many went, and each address that failed with why.
Html ReportNotice(const ReminderReport& report) {
  Html out;
  if (!report.sent.empty()) {
    const std::size_t n = report.sent.size();
    out += SuccessBanner(n == 1 ? "Reminder sent to 1 board member"
                                : "Reminder sent to " + std::to_string(n) + " board members",
                         "Each was sent their own email.");
  }
  if (report.failed.empty()) return out;
  Html items;
  for (const auto& f : report.failed) {
    items += Render("<li>{} ({}): {}</li>", f.name, f.email, Sentence(f.why));
  }
  return out +
         WarningCallout("Some reminders were not sent",
                        Render("<p>These board members were not sent the reminder. Check their "
                               "email address, or send it to them yourself.</p><ul>{}</ul>",
                               items));
}

}  // namespace

Html RemindMembers(Visit& v, const RoundView& view, const std::vector<orgs::Member>& waiting,
                   const Posted& posted) {
  const std::string default_text =
      ReminderText(view, SiteUrl(v) + RoundPath(v, view.round.id, "/answer"),
                   v.caller.name.empty() ? v.caller.email : v.caller.name);
  Field message{"reminder",
                kLabel,
                posted.reminder.value_or(default_text),
                {},
                std::string(posted.errors.For("reminder"))};
  const std::string who = NameList(waiting) + (waiting.size() == 1 ? " has" : " have") +
                          " not answered every question yet.";
  if (!v.Use<mail::Mailer>().configured()) {
    // The secretary sends the reminder from their own mailbox.
    return Render(
        "<h2>Remind members</h2><p>{} This installation of boardlens does not send email: copy "
        "this message into an email to them.</p>{}{}",
        who, Textarea(message, 12), Addresses(waiting, view.round, message.value));
  }
  return Render(
      "<h2>Remind members</h2><p>{} You can send them this reminder by email, one message "
      "each, from boardlens. Change it first if you like.</p>"
      "<form action=\"{}\" method=\"post\" novalidate>{}{}{}</form>{}",
      who, RoundPath(v, view.round.id, "/reminders"), CsrfField(v.caller.csrf_token),
      CharacterCount(message, kMaxReminderCharacters, 12),
      Button("Send the reminder by email", "secondary"),
      Addresses(waiting, view.round, message.value));
}

void AddReminderPages(http::Router& routes) {
  // Sending waits on the mail server, so it runs on the worker pool.
  AddPage(routes, "POST", "/orgs/{ods}/rounds/{round}/reminders",
          Needs::InOrg(Role::kSecretary).OnWorker(), [](Visit& v) {
            const Id id = v.call.Id("round");
            Posted posted;
            posted.reminder = v.form.Get("reminder");
            if (!IsValidUtf8(*posted.reminder)) {
              posted.errors.Add("reminder", "The reminder message must be plain text");
            } else if (posted.reminder->find_first_not_of(" \t\r\n") == std::string::npos) {
              posted.errors.Add("reminder", "Enter the reminder message");
            } else if (CountCharacters(*posted.reminder) > kMaxReminderCharacters) {
              posted.errors.Add("reminder", TooLongMessage(kLabel, kMaxReminderCharacters));
            }
            std::optional<ReminderReport> report;
            if (posted.errors.empty()) {
              CollectFieldError(posted.errors, {"reminder"}, [&] {
                report = v.Use<Rounds>().Remind(v.caller, v.ods(), id, *posted.reminder);
              });
            }
            if (report) posted.notice = ReportNotice(*report);
            return RoundPage(v, id, posted);
          });
}

}  // namespace boardlens::rounds
