#pragma once
/// Every request goes through here: find the route, check its needs (one authenticator reads
/// the bearer token or session cookie, once), run the handler, and turn any failure into the
/// answer its surface gives (problem+json for the API, an error page for a page).

#include <functional>

#include "boardlens/base/registry.hpp"
#include "boardlens/http/call.hpp"
#include "boardlens/http/message.hpp"
#include "boardlens/http/router.hpp"

namespace boardlens::http {

/// Renders the exception in flight as an error page. `call` is null when no route matched.
using ErrorPages = std::function<Response(Call* call)>;

class Pipeline {
 public:
  /// `services` must provide an Authenticator and an OrgGate.
  Pipeline(const Registry& registry, const Router& router, ErrorPages error_pages)
      : registry_(registry), router_(router), error_pages_(std::move(error_pages)) {}

  /// Never throws.
  Response Handle(const Request& request) const;
  /// True for requests whose route runs on the worker pool.
  bool RunsOnWorker(const Request& request) const;
  /// True for requests whose route waits (Needs::waits), to run on the waiting pool.
  bool Waits(const Request& request) const;
  /// True when the route of `method` and `path` takes a file (Needs::bulk); asked before the
  /// body is read, so the server knows how much of it to take.
  bool TakesBulk(const std::string& method, const std::string& path) const;

 private:
  /// Checks the route's needs and fills `call`; a redirect to sign in when a page needs a
  /// session that is not there.
  std::optional<Response> Admit(const Route& route, Call& call) const;
  /// Whether the route of `request` has `flag` set; `any` says whether any route could.
  bool RouteNeeds(const std::string& method, const std::string& path, bool any,
                  bool Needs::*flag) const;

  const Registry& registry_;
  const Router& router_;
  ErrorPages error_pages_;
};

}  // namespace boardlens::http
