// The briefing API: what needs the board, as Alert, Advise and Assure.

#include "boardlens/features/briefing/briefing.hpp"
#include "boardlens/features/briefing/feature.hpp"
#include "boardlens/features/briefing/json.hpp"
#include "boardlens/http/call.hpp"

namespace boardlens::briefing {

void AddApiRoutes(http::Router& routes) {
  routes.Api("GET", "/api/v1/orgs/{ods}/briefing", http::Needs::InOrg(Role::kViewer),
             [](http::Call& call) {
               return http::JsonResponse(ToJson(call.Use<Briefing>().Of(call.who(), call.ods())));
             });
}

http::ApiPart DescribeApi() {
  http::ApiPart part("features/briefing");
  part.Enumerate("BriefingLine/properties/topic", TopicNames());
  return part;
}

}  // namespace boardlens::briefing
