// The services register API: the register, its import, each service's measures and their
// values with the SPC chart.

#include "boardlens/base/error.hpp"
#include "boardlens/features/services/feature.hpp"
#include "boardlens/features/services/json.hpp"
#include "boardlens/features/services/series_csv.hpp"
#include "boardlens/features/services/service_register.hpp"
#include "boardlens/http/call.hpp"

namespace boardlens::services {

using http::Call;
using http::Json;
using http::Needs;

void AddApiRoutes(http::Router& routes) {
  const Needs viewer = Needs::InOrg(Role::kViewer);
  // Keeping the register: the secretary or an executive director (the use cases check it again).
  const Needs keeper = Needs::Keeper();

  routes.Api("GET", "/api/v1/orgs/{ods}/services", viewer, [](Call& call) {
    const auto& q = call.request;
    const Filter filter = ParseFilter(q.Query("stage"), q.Query("owner"), q.Query("ending"),
                                      q.Query("concern"), q.Query("sort"));
    auto& reg = call.Use<ServiceRegister>();
    const std::string today = reg.Today();
    return http::JsonResponse(
        http::JsonList(reg.View(call.who(), call.ods(), filter, false).services,
                       [&](const Service& s) { return ToJson(s, today); }));
  });
  routes.Api("POST", "/api/v1/orgs/{ods}/services", keeper, [](Call& call) {
    auto& reg = call.Use<ServiceRegister>();
    const Service s =
        reg.Add(call.who(), call.ods(), ServiceFromJson(http::ParseJsonObject(call.request.body)));
    return http::JsonResponse(ToJson(s, reg.Today()), 201);
  });
  routes.Api("POST", "/api/v1/orgs/{ods}/services/import", keeper.Bulk(), [](Call& call) {
    const ImportSummary done =
        call.Use<ServiceRegister>().Import(call.who(), call.ods(), call.request.body, "body");
    return http::JsonResponse(Json{{"added", done.added}, {"updated", done.updated}});
  });
  routes.Api("GET", "/api/v1/orgs/{ods}/services/{service}", viewer, [](Call& call) {
    auto& reg = call.Use<ServiceRegister>();
    return http::JsonResponse(
        ToJson(reg.Get(call.who(), call.ods(), call.Id("service")), reg.Today()));
  });
  routes.Api("PUT", "/api/v1/orgs/{ods}/services/{service}", keeper, [](Call& call) {
    auto& reg = call.Use<ServiceRegister>();
    const Service s = reg.Update(call.who(), call.ods(), call.Id("service"),
                                 ServiceFromJson(http::ParseJsonObject(call.request.body)));
    return http::JsonResponse(ToJson(s, reg.Today()));
  });
  routes.Api("GET", "/api/v1/orgs/{ods}/services/{service}/measures", viewer, [](Call& call) {
    return http::JsonResponse(http::JsonList(
        call.Use<ServiceRegister>().Measures(call.who(), call.ods(), call.Id("service")),
        [](const Measure& m) { return ToJson(m); }));
  });
  routes.Api("POST", "/api/v1/orgs/{ods}/services/{service}/measures", keeper, [](Call& call) {
    return http::JsonResponse(ToJson(call.Use<ServiceRegister>().AddMeasure(
                                  call.who(), call.ods(), call.Id("service"),
                                  MeasureFromJson(http::ParseJsonObject(call.request.body)))),
                              201);
  });
  routes.Api("GET", "/api/v1/orgs/{ods}/measures/{measure}", viewer, [](Call& call) {
    return http::JsonResponse(
        ToJson(call.Use<ServiceRegister>().Series(call.who(), call.ods(), call.Id("measure"))));
  });
  routes.Api("PUT", "/api/v1/orgs/{ods}/measures/{measure}", keeper, [](Call& call) {
    return http::JsonResponse(ToJson(call.Use<ServiceRegister>().UpdateMeasure(
        call.who(), call.ods(), call.Id("measure"),
        MeasureFromJson(http::ParseJsonObject(call.request.body)))));
  });
  routes.Api("POST", "/api/v1/orgs/{ods}/measures/{measure}/values", keeper.Bulk(), [](Call& call) {
    auto& reg = call.Use<ServiceRegister>();
    const Id id = call.Id("measure");
    reg.RecordValues(call.who(), call.ods(), id,
                     ValuesFromJson(http::ParseJsonObject(call.request.body)));
    return http::JsonResponse(ToJson(reg.Series(call.who(), call.ods(), id)));
  });
  routes.Api(
      "POST", "/api/v1/orgs/{ods}/measures/{measure}/values/import", keeper.Bulk(), [](Call& call) {
        auto& reg = call.Use<ServiceRegister>();
        const Id id = call.Id("measure");
        reg.RecordValues(call.who(), call.ods(), id, ParseSeriesCsv(call.request.body, "body"));
        return http::JsonResponse(ToJson(reg.Series(call.who(), call.ods(), id)));
      });
  routes.Api("DELETE", "/api/v1/orgs/{ods}/measures/{measure}/values/{date}", keeper,
             [](Call& call) {
               call.Use<ServiceRegister>().DeleteValue(call.who(), call.ods(), call.Id("measure"),
                                                       call.params.at("date"));
               return http::NoContent();
             });
}

http::ApiPart DescribeApi() {
  http::ApiPart part("features/services");
  part.Enumerate("Stage", StageNames());
  part.Enumerate("ServiceInput/properties/audience", AudienceNames());
  part.Enumerate("Service/properties/audience", AudienceNames());
  part.Enumerate("MeasureInput/properties/kind", MeasureKindNames());
  part.Enumerate("MeasureInput/properties/frequency", FrequencyNames());
  part.Enumerate("MeasureInput/properties/improvement", ImprovementNames());
  part.Enumerate("SpcChart/properties/points/items/properties/point_type", PointTypeNames());
  part.Enumerate("SpcChart/properties/variation", PointTypeNames());
  part.Enumerate("SpcChart/properties/assurance", AssuranceNames());
  return part;
}

}  // namespace boardlens::services
