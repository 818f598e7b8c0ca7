// The health API: /healthz for load balancers and monitoring, and the API's description.

#include "boardlens/features/health/feature.hpp"
#include "boardlens/features/health/health.hpp"
#include "boardlens/http/call.hpp"
#include "boardlens/http/json_body.hpp"
#include "boardlens/http/openapi.hpp"

namespace boardlens::health {

void AddApiRoutes(http::Router& routes) {
  routes.Api("GET", "/healthz", http::Needs::Anyone(), [](http::Call& call) {
    const Status status = call.Use<Health>().Check();
    return http::JsonResponse({{"status", "ok"}, {"version", status.version}});
  });
  // Made from the route table on the first request, once every feature has added its routes.
  routes.Api("GET", "/api/v1/openapi.json", http::Needs::Anyone(), [&routes](http::Call& call) {
    http::Response out;
    out.body = call.Use<http::ApiDescription>().Text(routes);
    return out;
  });
}

http::ApiPart DescribeApi() { return http::ApiPart("features/health"); }

}  // namespace boardlens::health
