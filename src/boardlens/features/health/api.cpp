// The health API: /healthz for load balancers and monitoring, and the OpenAPI document.

#include "boardlens/base/embedded.hpp"
#include "boardlens/features/health/feature.hpp"
#include "boardlens/features/health/health.hpp"
#include "boardlens/http/call.hpp"
#include "boardlens/http/json_body.hpp"

namespace boardlens::health {
namespace {

std::string_view EmbeddedDoc(std::string_view name) {
  for (const EmbeddedFile& f : EmbeddedDocs()) {
    if (f.name == name) return f.data;
  }
  return {};
}

}  // namespace

void AddApiRoutes(http::Router& routes) {
  routes.Api("GET", "/healthz", http::Needs::Anyone(), [](http::Call& call) {
    const Status status = call.Use<Health>().Check();
    return http::JsonResponse({{"status", "ok"}, {"version", status.version}});
  });
  routes.Api("GET", "/api/v1/openapi.json", http::Needs::Anyone(), [](http::Call&) {
    http::Response out;
    out.body = std::string(EmbeddedDoc("openapi.json"));
    return out;
  });
}

}  // namespace boardlens::health
