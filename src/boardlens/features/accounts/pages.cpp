// The accounts pages: signing in and out, and account settings (who you are signed in as,
// your roles, your password and API tokens).

#include "boardlens/base/error.hpp"
#include "boardlens/base/secrets.hpp"
#include "boardlens/features/accounts/accounts.hpp"
#include "boardlens/features/accounts/feature.hpp"
#include "boardlens/features/accounts/pre_session_form.hpp"
#include "boardlens/features/accounts/session_cookie.hpp"
#include "boardlens/html/page.hpp"

namespace boardlens::accounts {
namespace {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer
using http::Call;
using http::Form;
using http::Needs;
using http::Request;
using http::Response;

/// Only our own paths, so a crafted link cannot send someone elsewhere after signing in.
std::string SafeNext(const std::string& next) {
  if (next.size() < 2 || next[0] != '/' || next[1] == '/' || next[1] == '\\') return "/";
  for (const char c : next) {
    if (static_cast<unsigned char>(c) < 0x20) return "/";
  }
  return next;
}

Response SignInPage(const http::Site& site, const std::string& csrf, const std::string& next,
                    const std::string& email, const FieldErrors& errors, const std::string& notice,
                    int status = 200) {
  Page page;
  page.title = "Sign in";
  page.has_errors = !errors.empty();
  const Html banner = notice.empty()
                          ? Html()
                          : Render(
                                "<div class=\"nhsuk-inset-text\"><span class=\"nhsuk-u-visually-"
                                "hidden\">Information: </span><p>{}</p></div>",
                                notice);
  page.content = Render(
      "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">{}{}"
      "<h1>Sign in</h1><p>Use the email address your board secretary registered for you.</p>"
      "<form action=\"/sign-in\" method=\"post\" novalidate>"
      "<input type=\"hidden\" name=\"csrf\" value=\"{}\">"
      "<input type=\"hidden\" name=\"next\" value=\"{}\">{}{}{}</form>"
      "<p><a href=\"/forgot-password\">Forgot your password?</a></p>"
      "<p>New to boardlens? Your board secretary sends you a link to set up your account.</p>"
      "</div></div>",
      ErrorSummary(errors), banner, csrf, next,
      TextInput({"email", "Email address", email, {}, std::string(errors.For("email"))}, "email",
                "email"),
      TextInput({"password", "Password", {}, {}, std::string(errors.For("password"))}, "password",
                "current-password"),
      Button("Sign in"));
  return WithFormCookie(site, RenderPage(page, Chrome{}, status), "/sign-in", csrf);
}

std::string RevokePath(const ApiToken& token) { return "/account/tokens/" + token.id + "/revoke"; }

/// The caller's live API tokens, each with a link to revoke it.
Html ApiTokenTable(Visit& v) {
  const auto tokens = v.Use<Accounts>().ApiTokens(v.caller, v.caller.email);
  if (tokens.empty()) return Html("<p>You have no API tokens.</p>");
  Table table{"Your API tokens", {"What it is for", "Created", "Expires", "Action"}, {}, false};
  for (const auto& t : tokens) {
    table.rows.push_back(
        {Escape(t.name), Escape(DateText(t.created_at)), Escape(DateText(t.expires_at)),
         Render("<a href=\"{}\">Revoke<span class=\"nhsuk-u-visually-hidden\"> the token for "
                "{}</span></a>",
                RevokePath(t), t.name)});
  }
  return DataTable(table);
}

/// The caller's token `id`, or not found.
ApiToken OwnApiToken(Visit& v) {
  const std::string& id = v.params.at("id");
  for (auto& t : v.Use<Accounts>().ApiTokens(v.caller, v.caller.email)) {
    if (t.id == id) return t;
  }
  throw NotFound("there is no such API token");
}

http::Response AccountPage(Visit& v, const FieldErrors& errors, const Html& notice,
                           int error_status = 400) {
  Html roles;
  for (const OrgScope& org : v.Use<OrgGate>().OrganisationsOf(v.caller)) {
    roles += Render("<li><a href=\"/orgs/{}\">{}</a>: {}</li>", org.ods_code, org.name,
                    ToString(org.role));
  }
  const auto field = [&](const char* name, const char* label, const char* hint = "") {
    return Field{name, label, {}, hint, std::string(errors.For(name))};
  };
  Page page;
  page.title = "Your account";
  page.has_errors = !errors.empty();
  page.content = Render(
      "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">{}{}"
      "<h1>Your account</h1>{}<h2>Your organisations</h2>{}"
      "<h2>Change your password</h2><p>Changing it signs you out of every other browser.</p>"
      "<form action=\"/account/password\" method=\"post\" novalidate>{}{}{}{}{}</form>"
      "<h2>API tokens</h2><p>A token lets a program read and change boardlens data as you, "
      "through the API. It lasts a year. Keep it secret.</p>"
      "{}<form action=\"/account/tokens\" method=\"post\" novalidate>{}{}{}</form>"
      "<h2>Sessions</h2><p>You stay signed in for up to {}, then need to sign in again.</p>"
      "</div></div>",
      ErrorSummary(errors), notice,
      SummaryList(
          {{"Name", Escape(v.caller.name), {}}, {"Email address", Escape(v.caller.email), {}}}),
      roles.empty() ? Html("<p>You have no role in any organisation yet.</p>")
                    : Render("<ul class=\"nhsuk-list\">{}</ul>", roles),
      CsrfField(v.caller.csrf_token),
      TextInput(field("current_password", "Current password"), "password", "current-password"),
      TextInput(field("new_password", "New password", "At least 12 characters"), "password",
                "new-password"),
      TextInput(field("confirm_password", "Type the new password again"), "password",
                "new-password"),
      Button("Change password", "secondary"), ApiTokenTable(v), CsrfField(v.caller.csrf_token),
      TextInput(field("name", "What the token is for", "For example, quarterly board pack"), "text",
                "off"),
      Button("Create a token", "secondary"),
      DurationText(v.Use<Accounts>().settings().session_seconds));
  return v.Show(page, "account", errors.empty() ? 200 : error_status);
}

}  // namespace

void AddPages(http::Router& routes, html::Navigation& navigation) {
  navigation.Add({90, "account", "Your account", "/account", false});

  routes.Add(
      {"GET", "/sign-in", http::Surface::kPage, Needs::Anyone().Recognised(), [](Call& call) {
         const Request& req = call.request;
         if (call.caller) return Redirect(SafeNext(req.Query("next", "/")));
         std::string notice;
         if (req.Query("ended") == "1")
           notice = "Your session ended, so you need to sign in again.";
         if (req.Query("signed_out") == "1") notice = "You have signed out.";
         if (req.Query("reset") == "1") {
           notice = "Your new password is saved. Sign in with it.";
         }
         return SignInPage(call.Use<http::Site>(), RandomToken(), SafeNext(req.Query("next", "/")),
                           {}, {}, notice);
       }});

  routes.Add({"POST", "/sign-in", http::Surface::kPage, Needs::Anyone().OnWorker(), [](Call& call) {
                const Request& req = call.request;
                const http::Site& site = call.Use<http::Site>();
                auto& accounts = call.Use<Accounts>();
                const Form& form = call.form;
                const std::string email = form.Get("email");
                const std::string next = SafeNext(form.Get("next"));
                FieldErrors errors;
                if (!FormCameFromThisBrowser(req, form)) {
                  errors.Add("email", "The sign-in form had expired. Enter your details again");
                  return SignInPage(site, RandomToken(), next, email, errors, {}, 400);
                }
                const std::string csrf = form.Get("csrf");
                if (email.empty()) errors.Add("email", "Enter your email address");
                if (form.Get("password").empty()) errors.Add("password", "Enter your password");
                if (!errors.empty()) return SignInPage(site, csrf, next, email, errors, {}, 400);
                try {
                  return SignedIn(accounts.Login(email, form.Get("password"), req.remote),
                                  accounts.settings(), site, next, "/sign-in");
                } catch (const Error& e) {
                  if (e.kind() == ErrorKind::kUnauthenticated) {
                    errors.Add("email", "The email address or password is not right");
                    return SignInPage(site, csrf, next, email, errors, {}, 401);
                  }
                  if (e.kind() != ErrorKind::kTooManyRequests) throw;
                  errors.Add("email", Sentence(e.what()));
                  return SignInPage(site, csrf, next, email, errors, {}, 429);
                }
              }});

  AddPage(routes, "POST", "/sign-out", Needs::SignedIn(), [](Visit& v) {
    auto& accounts = v.Use<Accounts>();
    accounts.Logout(v.call.token);
    Response r = Redirect("/sign-in?signed_out=1");
    r.headers.emplace_back("Set-Cookie",
                           SessionCookie("", accounts.settings(), v.Use<http::Site>()));
    return r;
  });

  AddPage(routes, "GET", "/account", Needs::SignedIn(), [](Visit& v) {
    const std::string done = v.request.Query("done");
    Html banner;
    if (done == "password") {
      banner = SuccessBanner("Password changed",
                             "Other browsers signed in as you have been signed out.");
    } else if (done == "revoked") {
      banner = SuccessBanner("Token revoked", "Programs using it can no longer reach boardlens.");
    }
    return AccountPage(v, {}, banner);
  });

  AddPage(routes, "POST", "/account/password", Needs::SignedIn().OnWorker(), [](Visit& v) {
    FieldErrors errors;
    const std::string current = v.form.Get("current_password");
    const std::string replacement = v.form.Get("new_password");
    if (current.empty()) errors.Add("current_password", "Enter your current password");
    if (replacement.empty()) errors.Add("new_password", "Enter a new password");
    if (replacement != v.form.Get("confirm_password")) {
      errors.Add("confirm_password", "Type the same new password twice");
    }
    int status = 400;
    if (errors.empty()) {
      try {
        CollectFieldError(errors, {"new_password", "current_password"}, [&] {
          v.Use<Accounts>().ChangePassword(v.caller, v.call.token, current, replacement,
                                           v.request.remote);
        });
      } catch (const Error& e) {
        if (e.kind() != ErrorKind::kTooManyRequests) throw;
        errors.Add("current_password", Sentence(e.what()));
        status = 429;
      }
    }
    if (!errors.empty()) return AccountPage(v, errors, {}, status);
    return Redirect("/account?done=password");
  });

  AddPage(routes, "POST", "/account/tokens", Needs::SignedIn(), [](Visit& v) {
    FieldErrors errors;
    const std::string name = v.form.Get("name");
    if (name.empty()) errors.Add("name", "Enter what the token is for");
    std::string token;
    if (errors.empty()) {
      CollectFieldError(errors, {"name"}, [&] {
        token = v.Use<Accounts>().CreateApiToken(v.caller, v.caller.email, name).token;
      });
    }
    if (!errors.empty()) return AccountPage(v, errors, {});
    // Shown once, on this response only: the token is stored hashed.
    return AccountPage(
        v, {},
        WarningCallout("Copy your new token now",
                       Render("<p>It will not be shown again.</p><p><code class=\"bl-token\">{}"
                              "</code></p>",
                              token)));
  });

  // Revoking asks first: a program that relies on the token stops working at once.
  AddPage(routes, "GET", "/account/tokens/{id}/revoke", Needs::SignedIn(), [](Visit& v) {
    const auto token = OwnApiToken(v);
    Page page;
    page.title = "Revoke an API token";
    page.content = Render(
        "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">{}"
        "<h1>Revoke the token for {}?</h1><p>Any program using this token will stop working at "
        "once. It cannot be undone: to carry on, create a new token and give it to the program."
        "</p>{}</div></div>",
        BackLink("/account", "Back to your account"), token.name,
        ButtonForm(RevokePath(token), v.caller.csrf_token, "Revoke the token", "warning"));
    return v.Show(page, "account");
  });
  AddPage(routes, "POST", "/account/tokens/{id}/revoke", Needs::SignedIn(), [](Visit& v) {
    v.Use<Accounts>().RevokeApiToken(v.caller, v.caller.email, v.params.at("id"));
    return Redirect("/account?done=revoked");
  });
}

}  // namespace boardlens::accounts
