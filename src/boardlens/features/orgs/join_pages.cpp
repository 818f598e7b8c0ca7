// The invitation link a board secretary hands a new board member, so that they can set a
// password (or add the organisation to the account they have) and sign in.

#include "boardlens/base/error.hpp"
#include "boardlens/base/secrets.hpp"
#include "boardlens/features/accounts/accounts.hpp"
#include "boardlens/features/accounts/pre_session_form.hpp"
#include "boardlens/features/orgs/board.hpp"
#include "boardlens/features/orgs/feature.hpp"
#include "boardlens/html/page.hpp"

namespace boardlens::orgs {
namespace {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer
using accounts::FormCameFromThisBrowser;
using accounts::SignedIn;
using accounts::WithFormCookie;
using http::Call;
using http::Form;
using http::Needs;
using http::Request;
using http::Response;

std::string JoinPath(const http::PathParams& params) { return "/join/" + params.at("token"); }

/// The page for a link that no longer works, in place of the form.
Response InvitationGonePage(const Settings& settings) {
  Page page;
  page.title = "This invitation link does not work";
  page.content = Render(
      "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">"
      "<h1>This invitation link does not work</h1>"
      "<p>A link works once, for {}, and only the newest link your board secretary made "
      "for you works.</p>"
      "<p>If you have already set up your account, <a href=\"/sign-in\">sign in</a>. If not, "
      "ask your board secretary for a new link.</p></div></div>",
      DurationText(settings.invitation_seconds));
  return RenderPage(page, Chrome{}, 404);
}

/// What the link offers, and to whom, for them to check before they join.
Html InvitationSummary(const InvitationTarget& target) {
  if (!target.member) {
    return Render("<p>An admin of {} has invited you to have the {} role there.</p>{}",
                  target.org.name, ToString(target.role),
                  SummaryList({{"Email address", Escape(target.email), {}},
                               {"Role", Escape(std::string(ToString(target.role))), {}}}));
  }
  return Render(
      "<p>Your board secretary has invited you to answer the board's self-assessments on "
      "digital leadership and to see their results.</p>{}",
      SummaryList({{"Name", Escape(target.member->name), {}},
                   {"Email address", Escape(target.email), {}},
                   {"Job title", Escape(target.member->job_title), {}}}));
}

/// The form that joins them: a password (and, with no board member to name them, their name).
/// The page is the same whether or not an account has the address, so that it never tells
/// whoever holds the link: the one password field takes the account's password, or becomes
/// the new account's.
Response JoinPage(const http::Site& site, const InvitationTarget& target, const std::string& path,
                  const std::string& csrf, const Form& typed, const FieldErrors& errors) {
  Page page;
  page.title = "Accept your invitation";
  page.has_errors = !errors.empty();
  const auto field = [&](const char* name, const char* label, const char* hint = "") {
    return Field{name, label, {}, hint, std::string(errors.For(name))};
  };
  Field name =
      field("name", "Full name", "If you already have a boardlens account, it keeps its name.");
  name.value = typed.Get("name");
  const Html fields =
      (target.member ? Html() : TextInput(name, "text", "name")) +
      TextInput(field("password", "Password",
                      "If you already have a boardlens account with this email address, enter its "
                      "password. If not, choose one: at least 12 characters. A few words that "
                      "have nothing to do with each other make a strong one."),
                "password", "current-password") +
      TextInput(field("confirm_password", "Type the password again"), "password",
                "current-password");
  page.content = Render(
      "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">{}"
      "<span class=\"nhsuk-caption-l\">{}</span><h1>Accept your invitation</h1>{}"
      "<p>If any of this is wrong, ask whoever sent you the link to correct it before you go "
      "on.</p><form action=\"{}\" method=\"post\" novalidate>"
      "<input type=\"hidden\" name=\"csrf\" value=\"{}\">{}{}</form></div></div>",
      ErrorSummary(errors), target.org.name, InvitationSummary(target), path, csrf, fields,
      Button("Accept the invitation"));
  return WithFormCookie(site, RenderPage(page, Chrome{}, errors.empty() ? 200 : 400), path, csrf);
}

/// The invitation behind the link, or nullopt when it no longer works.
std::optional<InvitationTarget> FindInvitation(Board& board, const std::string& token) {
  try {
    return board.FindInvitation(token);
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::kNotFound) throw;
    return std::nullopt;
  }
}

}  // namespace

void AddJoinPages(http::Router& routes) {
  AddPublicPage(routes, "GET", "/join/{token}", [](Call& call) {
    auto& board = call.Use<Board>();
    const auto target = FindInvitation(board, call.params.at("token"));
    if (!target) return InvitationGonePage(board.settings());
    return JoinPage(call.Use<http::Site>(), *target, JoinPath(call.params), RandomToken(),
                    call.form, {});
  });

  routes.Add(
      {"POST", "/join/{token}", http::Surface::kPage, Needs::Anyone().OnWorker(), [](Call& call) {
         const Request& req = call.request;
         const http::PathParams& params = call.params;
         const http::Site& site = call.Use<http::Site>();
         auto& board = call.Use<Board>();
         const auto target = FindInvitation(board, params.at("token"));
         if (!target) return InvitationGonePage(board.settings());
         const Form& form = call.form;
         FieldErrors errors;
         if (!FormCameFromThisBrowser(req, form)) {
           errors.Add("password", "The form had expired. Enter your password again");
           return JoinPage(site, *target, JoinPath(params), RandomToken(), form, errors);
         }
         // The same checks whether or not an account has the address, as the page is the same.
         if (!target->member && form.Get("name").empty()) {
           errors.Add("name", "Enter your full name");
         }
         const std::string password = form.Get("password");
         if (password.empty()) errors.Add("password", "Enter a password");
         if (password != form.Get("confirm_password")) {
           errors.Add("confirm_password", "Type the same password twice");
         }
         std::optional<accounts::SignIn> login;
         if (errors.empty()) {
           try {
             CollectFieldError(errors, {"password", "name"}, [&] {
               login = board.AcceptInvitation(params.at("token"), password, req.remote,
                                              form.Get("name"));
             });
           } catch (const Error& e) {
             if (e.kind() == ErrorKind::kNotFound) return InvitationGonePage(board.settings());
             if (e.kind() == ErrorKind::kTooManyRequests) {
               errors.Add("password", Sentence(e.what()));
             } else {
               throw;
             }
           }
         }
         if (!login) {
           return JoinPage(site, *target, JoinPath(params), form.Get("csrf"), form, errors);
         }
         return SignedIn(*login, call.Use<accounts::Accounts>().settings(), site,
                         "/orgs/" + target->org.ods_code + "?done=joined", JoinPath(params));
       }});
}

}  // namespace boardlens::orgs
