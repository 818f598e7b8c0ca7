// The framework library API: list and read frameworks, load national or a board's own.

#include "boardlens/base/names.hpp"
#include "boardlens/features/frameworks/feature.hpp"
#include "boardlens/features/frameworks/frameworks.hpp"
#include "boardlens/features/frameworks/json.hpp"
#include "boardlens/http/call.hpp"

namespace boardlens::frameworks {
namespace {

using http::Call;
using http::Json;
using http::Needs;

http::Response Import(Call& call, const std::string& ods) {
  const auto load = call.Use<Frameworks>().Import(call.who(), call.request.body, "body", ods);
  const bool loaded = load.outcome == FrameworkLoad::Outcome::kLoaded;
  Json out = ToJson(load.stored, false);
  out["outcome"] = FrameworkLoad::Word(load.outcome);
  return http::JsonResponse(out, loaded ? 201 : 200);
}

}  // namespace

void AddApiRoutes(http::Router& routes) {
  // ?org=ODS adds that organisation's own frameworks; the use case checks the caller's role.
  routes.Api("GET", "/api/v1/frameworks", Needs::SignedIn(), [](Call& call) {
    return http::JsonResponse(
        http::JsonList(call.Use<Frameworks>().List(call.who(), call.request.Query("org")),
                       [](const StoredFramework& fw) { return ToJson(fw, false); }));
  });
  routes.Api("GET", "/api/v1/frameworks/{ref}", Needs::SignedIn(), [](Call& call) {
    return http::JsonResponse(ToJson(
        call.Use<Frameworks>().Get(call.who(), call.params.at("ref"), call.request.Query("org")),
        true));
  });
  routes.Api("POST", "/api/v1/frameworks", Needs::SignedIn().Bulk(),
             [](Call& call) { return Import(call, ""); });
  routes.Api("POST", "/api/v1/orgs/{ods}/frameworks", Needs::InOrg(Role::kSecretary).Bulk(),
             [](Call& call) { return Import(call, call.ods()); });
}

http::ApiPart DescribeApi() {
  http::ApiPart part("features/frameworks");
  part.Enumerate("FrameworkImport/allOf/1/properties/outcome",
                 NamesUpTo(FrameworkLoad::Outcome::kUnchanged, FrameworkLoad::Word));
  return part;
}

}  // namespace boardlens::frameworks
