#include "boardlens/web/site.hpp"

#include <algorithm>

#include <spdlog/spdlog.h>

#include "boardlens/app/secrets.hpp"
#include "boardlens/http/cookies.hpp"
#include "boardlens/util/error.hpp"

namespace boardlens::web {
namespace {

/// Ties the sign-in form to the browser that loaded it, before there is a session: the form's
/// hidden field must match this cookie, which another site can neither read nor set.
constexpr std::string_view kSignInCookie = "boardlens_sign_in";

using http::Request;
using http::Response;

/// "the email is wrong" → "The email is wrong": use cases speak in fragments, pages in sentences.
std::string Sentence(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 32);
  return text;
}

/// Only our own paths, so a crafted link cannot send someone elsewhere after signing in.
std::string SafeNext(const std::string& next) {
  if (next.size() < 2 || next[0] != '/' || next[1] == '/' || next[1] == '\\') return "/";
  for (const char c : next) {
    if (static_cast<unsigned char>(c) < 0x20) return "/";
  }
  return next;
}

std::string UrlEncode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) != 0 || c == '-' || c == '_' || c == '.' || c == '~' || c == '/') {
      out += ch;
    } else {
      out += '%';
      out += kHex[c >> 4U];
      out += kHex[c & 15U];
    }
  }
  return out;
}

Response ErrorPage(const Chrome& chrome, int status, const std::string& title,
                   const std::string& message) {
  Page page;
  page.title = title;
  page.content =
      Render("<h1>{}</h1><p>{}</p><p><a href=\"/\">Go to your boardlens home page</a></p>", title,
             message);
  return RenderPage(page, chrome, status);
}

/// The error in flight as a page. Messages of expected errors are written for users; an
/// unexpected one is logged and the page says only that something went wrong.
Response ErrorPageFromCurrentException(const Chrome& chrome) {
  try {
    throw;
  } catch (const Error& e) {
    switch (e.kind()) {
      case ErrorKind::kNotFound:
        return ErrorPage(
            chrome, 404, "Page not found",
            "If you typed the web address, check it is correct. " + Sentence(e.what()) + ".");
      case ErrorKind::kForbidden:
        return ErrorPage(chrome, 403, "You cannot do this", Sentence(e.what()) + ".");
      case ErrorKind::kMethodNotAllowed:
        return ErrorPage(chrome, 405, "Page not found", "This page cannot be used that way.");
      case ErrorKind::kInvalid:
      case ErrorKind::kConflict:
      case ErrorKind::kTooManyRequests:
        return ErrorPage(chrome, e.kind() == ErrorKind::kConflict ? 409 : 400, "There is a problem",
                         Sentence(e.what()) + ".");
      case ErrorKind::kUnavailable:
        return ErrorPage(chrome, 503, "Sorry, the service is unavailable",
                         "The database cannot be reached. Try again in a few minutes.");
      default:
        break;
    }
    spdlog::error("page failed: {}", e.what());
  } catch (const std::exception& e) {
    spdlog::error("page failed: {}", e.what());
  }
  return ErrorPage(chrome, 500, "Sorry, there is a problem with the service",
                   "Try again later. What you entered has not been saved.");
}

Response SignInPage(const std::string& csrf, const std::string& next, const std::string& email,
                    const FieldErrors& errors, const std::string& notice, int status = 200) {
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
      "<input type=\"hidden\" name=\"next\" value=\"{}\">{}{}{}</form></div></div>",
      ErrorSummary(errors), banner, csrf, next,
      TextInput({"email", "Email address", email, {}, std::string(errors.For("email"))}, "email",
                "email"),
      TextInput({"password", "Password", {}, {}, std::string(errors.For("password"))}, "password",
                "current-password"),
      Button("Sign in"));
  Response r = RenderPage(page, Chrome{}, status);
  r.headers.emplace_back("Set-Cookie",
                         http::SetCookie(kSignInCookie, csrf, "/sign-in", "Strict", 3600));
  return r;
}

}  // namespace

const app::OrgAccess& Visit::org() {
  if (!org_) org_ = app.Access(caller, ods());
  return *org_;
}

Chrome Visit::ChromeFor(std::string section) {
  Chrome chrome;
  chrome.caller = &caller;
  if (params.contains("ods")) chrome.org = org();
  chrome.section = std::move(section);
  return chrome;
}

Response Visit::Show(const Page& page, std::string section, int status) {
  return RenderPage(page, ChromeFor(std::move(section)), status);
}

std::string Visit::OrgPath(std::string_view rest) const {
  return "/orgs/" + ods() + std::string(rest);
}

void CollectFieldError(FieldErrors& errors, std::initializer_list<std::string_view> fields,
                       const std::function<void()>& action) {
  try {
    action();
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::kInvalid && e.kind() != ErrorKind::kConflict) throw;
    // Use cases name nested fields ("answers[0].evidence"); a form's field is the last part.
    const std::string& where = e.where();
    const std::string field =
        where.empty() ? std::string(*fields.begin()) : where.substr(where.rfind('.') + 1);
    if (std::find(fields.begin(), fields.end(), field) == fields.end()) throw;
    errors.Add(field, Sentence(e.what()));
  }
}

Site::Site(app::AppPerThread& apps) : apps_(apps) {
  AddSignIn();
  AddHomePages(*this);
  AddMemberPages(*this);
  AddRoundPages(*this);
  AddQuestionnairePages(*this);
  AddResultsPages(*this);
  AddFrameworkPages(*this);
  AddAccountPages(*this);
}

bool Site::Serves(const Request& request) {
  return !request.path.starts_with("/api/") && !request.path.starts_with("/assets/") &&
         request.path != "/healthz";
}

bool Site::IsSlow(const Request& request) {
  return request.method == "POST" &&
         (request.path == "/sign-in" || request.path == "/account/password");
}

Response Site::Handle(const Request& request) {
  Response r;
  try {
    r = router_.Dispatch(request);
  } catch (...) {
    r = ErrorPageFromCurrentException(Chrome{});
  }
  // Pages load scripts, styles and forms from this server only: even markup that slipped
  // past escaping could not run an inline script or send a form elsewhere.
  r.headers.emplace_back("Content-Security-Policy",
                         "default-src 'self'; img-src 'self' data:; object-src 'none'; "
                         "base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
  return r;
}

void Site::AddPage(std::string method, std::string_view pattern, PageHandler handler) {
  router_.Add(std::move(method), pattern,
              [this, handler = std::move(handler)](const Request& req,
                                                   const http::PathParams& params) -> Response {
                app::App& app = apps_.Get();
                const std::string token = req.Cookie(http::kSessionCookie);
                const auto caller = app.Authenticate(token);
                if (!caller || !caller->browser_session) {
                  // An unknown cookie is most likely a session that timed out.
                  // After signing in, a GET page can be shown again; a form post cannot.
                  std::string to =
                      "/sign-in?next=" + UrlEncode(req.method == "GET" ? req.path : "/");
                  if (!token.empty()) to += "&ended=1";
                  return Redirect(to);
                }
                Visit visit(app, *caller, req, params, token);
                try {
                  if (req.method == "POST") {
                    visit.form = Form::Parse(req.body);
                    if (!app::ConstantTimeEquals(visit.form.Get("csrf"), caller->csrf_token)) {
                      throw Forbidden(
                          "this form has expired or did not come from boardlens; go back, "
                          "reload the page and try again");
                    }
                  }
                  return handler(visit);
                } catch (...) {
                  Chrome chrome;
                  chrome.caller = &*caller;
                  return ErrorPageFromCurrentException(chrome);
                }
              });
}

void Site::AddSignIn() {
  router_.Add("GET", "/sign-in", [this](const Request& req, const http::PathParams&) {
    if (const auto caller = apps_.Get().Authenticate(req.Cookie(http::kSessionCookie));
        caller && caller->browser_session) {
      return Redirect(SafeNext(req.Query("next", "/")));
    }
    std::string notice;
    if (req.Query("ended") == "1") notice = "Your session ended, so you need to sign in again.";
    if (req.Query("signed_out") == "1") notice = "You have signed out.";
    return SignInPage(app::RandomToken(), SafeNext(req.Query("next", "/")), {}, {}, notice);
  });

  router_.Add("POST", "/sign-in", [this](const Request& req, const http::PathParams&) {
    const Form form = Form::Parse(req.body);
    const std::string email = form.Get("email");
    const std::string next = SafeNext(form.Get("next"));
    FieldErrors errors;
    const std::string expected = req.Cookie(kSignInCookie);
    if (expected.empty() || !app::ConstantTimeEquals(form.Get("csrf"), expected)) {
      errors.Add("email", "The sign-in form had expired. Enter your details again");
      return SignInPage(app::RandomToken(), next, email, errors, {}, 400);
    }
    if (email.empty()) errors.Add("email", "Enter your email address");
    if (form.Get("password").empty()) errors.Add("password", "Enter your password");
    if (!errors.empty()) return SignInPage(expected, next, email, errors, {}, 400);
    try {
      const auto login = apps_.Get().Login(email, form.Get("password"), req.remote);
      Response r = Redirect(next);
      r.headers.emplace_back("Set-Cookie",
                             http::SetCookie(http::kSessionCookie, login.token, "/", "Lax",
                                             apps_.settings().session_seconds));
      r.headers.emplace_back("Set-Cookie",
                             http::SetCookie(kSignInCookie, "", "/sign-in", "Strict", 0));
      return r;
    } catch (const Error& e) {
      if (e.kind() == ErrorKind::kUnauthenticated) {
        errors.Add("email", "The email address or password is not right");
        return SignInPage(expected, next, email, errors, {}, 401);
      }
      if (e.kind() != ErrorKind::kTooManyRequests) throw;
      errors.Add("email", Sentence(e.what()));
      return SignInPage(expected, next, email, errors, {}, 429);
    }
  });

  AddPage("POST", "/sign-out", [](Visit& v) {
    v.app.Logout(v.session_token);
    Response r = Redirect("/sign-in?signed_out=1");
    r.headers.emplace_back("Set-Cookie", http::SetCookie(http::kSessionCookie, "", "/", "Lax", 0));
    return r;
  });
}

}  // namespace boardlens::web
