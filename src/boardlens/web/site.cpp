#include "boardlens/web/site.hpp"

#include <algorithm>

#include <spdlog/spdlog.h>

#include "boardlens/app/secrets.hpp"
#include "boardlens/http/cookies.hpp"
#include "boardlens/http/problem.hpp"
#include "boardlens/util/error.hpp"

namespace boardlens::web {
namespace {

using http::Request;
using http::Response;

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

/// The request's path and query, to come back to after signing in.
std::string PathWithQuery(const Request& req) {
  std::string out = req.path;
  char separator = '?';
  for (const auto& [name, value] : req.query) {
    out += separator + UrlEncode(name) + "=" + UrlEncode(value);
    separator = '&';
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

/// An unexpected failure, which the page does not describe: the log has the detail.
Response ServiceErrorPage(const Chrome& chrome) {
  return ErrorPage(chrome, 500, "Sorry, there is a problem with the service",
                   "Try again later. What you entered has not been saved.");
}

/// The error in flight as a page. Messages of expected errors are written for users; an
/// unexpected one is logged and the page says only that something went wrong.
Response ErrorPageFromCurrentException(const Chrome& chrome) {
  try {
    throw;
  } catch (const Error& e) {
    std::string title = "There is a problem";
    std::string message = Sentence(e.what()) + ".";
    switch (e.kind()) {
      case ErrorKind::kNotFound:
        // The message would repeat the address, which anyone can write into a link: a page
        // must not say what a stranger chose.
        title = "Page not found";
        message =
            "If you typed the web address, check it is correct. If you pasted it, check you "
            "copied the entire address.";
        break;
      case ErrorKind::kForbidden:
        title = "You cannot do this";
        break;
      case ErrorKind::kMethodNotAllowed:
        title = "Page not found";
        message = "This page cannot be used that way.";
        break;
      case ErrorKind::kInvalid:
      case ErrorKind::kConflict:
      case ErrorKind::kTooManyRequests:
        break;
      case ErrorKind::kUnavailable:
        title = "Sorry, the service is unavailable";
        message = "The database cannot be reached. Try again in a few minutes.";
        break;
      default:
        spdlog::error("page failed: {}", e.what());
        return ServiceErrorPage(chrome);
    }
    // The status and its headers (Allow, Retry-After) are the API's, from the one mapping.
    Response page = ErrorPage(chrome, http::StatusOf(e.kind()), title, message);
    http::AddErrorHeaders(e, page);
    return page;
  } catch (const std::exception& e) {
    spdlog::error("page failed: {}", e.what());
  }
  return ServiceErrorPage(chrome);
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
  AddSignInPages(*this);
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
         (request.path == "/sign-in" || request.path == "/account/password" ||
          request.path.starts_with("/join/"));
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
                      "/sign-in?next=" +
                      UrlEncode(req.method == "GET" ? PathWithQuery(req) : std::string("/"));
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

void Site::AddPublicPage(std::string method, std::string_view pattern, PublicPageHandler handler) {
  router_.Add(
      std::move(method), pattern,
      [this, handler = std::move(handler)](const Request& req, const http::PathParams& params) {
        return handler(apps_.Get(), req, params);
      });
}

}  // namespace boardlens::web
