// The assurance API: each service and programme read, heard and seen, with the gaps.

#include "boardlens/features/actions/json.hpp"
#include "boardlens/features/assurance/assurance.hpp"
#include "boardlens/features/assurance/feature.hpp"
#include "boardlens/features/assurance/json.hpp"
#include "boardlens/http/call.hpp"

namespace boardlens::assurance {

void AddApiRoutes(http::Router& routes) {
  const http::Needs secretary = http::Needs::InOrg(Role::kSecretary);
  routes.Api("GET", "/api/v1/orgs/{ods}/assurance/gaps/{gap}", http::Needs::InOrg(Role::kViewer),
             [](http::Call& call) {
               return http::JsonResponse(ToJson(
                   call.Use<Assurance>().GetGap(call.who(), call.ods(), call.params.at("gap"))));
             });
  routes.Api(
      "POST", "/api/v1/orgs/{ods}/assurance/gaps/{gap}/action", secretary, [](http::Call& call) {
        auto& assurance = call.Use<Assurance>();
        const actions::Action action =
            assurance.AgreeAction(call.who(), call.ods(), call.params.at("gap"),
                                  actions::InputFromJson(http::ParseJsonObject(call.request.body)));
        return http::JsonResponse(
            ToJson(assurance.GetGap(call.who(), call.ods(), action.source.ref)), 201);
      });
  routes.Api("PUT", "/api/v1/orgs/{ods}/assurance/gaps/{gap}/reason", secretary,
             [](http::Call& call) {
               const http::Json body = http::ParseJsonObject(call.request.body);
               return http::JsonResponse(ToJson(call.Use<Assurance>().AcceptReason(
                   call.who(), call.ods(), call.params.at("gap"), http::String(body, "reason"))));
             });
  routes.Api("GET", "/api/v1/orgs/{ods}/assurance", http::Needs::InOrg(Role::kViewer),
             [](http::Call& call) {
               return http::JsonResponse(ToJson(call.Use<Assurance>().Of(call.who(), call.ods())));
             });
}

http::ApiPart DescribeApi() {
  http::ApiPart part("features/assurance");
  part.Enumerate("AssuranceGap/properties/kind", GapKindNames())
      .Enumerate("AssuranceSubject/properties/kind", observations::SubjectKindNames())
      .Enumerate("AssuranceGap/properties/response/properties/kind", ResponseKindNames());
  return part;
}

}  // namespace boardlens::assurance
