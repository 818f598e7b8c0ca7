// The results API: a closed round's results document, and the trend across closed rounds.

#include "boardlens/features/results/feature.hpp"
#include "boardlens/features/results/json.hpp"
#include "boardlens/features/results/results.hpp"
#include "boardlens/features/results/trend.hpp"
#include "boardlens/http/call.hpp"

namespace boardlens::results {

void AddApiRoutes(http::Router& routes) {
  routes.Api("GET", "/api/v1/orgs/{ods}/rounds/{round}/results", http::Needs::InOrg(Role::kViewer),
             [](http::Call& call) {
               auto& results = call.Use<Results>();
               http::Response r;
               r.body = JsonText(*results.Of(call.who(), call.ods(), call.Id("round")),
                                 results.settings().thresholds);
               return r;
             });
  routes.Api("GET", "/api/v1/orgs/{ods}/frameworks/{ref}/trend", http::Needs::InOrg(Role::kViewer),
             [](http::Call& call) {
               return http::JsonResponse(
                   ToJson(call.Use<Trends>().Of(call.who(), call.ods(), call.params.at("ref"))));
             });
}

}  // namespace boardlens::results
