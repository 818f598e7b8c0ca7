#pragma once
/// The web interface: server-rendered pages on the NHS.UK design system. Every page but
/// sign-in needs a browser session; every form carries the session's CSRF token. Page
/// handlers live in pages_*.cpp and register themselves through AddPage.

#include <functional>
#include <optional>
#include <string>

#include "boardlens/app/app_per_thread.hpp"
#include "boardlens/http/router.hpp"
#include "boardlens/web/components.hpp"
#include "boardlens/web/layout.hpp"

namespace boardlens::web {

/// One signed-in request to a page.
struct Visit {
  Visit(app::App& app_in, const app::Caller& caller_in, const http::Request& request_in,
        const http::PathParams& params_in, std::string token)
      : app(app_in),
        caller(caller_in),
        request(request_in),
        params(params_in),
        session_token(std::move(token)) {}

  app::App& app;
  const app::Caller& caller;
  const http::Request& request;
  const http::PathParams& params;
  std::string session_token;
  Form form;  ///< the posted form (already CSRF-checked); empty for GET

  /// The {ods} path parameter.
  const std::string& ods() const { return params.at("ods"); }
  /// The organisation in the path with the caller's role; not found if they have none.
  const app::OrgAccess& org();
  /// The chrome for a page in section `section` ("rounds", ...), with this visit's org if any.
  Chrome ChromeFor(std::string section);
  /// Renders `page` in this visit's chrome.
  http::Response Show(const Page& page, std::string section, int status = 200);
  /// "/orgs/ODS" followed by `rest`.
  std::string OrgPath(std::string_view rest = {}) const;

 private:
  std::optional<app::OrgAccess> org_;
};

using PageHandler = std::function<http::Response(Visit&)>;
/// A page anyone may open, before signing in.
using PublicPageHandler =
    std::function<http::Response(app::App&, const http::Request&, const http::PathParams&)>;

class Site {
 public:
  explicit Site(app::AppPerThread& apps);
  /// Never throws: failures become an error page, or a redirect to sign in.
  http::Response Handle(const http::Request& request);
  /// True for the paths this site serves (everything but the API and the assets).
  static bool Serves(const http::Request& request);
  /// Requests that hash a password, which the server runs away from its event loops.
  static bool IsSlow(const http::Request& request);

  /// Registers a page that needs a signed-in browser session.
  void AddPage(std::string method, std::string_view pattern, PageHandler handler);
  /// Registers a page that needs no session: signing in, and following an invitation link.
  void AddPublicPage(std::string method, std::string_view pattern, PublicPageHandler handler);

 private:
  app::AppPerThread& apps_;
  http::Router router_;
};

// Each pages_*.cpp registers its pages.
void AddSignInPages(Site& site);
void AddHomePages(Site& site);
void AddMemberPages(Site& site);
void AddRoundPages(Site& site);
void AddQuestionnairePages(Site& site);
void AddResultsPages(Site& site);
void AddFrameworkPages(Site& site);
void AddAccountPages(Site& site);

/// Runs `action`; an error the user can fix on this form (invalid input or a conflict about
/// one of `fields`, or about no field in particular) is added to `errors` against that field,
/// or the first of `fields`. Anything else, such as a round that has closed meanwhile,
/// propagates to become an error page.
void CollectFieldError(FieldErrors& errors, std::initializer_list<std::string_view> fields,
                       const std::function<void()>& action);

}  // namespace boardlens::web
