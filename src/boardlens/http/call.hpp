#pragma once
/// One request in flight, as a handler sees it: the request, who is calling and where, and
/// the thread's services. The pipeline fills it after checking the route's needs.

#include <optional>
#include <stdexcept>
#include <string>

#include "boardlens/base/access.hpp"
#include "boardlens/base/registry.hpp"
#include "boardlens/http/form.hpp"
#include "boardlens/http/message.hpp"
#include "boardlens/http/router.hpp"

namespace boardlens::http {

class Call {
 public:
  Call(const Request& request_in, PathParams params_in, Scope& services)
      : request(request_in), params(std::move(params_in)), services_(services) {}

  const Request& request;
  const PathParams params;
  /// The signed-in caller; always there when the route needs signing in.
  std::optional<Caller> caller;
  /// The session cookie or bearer token the caller presented.
  std::string token;
  /// The organisation `{ods}` and the caller's role there, for routes that need a role.
  std::optional<OrgScope> org;
  /// A page's posted form, its CSRF token already checked.
  Form form;

  /// The calling thread's T (a feature's use cases, say).
  template <typename T>
  T& Use() {
    return services_.Get<T>();
  }
  const Caller& who() const {
    if (!caller) throw std::logic_error("the route does not need signing in");
    return *caller;
  }
  const OrgScope& where() const {
    if (!org) throw std::logic_error("the route needs no role in an organisation");
    return *org;
  }
  /// The `{ods}` path parameter.
  const std::string& ods() const { return params.at("ods"); }
  /// The positive integer id in path parameter `name`; anything else is not found.
  std::int64_t Id(const char* name) const { return PathId(params, name); }

 private:
  Scope& services_;
};

}  // namespace boardlens::http
