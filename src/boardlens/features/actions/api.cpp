// The actions API: the board's action log, and recording and updating an action.

#include "boardlens/features/actions/actions.hpp"
#include "boardlens/features/actions/feature.hpp"
#include "boardlens/features/actions/json.hpp"
#include "boardlens/http/call.hpp"

namespace boardlens::actions {

using http::Call;
using http::Json;
using http::Needs;

void AddApiRoutes(http::Router& routes) {
  const Needs viewer = Needs::InOrg(Role::kViewer);
  const Needs secretary = Needs::InOrg(Role::kSecretary);

  routes.Api("GET", "/api/v1/orgs/{ods}/actions", viewer, [](Call& call) {
    auto& actions = call.Use<Actions>();
    const std::string today = actions.Today();
    return http::JsonResponse(http::JsonList(actions.List(call.who(), call.ods()),
                                             [&](const Action& a) { return ToJson(a, today); }));
  });
  routes.Api("POST", "/api/v1/orgs/{ods}/actions", secretary, [](Call& call) {
    const Json body = http::ParseJsonObject(call.request.body);
    auto& actions = call.Use<Actions>();
    const Action action =
        actions.Record(call.who(), call.ods(), InputFromJson(body), SourceFromJson(body));
    return http::JsonResponse(ToJson(action, actions.Today()), 201);
  });
  routes.Api("GET", "/api/v1/orgs/{ods}/actions/{action}", viewer, [](Call& call) {
    auto& actions = call.Use<Actions>();
    return http::JsonResponse(
        ToJson(actions.Get(call.who(), call.ods(), call.Id("action")), actions.Today()));
  });
  routes.Api("PUT", "/api/v1/orgs/{ods}/actions/{action}", secretary, [](Call& call) {
    auto& actions = call.Use<Actions>();
    const Action action = actions.Update(call.who(), call.ods(), call.Id("action"),
                                         InputFromJson(http::ParseJsonObject(call.request.body)));
    return http::JsonResponse(ToJson(action, actions.Today()));
  });
}

http::ApiPart DescribeApi() {
  http::ApiPart part("features/actions");
  part.Enumerate("Action/properties/status", ActionStatusNames())
      .Enumerate("ActionInput/properties/status", ActionStatusNames())
      .Enumerate("Action/properties/source/properties/kind", SourceKindNames());
  return part;
}

}  // namespace boardlens::actions
