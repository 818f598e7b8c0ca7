// The pages before a session: signing in and out, and the invitation link a board secretary
// hands a new board member so that they can set a password and sign in.

#include "boardlens/app/secrets.hpp"
#include "boardlens/http/cookies.hpp"
#include "boardlens/util/error.hpp"
#include "boardlens/web/pages.hpp"

namespace boardlens::web {
namespace {

using http::Request;
using http::Response;

/// Ties a form shown before there is a session to the browser that loaded it: the form's
/// hidden field must match this cookie, which another site can neither read nor set.
constexpr std::string_view kFormCookie = "boardlens_form";

/// `response` with the form cookie for pages under `path` set to `value` ("" deletes it).
Response WithFormCookie(const app::Settings& settings, Response response, std::string_view path,
                        std::string_view value) {
  response.headers.emplace_back(
      "Set-Cookie", http::SetCookie(kFormCookie, value, path, "Strict", value.empty() ? 0 : 3600,
                                    settings.secure_cookies()));
  return response;
}

/// True when the posted form came from a page this browser loaded from us.
bool FormCameFromThisBrowser(const Request& req, const Form& form) {
  const std::string expected = req.Cookie(kFormCookie);
  return !expected.empty() && app::ConstantTimeEquals(form.Get("csrf"), expected);
}

/// A fresh browser session: the cookie, and the way to `next`.
Response SignedIn(const app::App& app, const app::LoginResult& login, const std::string& next,
                  std::string_view form_path) {
  Response r = Redirect(next);
  r.headers.emplace_back("Set-Cookie", http::SetCookie(http::kSessionCookie, login.token, "/",
                                                       "Lax", app.settings().session_seconds,
                                                       app.settings().secure_cookies()));
  return WithFormCookie(app.settings(), std::move(r), form_path, "");
}

/// Only our own paths, so a crafted link cannot send someone elsewhere after signing in.
std::string SafeNext(const std::string& next) {
  if (next.size() < 2 || next[0] != '/' || next[1] == '/' || next[1] == '\\') return "/";
  for (const char c : next) {
    if (static_cast<unsigned char>(c) < 0x20) return "/";
  }
  return next;
}

Response SignInPage(const app::Settings& settings, const std::string& csrf, const std::string& next,
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
      "<p>New to boardlens? Your board secretary sends you a link to set up your account.</p>"
      "</div></div>",
      ErrorSummary(errors), banner, csrf, next,
      TextInput({"email", "Email address", email, {}, std::string(errors.For("email"))}, "email",
                "email"),
      TextInput({"password", "Password", {}, {}, std::string(errors.For("password"))}, "password",
                "current-password"),
      Button("Sign in"));
  return WithFormCookie(settings, RenderPage(page, Chrome{}, status), "/sign-in", csrf);
}

std::string JoinPath(const http::PathParams& params) { return "/join/" + params.at("token"); }

/// The page for a link that no longer works, in place of the form.
Response InvitationGonePage() {
  Page page;
  page.title = "This invitation link does not work";
  page.content = Html(
      "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">"
      "<h1>This invitation link does not work</h1>"
      "<p>A link works once, for 7 days, and only the newest link your board secretary made "
      "for you works.</p>"
      "<p>If you have already set up your account, <a href=\"/sign-in\">sign in</a>. If not, "
      "ask your board secretary for a new link.</p></div></div>");
  return RenderPage(page, Chrome{}, 404);
}

/// The form that joins the member: a new password, or the one of the account they have.
Response JoinPage(const app::Settings& settings, const app::InvitationTarget& target,
                  const std::string& path, const std::string& csrf, const FieldErrors& errors) {
  Page page;
  page.title = target.has_account ? "Join " + target.org.name : "Set up your account";
  page.has_errors = !errors.empty();
  const auto field = [&](const char* name, const char* label, const char* hint = "") {
    return Field{name, label, {}, hint, std::string(errors.For(name))};
  };
  const Html fields =
      target.has_account
          ? Render(
                "<p>You already have a boardlens account with this email address. Enter its "
                "password to add {} to it.</p>{}",
                target.org.name,
                TextInput(field("password", "Password"), "password", "current-password"))
          : TextInput(field("password", "Choose a password",
                            "At least 12 characters. A few words that have nothing to do with "
                            "each other make a strong one."),
                      "password", "new-password") +
                TextInput(field("confirm_password", "Type the password again"), "password",
                          "new-password");
  page.content = Render(
      "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">{}"
      "<span class=\"nhsuk-caption-l\">{}</span><h1>{}</h1>"
      "<p>Your board secretary has invited you to answer the board's self-assessments on "
      "digital leadership and to see their results.</p>{}"
      "<p>If any of this is wrong, ask your board secretary to correct it before you go on.</p>"
      "<form action=\"{}\" method=\"post\" novalidate>"
      "<input type=\"hidden\" name=\"csrf\" value=\"{}\">{}{}</form></div></div>",
      ErrorSummary(errors), target.org.name,
      target.has_account ? "Join " + target.org.name : std::string("Set up your boardlens account"),
      SummaryList({{"Name", Escape(target.member.name), {}},
                   {"Email address", Escape(target.member.email), {}},
                   {"Job title", Escape(target.member.job_title), {}}}),
      path, csrf, fields, Button(target.has_account ? "Join" : "Create account"));
  return WithFormCookie(settings, RenderPage(page, Chrome{}, errors.empty() ? 200 : 400), path,
                        csrf);
}

/// The invitation behind the link, or nullopt when it no longer works.
std::optional<app::InvitationTarget> FindInvitation(app::App& app, const std::string& token) {
  try {
    return app.FindInvitation(token);
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::kNotFound) throw;
    return std::nullopt;
  }
}

}  // namespace

void AddSignInPages(Site& site) {
  site.AddPublicPage("GET", "/sign-in", [](app::App& app, const Request& req, const auto&) {
    if (const auto caller = app.Authenticate(req.Cookie(http::kSessionCookie));
        caller && caller->browser_session) {
      return Redirect(SafeNext(req.Query("next", "/")));
    }
    std::string notice;
    if (req.Query("ended") == "1") notice = "Your session ended, so you need to sign in again.";
    if (req.Query("signed_out") == "1") notice = "You have signed out.";
    return SignInPage(app.settings(), app::RandomToken(), SafeNext(req.Query("next", "/")), {}, {},
                      notice);
  });

  site.AddPublicPage("POST", "/sign-in", [](app::App& app, const Request& req, const auto&) {
    const Form form = Form::Parse(req.body);
    const std::string email = form.Get("email");
    const std::string next = SafeNext(form.Get("next"));
    FieldErrors errors;
    if (!FormCameFromThisBrowser(req, form)) {
      errors.Add("email", "The sign-in form had expired. Enter your details again");
      return SignInPage(app.settings(), app::RandomToken(), next, email, errors, {}, 400);
    }
    const std::string csrf = form.Get("csrf");
    if (email.empty()) errors.Add("email", "Enter your email address");
    if (form.Get("password").empty()) errors.Add("password", "Enter your password");
    if (!errors.empty()) return SignInPage(app.settings(), csrf, next, email, errors, {}, 400);
    try {
      return SignedIn(app, app.Login(email, form.Get("password"), req.remote), next, "/sign-in");
    } catch (const Error& e) {
      if (e.kind() == ErrorKind::kUnauthenticated) {
        errors.Add("email", "The email address or password is not right");
        return SignInPage(app.settings(), csrf, next, email, errors, {}, 401);
      }
      if (e.kind() != ErrorKind::kTooManyRequests) throw;
      errors.Add("email", Sentence(e.what()));
      return SignInPage(app.settings(), csrf, next, email, errors, {}, 429);
    }
  });

  site.AddPage("POST", "/sign-out", [](Visit& v) {
    v.app.Logout(v.session_token);
    Response r = Redirect("/sign-in?signed_out=1");
    r.headers.emplace_back("Set-Cookie", http::SetCookie(http::kSessionCookie, "", "/", "Lax", 0,
                                                         v.app.settings().secure_cookies()));
    return r;
  });

  site.AddPublicPage(
      "GET", "/join/{token}", [](app::App& app, const Request&, const http::PathParams& params) {
        const auto target = FindInvitation(app, params.at("token"));
        if (!target) return InvitationGonePage();
        return JoinPage(app.settings(), *target, JoinPath(params), app::RandomToken(), {});
      });

  site.AddPublicPage(
      "POST", "/join/{token}",
      [](app::App& app, const Request& req, const http::PathParams& params) {
        const auto target = FindInvitation(app, params.at("token"));
        if (!target) return InvitationGonePage();
        const Form form = Form::Parse(req.body);
        FieldErrors errors;
        if (!FormCameFromThisBrowser(req, form)) {
          errors.Add("password", "The form had expired. Choose your password again");
          return JoinPage(app.settings(), *target, JoinPath(params), app::RandomToken(), errors);
        }
        const std::string password = form.Get("password");
        if (password.empty()) {
          errors.Add("password", target->has_account ? "Enter your password" : "Choose a password");
        }
        if (!target->has_account && password != form.Get("confirm_password")) {
          errors.Add("confirm_password", "Type the same password twice");
        }
        std::optional<app::LoginResult> login;
        if (errors.empty()) {
          try {
            CollectFieldError(errors, {"password"}, [&] {
              login = app.AcceptInvitation(params.at("token"), password, req.remote);
            });
          } catch (const Error& e) {
            if (e.kind() == ErrorKind::kNotFound) return InvitationGonePage();
            if (e.kind() == ErrorKind::kUnauthenticated) {
              errors.Add("password", "The password is not right");
            } else if (e.kind() == ErrorKind::kTooManyRequests) {
              errors.Add("password", Sentence(e.what()));
            } else {
              throw;
            }
          }
        }
        if (!login)
          return JoinPage(app.settings(), *target, JoinPath(params), form.Get("csrf"), errors);
        return SignedIn(app, *login, "/orgs/" + target->org.ods_code + "?done=joined",
                        JoinPath(params));
      });
}

}  // namespace boardlens::web
