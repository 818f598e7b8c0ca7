#pragma once
/// The JSON API under /api/v1 (documented in docs/openapi.json) plus /healthz. Each request
/// is served on the calling thread with that thread's own database connection.

#include <memory>
#include <string>

#include "boardlens/app/app_per_thread.hpp"
#include "boardlens/http/message.hpp"
#include "boardlens/http/router.hpp"

namespace boardlens::http {

class Api {
 public:
  explicit Api(app::AppPerThread& apps);
  /// Never throws: every failure becomes a problem response.
  Response Handle(const Request& request);
  /// Requests that spend long in the CPU (sign-in hashes a password with argon2id), which the
  /// server runs away from its event loops.
  static bool IsSlow(const Request& request);

 private:
  app::App& ThreadApp() { return apps_.Get(); }
  void AddRoutes();

  app::AppPerThread& apps_;
  Router router_;
};

}  // namespace boardlens::http
