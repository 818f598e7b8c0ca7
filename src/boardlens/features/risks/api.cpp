// The risk register API: the register with its scores, appetite and movement, each risk's
// actions and reviews, the appetite per category, the heat map, and the CSV both ways.

#include "boardlens/base/csv.hpp"
#include "boardlens/base/error.hpp"
#include "boardlens/base/names.hpp"
#include "boardlens/features/risks/feature.hpp"
#include "boardlens/features/risks/json.hpp"
#include "boardlens/features/risks/risk_csv.hpp"
#include "boardlens/features/risks/risk_register.hpp"
#include "boardlens/http/call.hpp"

namespace boardlens::risks {

using http::Call;
using http::Json;
using http::Needs;

namespace {

Json RiskJson(Call& call, const Risk& risk) {
  auto& reg = call.Use<RiskRegister>();
  return ToJson(risk, reg.Appetites(call.who(), call.ods()), reg.Today());
}

}  // namespace

void AddApiRoutes(http::Router& routes) {
  const Needs viewer = Needs::InOrg(Role::kViewer);
  // Keeping the register: the secretary or an executive director (the use cases check it again).
  const Needs keeper = Needs::Keeper();

  routes.Api("GET", "/api/v1/orgs/{ods}/risks", viewer, [](Call& call) {
    const Filter filter = ParseFilter(call.request.Query("category"), call.request.Query("band"),
                                      call.request.Query("owner"));
    auto& reg = call.Use<RiskRegister>();
    const auto appetites = reg.Appetites(call.who(), call.ods());
    const std::string today = reg.Today();
    Json out = Json::array();
    for (const Risk& r : reg.List(call.who(), call.ods())) {
      if (Matches(r, filter)) out.push_back(ToJson(r, appetites, today));
    }
    return http::JsonResponse(out);
  });
  routes.Api("POST", "/api/v1/orgs/{ods}/risks", keeper, [](Call& call) {
    const Risk r = call.Use<RiskRegister>().Add(
        call.who(), call.ods(), RiskFromJson(http::ParseJsonObject(call.request.body)));
    return http::JsonResponse(RiskJson(call, r), 201);
  });
  routes.Api("POST", "/api/v1/orgs/{ods}/risks/import", keeper.Bulk(), [](Call& call) {
    const ImportSummary done =
        call.Use<RiskRegister>().Import(call.who(), call.ods(), call.request.body, "body");
    return http::JsonResponse(Json{{"added", done.added}, {"updated", done.updated}});
  });
  routes.Api("GET", "/api/v1/orgs/{ods}/risks/export", viewer, [](Call& call) {
    http::Response response;
    response.status = 200;
    response.content_type = "text/csv; charset=utf-8";
    response.body = WriteCsv(RiskTable(call.Use<RiskRegister>().List(call.who(), call.ods())));
    return response;
  });
  routes.Api("GET", "/api/v1/orgs/{ods}/risks/heat-map", viewer, [](Call& call) {
    const auto which = ParseScoreKind(call.request.Query("score", "current"));
    if (!which) throw Invalid("score must be " + NamesList(ScoreKindNames()), "score");
    return http::JsonResponse(
        HeatMapJson(call.Use<RiskRegister>().List(call.who(), call.ods()), *which));
  });
  routes.Api("GET", "/api/v1/orgs/{ods}/risk-appetite", viewer, [](Call& call) {
    return http::JsonResponse(
        http::JsonList(call.Use<RiskRegister>().Appetites(call.who(), call.ods()),
                       [](const Appetite& a) { return ToJson(a); }));
  });
  routes.Api("PUT", "/api/v1/orgs/{ods}/risk-appetite", keeper, [](Call& call) {
    return http::JsonResponse(ToJson(call.Use<RiskRegister>().SetAppetite(
        call.who(), call.ods(), AppetiteFromJson(http::ParseJsonObject(call.request.body)))));
  });
  routes.Api("GET", "/api/v1/orgs/{ods}/risks/{risk}", viewer, [](Call& call) {
    return http::JsonResponse(
        RiskJson(call, call.Use<RiskRegister>().Get(call.who(), call.ods(), call.Id("risk"))));
  });
  routes.Api("PUT", "/api/v1/orgs/{ods}/risks/{risk}", keeper, [](Call& call) {
    const Risk r =
        call.Use<RiskRegister>().Update(call.who(), call.ods(), call.Id("risk"),
                                        RiskFromJson(http::ParseJsonObject(call.request.body)));
    return http::JsonResponse(RiskJson(call, r));
  });
  routes.Api("POST", "/api/v1/orgs/{ods}/risks/{risk}/actions", keeper, [](Call& call) {
    auto& reg = call.Use<RiskRegister>();
    const actions::Action a =
        reg.AddAction(call.who(), call.ods(), call.Id("risk"),
                      ActionFromJson(http::ParseJsonObject(call.request.body)));
    return http::JsonResponse(ToJson(a, reg.Today()), 201);
  });
  routes.Api("PUT", "/api/v1/orgs/{ods}/risks/{risk}/actions/{action}", keeper, [](Call& call) {
    const Json body = http::ParseJsonObject(call.request.body);
    const auto status =
        http::Word(body, "status", actions::ParseActionStatus, actions::ActionStatusNames());
    auto& reg = call.Use<RiskRegister>();
    reg.SetActionStatus(call.who(), call.ods(), call.Id("risk"), call.Id("action"), *status);
    return http::JsonResponse(RiskJson(call, reg.Get(call.who(), call.ods(), call.Id("risk"))));
  });
  routes.Api("GET", "/api/v1/orgs/{ods}/risks/{risk}/reviews", viewer, [](Call& call) {
    return http::JsonResponse(
        http::JsonList(call.Use<RiskRegister>().Reviews(call.who(), call.ods(), call.Id("risk")),
                       [](const Review& v) { return ToJson(v); }));
  });
  routes.Api("POST", "/api/v1/orgs/{ods}/risks/{risk}/reviews", keeper, [](Call& call) {
    return http::JsonResponse(ToJson(call.Use<RiskRegister>().RecordReview(
                                  call.who(), call.ods(), call.Id("risk"),
                                  ReviewFromJson(http::ParseJsonObject(call.request.body)))),
                              201);
  });
}

http::ApiPart DescribeApi() {
  http::ApiPart part("features/risks");
  part.Enumerate("RiskCategory", CategoryNames())
      .Enumerate("RiskRating/properties/band", BandNames())
      .Enumerate("RiskAppetite/properties/level", LevelNames())
      .Enumerate("Risk/properties/movement", MovementNames())
      .Enumerate("RiskHeatMap/properties/score", ScoreKindNames())
      .Enumerate("RiskScoreKind", ScoreKindNames())
      .Enumerate("RiskAction/properties/status", actions::ActionStatusNames())
      .Enumerate("RiskActionStatus/properties/status", actions::ActionStatusNames())
      .Enumerate(
          "RiskHeatMap/properties/cells/items/properties/risks/items/"
          "properties/movement",
          MovementNames());
  return part;
}

}  // namespace boardlens::risks
