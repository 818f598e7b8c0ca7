// "Forgot your password?": a link mailed to the account's address lets its owner choose a new
// password. Without a mail server, the page says whom to ask instead.

#include "boardlens/base/error.hpp"
#include "boardlens/base/secrets.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/features/accounts/accounts.hpp"
#include "boardlens/features/accounts/feature.hpp"
#include "boardlens/features/accounts/pre_session_form.hpp"
#include "boardlens/html/page.hpp"
#include "boardlens/mail/mailer.hpp"
#include "boardlens/mail/outbox.hpp"

namespace boardlens::accounts {
namespace {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer
using http::Call;
using http::Needs;
using http::Response;

constexpr std::string_view kForgotPath = "/forgot-password";

/// Without a mail server nobody is sent a link: the page says who can set a new password.
Response NoMailPage() {
  return NarrowPage(
      "Forgot your password?",
      Html("<h1>Forgot your password?</h1><p>This installation of boardlens does not send "
           "email, so it cannot send you a link to choose a new password.</p><p>Ask your board "
           "secretary, or whoever runs boardlens for your organisation, to set a new password "
           "for you. They do it with the command <code>boardlens user password</code>. Once "
           "you have signed in with it, change it in your account.</p>"
           "<p><a href=\"/sign-in\">Back to sign in</a></p>"));
}

Response ForgotPage(const http::Site& site, const std::string& csrf, const std::string& email,
                    const FieldErrors& errors, int status = 200) {
  Page page;
  page.title = "Forgot your password?";
  page.has_errors = !errors.empty();
  page.before_content = BackLink("/sign-in", "Back to sign in");
  page.content = Render(
      "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">{}"
      "<h1>Forgot your password?</h1><p>Enter the email address you sign in with. If it "
      "belongs to an account, we will email it a link to choose a new password.</p>"
      "<form action=\"{}\" method=\"post\" novalidate>"
      "<input type=\"hidden\" name=\"csrf\" value=\"{}\">{}{}</form></div></div>",
      ErrorSummary(errors), kForgotPath, csrf,
      TextInput({"email", "Email address", email, {}, std::string(errors.For("email"))}, "email",
                "email"),
      Button("Send me a link"));
  return WithFormCookie(site, RenderPage(page, Chrome{}, status), kForgotPath, csrf);
}

/// The same answer whether or not an account uses the address, so it reveals nothing.
Response LinkSentPage(const std::string& email, std::int64_t link_seconds) {
  return NarrowPage(
      "Check your email",
      Render("<h1>Check your email</h1><p>If an account uses {}, we have sent a link "
             "to it to choose a new password. The link works once, for {}. If you have asked "
             "more than once, use the newest email: only its link works.</p>"
             "<p>If nothing arrives in a few minutes, check your junk folder, or ask "
             "your board secretary which address boardlens knows you by.</p>"
             "<p><a href=\"/sign-in\">Back to sign in</a></p>",
             email, DurationText(link_seconds)));
}

std::string ResetMailBody(const Account& account, const std::string& link,
                          std::int64_t link_seconds) {
  return "Hello " + account.name +
         ",\n\nSomeone, probably you, asked to choose a new password for your boardlens "
         "account.\n\nTo choose one, follow this link within " +
         DurationText(link_seconds) + ":\n" + link +
         "\n\nThe link works once. If you did not ask, ignore this email: your password has "
         "not changed.\n";
}

std::string ResetPath(const http::PathParams& params) {
  return "/reset-password/" + params.at("token");
}

Response ResetGonePage(std::int64_t link_seconds) {
  return NarrowPage("This link does not work",
                    Render("<h1>This link does not work</h1><p>A link to choose a new password "
                           "works once, for {}, and only the newest one we sent you works.</p>"
                           "<p><a href=\"{}\">Ask for a new link</a> or "
                           "<a href=\"/sign-in\">sign in</a>.</p>",
                           DurationText(link_seconds), kForgotPath),
                    404);
}

Response ResetPage(const http::Site& site, const Account& account, const std::string& path,
                   const std::string& csrf, const FieldErrors& errors) {
  Page page;
  page.title = "Choose a new password";
  page.has_errors = !errors.empty();
  const auto field = [&](const char* name, const char* label, const char* hint = "") {
    return Field{name, label, {}, hint, std::string(errors.For(name))};
  };
  page.content = Render(
      "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">{}"
      "<h1>Choose a new password</h1>{}<p>Choosing one signs your account out of every browser "
      "and ends its API tokens, in case someone else knew the old password.</p>"
      "<form action=\"{}\" method=\"post\" novalidate>"
      "<input type=\"hidden\" name=\"csrf\" value=\"{}\">{}{}{}</form></div></div>",
      ErrorSummary(errors), SummaryList({{"Email address", Escape(account.email), {}}}), path, csrf,
      TextInput(field("password", "New password",
                      "At least 12 characters. A few words that have nothing to do with each "
                      "other make a strong one."),
                "password", "new-password"),
      TextInput(field("confirm_password", "Type the new password again"), "password",
                "new-password"),
      Button("Save the new password"));
  return WithFormCookie(site, RenderPage(page, Chrome{}, errors.empty() ? 200 : 400), path, csrf);
}

/// Mails a reset link from the outbox, after the page is answered: the page then takes as long
/// for an address with an account as for one without. A failure is logged, never shown.
void MailLink(Call& call, const ResetLink& link, std::int64_t link_seconds) {
  const std::string url = call.Use<http::Site>().base_url() + "/reset-password/" + link.token;
  call.Use<mail::Outbox>().Post({link.account.email, "Choose a new boardlens password",
                                 ResetMailBody(link.account, url, link_seconds)});
}

}  // namespace

void AddResetPages(http::Router& routes) {
  AddPublicPage(routes, "GET", std::string(kForgotPath), [](Call& call) {
    if (!call.Use<mail::Mailer>().configured()) return NoMailPage();
    return ForgotPage(call.Use<http::Site>(), RandomToken(), {}, {});
  });

  routes.Add({"POST", std::string(kForgotPath), http::Surface::kPage, Needs::Anyone().OnWorker(),
              [](Call& call) {
                if (!call.Use<mail::Mailer>().configured()) return NoMailPage();
                const http::Site& site = call.Use<http::Site>();
                const std::string email = call.form.Get("email");
                FieldErrors errors;
                if (!FormCameFromThisBrowser(call.request, call.form)) {
                  errors.Add("email", "The form had expired. Enter your email address again");
                  return ForgotPage(site, RandomToken(), email, errors, 400);
                }
                const std::string csrf = call.form.Get("csrf");
                if (email.empty()) {
                  errors.Add("email", "Enter your email address");
                } else if (!NormaliseEmail(email)) {
                  errors.Add("email",
                             "Enter an email address in the correct format, like "
                             "name@example.com");
                }
                if (!errors.empty()) return ForgotPage(site, csrf, email, errors, 400);
                auto& accounts = call.Use<Accounts>();
                try {
                  if (const auto link = accounts.RequestPasswordReset(email, call.request.remote)) {
                    MailLink(call, *link, accounts.settings().reset_link_seconds);
                  }
                } catch (const Error& e) {
                  if (e.kind() != ErrorKind::kTooManyRequests) throw;
                  errors.Add("email", Sentence(e.what()));
                  return ForgotPage(site, csrf, email, errors, 429);
                }
                return WithFormCookie(
                    site,
                    LinkSentPage(*NormaliseEmail(email), accounts.settings().reset_link_seconds),
                    kForgotPath, "");
              }});

  AddPublicPage(routes, "GET", "/reset-password/{token}", [](Call& call) {
    auto& accounts = call.Use<Accounts>();
    try {
      const Account account = accounts.FindPasswordReset(call.params.at("token"));
      return ResetPage(call.Use<http::Site>(), account, ResetPath(call.params), RandomToken(), {});
    } catch (const Error& e) {
      if (e.kind() != ErrorKind::kNotFound) throw;
      return ResetGonePage(accounts.settings().reset_link_seconds);
    }
  });

  routes.Add({"POST", "/reset-password/{token}", http::Surface::kPage, Needs::Anyone().OnWorker(),
              [](Call& call) {
                auto& accounts = call.Use<Accounts>();
                const std::string& token = call.params.at("token");
                const std::string path = ResetPath(call.params);
                const http::Site& site = call.Use<http::Site>();
                try {
                  const Account account = accounts.FindPasswordReset(token);
                  FieldErrors errors;
                  if (!FormCameFromThisBrowser(call.request, call.form)) {
                    errors.Add("password", "The form had expired. Choose your password again");
                    return ResetPage(site, account, path, RandomToken(), errors);
                  }
                  const std::string password = call.form.Get("password");
                  if (password.empty()) errors.Add("password", "Enter a new password");
                  if (password != call.form.Get("confirm_password")) {
                    errors.Add("confirm_password", "Type the same new password twice");
                  }
                  if (errors.empty()) {
                    CollectFieldError(errors, {"password"},
                                      [&] { accounts.ResetPasswordWithLink(token, password); });
                  }
                  if (!errors.empty()) {
                    return ResetPage(site, account, path, call.form.Get("csrf"), errors);
                  }
                  return WithFormCookie(site, Redirect("/sign-in?reset=1"), path, "");
                } catch (const Error& e) {
                  if (e.kind() != ErrorKind::kNotFound) throw;
                  return ResetGonePage(accounts.settings().reset_link_seconds);
                }
              }});
}

}  // namespace boardlens::accounts
