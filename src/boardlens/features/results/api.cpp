// The results API: a closed round's results document.

#include "boardlens/features/results/feature.hpp"
#include "boardlens/features/results/json.hpp"
#include "boardlens/features/results/results.hpp"
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
}

}  // namespace boardlens::results
