// The strategy API: the current version with its checks, saving a new version, the versions,
// the secretary's record of the board's approval, and what changed since it.

#include "boardlens/base/error.hpp"
#include "boardlens/base/names.hpp"
#include "boardlens/features/services/spc.hpp"
#include "boardlens/features/strategy/checks.hpp"
#include "boardlens/features/strategy/feature.hpp"
#include "boardlens/features/strategy/json.hpp"
#include "boardlens/features/strategy/standing.hpp"
#include "boardlens/features/strategy/strategies.hpp"
#include "boardlens/features/strategy/strategy.hpp"
#include "boardlens/http/call.hpp"

namespace boardlens::strategy {

using http::Call;
using http::Json;
using http::Needs;

namespace {

int VersionOf(Call& call) {
  const std::int64_t number = call.Id("version");
  if (number > 1'000'000) throw NotFound("the strategy has no version " + std::to_string(number));
  return static_cast<int>(number);
}

}  // namespace

void AddApiRoutes(http::Router& routes) {
  const Needs viewer = Needs::InOrg(Role::kViewer);
  // Keeping the strategy: the secretary or an executive director (the use cases check it again).
  const Needs keeper = Needs::Keeper();

  routes.Api("GET", "/api/v1/orgs/{ods}/strategy", viewer, [](Call& call) {
    const auto current = call.Use<Strategies>().Current(call.who(), call.ods());
    if (!current) throw NotFound("no digital strategy has been recorded yet");
    return http::JsonResponse(ToJson(*current));
  });
  routes.Api("PUT", "/api/v1/orgs/{ods}/strategy", keeper, [](Call& call) {
    const Checked saved = call.Use<Strategies>().Save(
        call.who(), call.ods(), StrategyFromJson(http::ParseJsonObject(call.request.body)));
    return http::JsonResponse(ToJson(saved));
  });
  routes.Api("GET", "/api/v1/orgs/{ods}/strategy/versions", viewer, [](Call& call) {
    return http::JsonResponse(
        http::JsonList(call.Use<Strategies>().Versions(call.who(), call.ods()),
                       [](const Version& v) { return ToJson(v); }));
  });
  routes.Api("GET", "/api/v1/orgs/{ods}/strategy/versions/{version}", viewer, [](Call& call) {
    return http::JsonResponse(
        ToJson(call.Use<Strategies>().Get(call.who(), call.ods(), VersionOf(call))));
  });
  routes.Api("POST", "/api/v1/orgs/{ods}/strategy/versions/{version}/approval",
             Needs::InOrg(Role::kSecretary), [](Call& call) {
               const Json body = http::ParseJsonObject(call.request.body);
               return http::JsonResponse(ToJson(call.Use<Strategies>().Approve(
                   call.who(), call.ods(), VersionOf(call), http::String(body, "approved_on"))));
             });
  routes.Api("GET", "/api/v1/orgs/{ods}/strategy/changes", viewer, [](Call& call) {
    return http::JsonResponse(
        ToJson(call.Use<Strategies>().ChangesSinceApproval(call.who(), call.ods())));
  });
}

http::ApiPart DescribeApi() {
  std::vector<std::string> kinds;
  for (const auto kind : {Change::Kind::kAdded, Change::Kind::kRemoved, Change::Kind::kChanged}) {
    kinds.push_back(KindName(kind));
  }
  http::ApiPart part("features/strategy");
  part.Enumerate("StrategyChanges/properties/changes/items/properties/kind",
                 {kinds.begin(), kinds.end()})
      .Enumerate("StrategyFinding/properties/check", CheckNames())
      .Enumerate("StrategyOutcomeStanding/properties/judgement",
                 NamesUpTo(Judgement::kNoMeasure, [](Judgement j) { return ToString(j); }))
      .Enumerate("StrategyOutcomeStanding/properties/improvement", services::ImprovementNames());
  return part;
}

}  // namespace boardlens::strategy
