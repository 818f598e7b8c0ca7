#include "boardlens/http/pipeline.hpp"

#include "boardlens/base/error.hpp"
#include "boardlens/base/secrets.hpp"
#include "boardlens/http/cookies.hpp"
#include "boardlens/http/problem.hpp"
#include "boardlens/http/static_files.hpp"

namespace boardlens::http {
namespace {

/// Where a request that matched no route belongs.
Surface SurfaceOfPath(const std::string& path) {
  const bool api =
      path.starts_with("/api/") || path.starts_with(kAssetsPrefix) || path == "/healthz";
  return api ? Surface::kApi : Surface::kPage;
}

/// Pages load scripts, styles and forms from this server only: even markup that slipped past
/// escaping could not run an inline script or send a form elsewhere.
/// The NHS.UK frontend's fonts come from the NHS's own font host; without it a machine that
/// cannot reach it falls back to Arial, as the frontend's CSS says.
constexpr const char* kPagePolicy =
    "default-src 'self'; img-src 'self' data:; font-src 'self' https://assets.nhs.uk; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

Response ForSurface(Surface surface, Response r) {
  if (surface == Surface::kPage) r.headers.emplace_back("Content-Security-Policy", kPagePolicy);
  return r;
}

}  // namespace

std::optional<Response> Pipeline::Admit(const Route& route, Call& call) const {
  const Request& req = call.request;
  const Needs& needs = route.needs;
  const bool page = route.surface == Surface::kPage;
  const bool form = page && req.method == "POST";
  if (!needs.sign_in && !needs.recognise) {  // never looks at a token
    if (form) call.form = Form::Parse(req.body);
    return std::nullopt;
  }
  bool from_cookie = false;
  if (const auto auth = req.Header("Authorization"); !page && auth.starts_with("Bearer ")) {
    call.token = std::string(auth.substr(7));
  } else {
    call.token = req.Cookie(kSessionCookie);
    from_cookie = true;
  }
  if (!call.token.empty()) {
    call.caller = call.Use<Authenticator>().Authenticate(call.token);
    if (call.caller && from_cookie && !call.caller->browser_session) {
      if (!page) {
        throw Error(ErrorKind::kUnauthenticated,
                    "API tokens go in the Authorization header, not a cookie", "Cookie");
      }
      call.caller.reset();
    }
  }
  if (needs.sign_in && !call.caller) {
    if (page) {
      // An unknown cookie is most likely a session that timed out. After signing in, a GET
      // page can be shown again; a form post cannot.
      std::string to =
          "/sign-in?next=" + UrlEncode(req.method == "GET" ? PathWithQuery(req) : std::string("/"));
      if (!call.token.empty()) to += "&ended=1";
      return Redirect(to);
    }
    throw Error(ErrorKind::kUnauthenticated,
                call.token.empty()
                    ? "sign in first: send a session cookie or a bearer token"
                    : "the session or token has expired or is unknown; sign in again",
                "Authorization");
  }
  if (form) call.form = Form::Parse(req.body);
  // Only a cookie comes with a request another site makes the browser send; a bearer token
  // has to be put there by whoever holds it.
  if (needs.csrf && from_cookie && call.caller && ChangesState(req.method)) {
    if (page && !ConstantTimeEquals(call.form.Get("csrf"), call.caller->csrf_token)) {
      throw Forbidden(
          "this form has expired or did not come from boardlens; go back, reload the page and "
          "try again");
    }
    if (!page && !ConstantTimeEquals(req.Header("X-CSRF-Token"), call.caller->csrf_token)) {
      throw Forbidden("this change needs the X-CSRF-Token header given at sign-in");
    }
  }
  if (needs.org_role) {
    call.org = call.Use<OrgGate>().Admit(*call.caller, call.ods(), *needs.org_role);
  }
  // A member who is not a keeper is refused with the organisation known, so the refusal
  // page keeps its navigation.
  if (needs.keeper) call.org = call.Use<OrgGate>().AdmitKeeper(*call.caller, call.ods());
  return std::nullopt;
}

Response Pipeline::Handle(const Request& request) const {
  if (auto asset = ServeAsset(request)) return std::move(*asset);
  Surface surface = SurfaceOfPath(request.path);
  std::optional<Call> call;
  try {
    auto [route, params] = router_.Match(request.method, request.path);
    surface = route->surface;
    call.emplace(request, std::move(params), registry_.ThisThread());
    if (auto redirect = Admit(*route, *call)) return ForSurface(surface, std::move(*redirect));
    return ForSurface(surface, route->handler(*call));
  } catch (...) {
    if (surface == Surface::kApi) return ProblemFromCurrentException();
    return ForSurface(surface, error_pages_(call ? &*call : nullptr));
  }
}

bool Pipeline::RouteNeeds(const std::string& method, const std::string& path, bool any,
                          bool Needs::*flag) const {
  if (!any) return false;  // no route of this method has it: no need to match
  try {
    return router_.Match(method, path).first->needs.*flag;
  } catch (const Error&) {
    return false;
  }
}

bool Pipeline::RunsOnWorker(const Request& request) const {
  return RouteNeeds(request.method, request.path, router_.HasWorkerRoutes(request.method),
                    &Needs::worker);
}

bool Pipeline::Waits(const Request& request) const {
  return RouteNeeds(request.method, request.path, router_.HasWaitingRoutes(request.method),
                    &Needs::waits);
}

bool Pipeline::TakesBulk(const std::string& method, const std::string& path) const {
  return RouteNeeds(method, path, router_.HasBulkRoutes(method), &Needs::bulk);
}

}  // namespace boardlens::http
