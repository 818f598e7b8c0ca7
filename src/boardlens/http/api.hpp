#pragma once
/// The JSON API under /api/v1 (documented in docs/openapi.json) plus /healthz. Each request
/// is served on the calling thread with that thread's own database connection.

#include <memory>
#include <string>

#include "boardlens/app/app.hpp"
#include "boardlens/http/message.hpp"
#include "boardlens/http/router.hpp"

namespace boardlens::http {

inline constexpr std::string_view kSessionCookie = "boardlens_session";

class Api {
 public:
  Api(std::string database_url, app::Settings settings);
  /// Never throws: every failure becomes a problem response.
  Response Handle(const Request& request);
  /// Requests that spend long in the CPU (sign-in hashes a password with argon2id), which the
  /// server runs away from its event loops.
  static bool IsSlow(const Request& request);

 private:
  /// This thread's App over this thread's Store (connections are not shared across threads).
  app::App& ThreadApp();
  void AddRoutes();

  std::string database_url_;
  app::Settings settings_;
  app::Caches caches_;
  Router router_;
};

}  // namespace boardlens::http
