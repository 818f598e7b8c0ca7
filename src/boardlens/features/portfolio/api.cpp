// The portfolio API: programmes and projects, the delivery confidence each reports monthly,
// their assurance (owner, dates, milestones, budget and spend) and their benefits.

#include "boardlens/features/portfolio/benefit.hpp"
#include "boardlens/features/portfolio/benefits.hpp"
#include "boardlens/features/portfolio/feature.hpp"
#include "boardlens/features/portfolio/json.hpp"
#include "boardlens/features/portfolio/milestone.hpp"
#include "boardlens/features/portfolio/portfolio.hpp"
#include "boardlens/features/services/json.hpp"
#include "boardlens/http/call.hpp"

namespace boardlens::portfolio {

using http::Call;
using http::Json;
using http::Needs;

namespace {

std::set<Id> PriorityKeys(Call& call) {
  std::set<Id> keys;
  for (const auto& p : call.Use<Portfolio>().Priorities(call.who(), call.ods())) {
    keys.insert(p.key);
  }
  return keys;
}

}  // namespace

void AddApiRoutes(http::Router& routes) {
  const Needs viewer = Needs::InOrg(Role::kViewer);
  // Keeping the portfolio: the secretary or an executive director (the use cases check it again).
  const Needs keeper = Needs::Keeper();

  routes.Api("GET", "/api/v1/orgs/{ods}/portfolio", viewer, [](Call& call) {
    const std::set<Id> keys = PriorityKeys(call);
    return http::JsonResponse(http::JsonList(call.Use<Portfolio>().List(call.who(), call.ods()),
                                             [&](const Item& item) { return ToJson(item, keys); }));
  });
  routes.Api("POST", "/api/v1/orgs/{ods}/portfolio", keeper, [](Call& call) {
    const Item item = call.Use<Portfolio>().Add(
        call.who(), call.ods(), ItemFromJson(http::ParseJsonObject(call.request.body)));
    return http::JsonResponse(ToJson(item, PriorityKeys(call)), 201);
  });
  routes.Api("GET", "/api/v1/orgs/{ods}/portfolio/{item}", viewer, [](Call& call) {
    return http::JsonResponse(ToJson(
        call.Use<Portfolio>().Get(call.who(), call.ods(), call.Id("item")), PriorityKeys(call)));
  });
  routes.Api("PUT", "/api/v1/orgs/{ods}/portfolio/{item}", keeper, [](Call& call) {
    auto& portfolio = call.Use<Portfolio>();
    const Id id = call.Id("item");
    const Stage stored = portfolio.Get(call.who(), call.ods(), id).what.stage;
    const Item item = portfolio.Update(
        call.who(), call.ods(), id, ItemFromJson(http::ParseJsonObject(call.request.body), stored));
    return http::JsonResponse(ToJson(item, PriorityKeys(call)));
  });
  routes.Api("GET", "/api/v1/orgs/{ods}/portfolio/{item}/ratings", viewer, [](Call& call) {
    return http::JsonResponse(
        http::JsonList(call.Use<Portfolio>().Ratings(call.who(), call.ods(), call.Id("item")),
                       [](const Rating& r) { return ToJson(r); }));
  });
  routes.Api("POST", "/api/v1/orgs/{ods}/portfolio/{item}/ratings", keeper, [](Call& call) {
    return http::JsonResponse(ToJson(call.Use<Portfolio>().Report(
                                  call.who(), call.ods(), call.Id("item"),
                                  RatingFromJson(http::ParseJsonObject(call.request.body)))),
                              201);
  });
  routes.Api("GET", "/api/v1/orgs/{ods}/portfolio/{item}/assurance", viewer, [](Call& call) {
    auto& portfolio = call.Use<Portfolio>();
    return http::JsonResponse(
        AssuranceToJson(portfolio.Get(call.who(), call.ods(), call.Id("item")), portfolio.Today()));
  });
  routes.Api("PUT", "/api/v1/orgs/{ods}/portfolio/{item}/assurance", keeper, [](Call& call) {
    auto& portfolio = call.Use<Portfolio>();
    const std::string today = portfolio.Today();
    const Item item =
        portfolio.SetAssurance(call.who(), call.ods(), call.Id("item"),
                               AssuranceFromJson(http::ParseJsonObject(call.request.body), today));
    return http::JsonResponse(AssuranceToJson(item, today));
  });
  routes.Api("GET", "/api/v1/orgs/{ods}/portfolio/{item}/benefits", viewer, [](Call& call) {
    return http::JsonResponse(
        http::JsonList(call.Use<Benefits>().List(call.who(), call.ods(), call.Id("item")),
                       [](const Benefit& b) { return ToJson(b); }));
  });
  routes.Api("POST", "/api/v1/orgs/{ods}/portfolio/{item}/benefits", keeper, [](Call& call) {
    return http::JsonResponse(
        ToJson(call.Use<Benefits>().Add(call.who(), call.ods(), call.Id("item"),
                                        BenefitFromJson(http::ParseJsonObject(call.request.body)))),
        201);
  });
  routes.Api("GET", "/api/v1/orgs/{ods}/benefits/{benefit}", viewer, [](Call& call) {
    return http::JsonResponse(
        ToJson(call.Use<Benefits>().Series(call.who(), call.ods(), call.Id("benefit"))));
  });
  routes.Api("PUT", "/api/v1/orgs/{ods}/benefits/{benefit}", keeper, [](Call& call) {
    return http::JsonResponse(ToJson(
        call.Use<Benefits>().Update(call.who(), call.ods(), call.Id("benefit"),
                                    BenefitFromJson(http::ParseJsonObject(call.request.body)))));
  });
  routes.Api(
      "POST", "/api/v1/orgs/{ods}/benefits/{benefit}/actuals", keeper.Bulk(), [](Call& call) {
        auto& benefits = call.Use<Benefits>();
        const Id id = call.Id("benefit");
        benefits.RecordActuals(call.who(), call.ods(), id,
                               services::ValuesFromJson(http::ParseJsonObject(call.request.body)));
        return http::JsonResponse(ToJson(benefits.Series(call.who(), call.ods(), id)));
      });
}

http::ApiPart DescribeApi() {
  http::ApiPart part("features/portfolio");
  part.Enumerate("PortfolioItemInput/properties/kind", KindNames());
  part.Enumerate("PortfolioItem/properties/kind", KindNames());
  part.Enumerate("PortfolioItemInput/properties/stage", StageNames());
  part.Enumerate("PortfolioItem/properties/stage", StageNames());
  part.Enumerate("PortfolioRatingInput/properties/confidence", ConfidenceNames());
  part.Enumerate("PortfolioRating/properties/confidence", ConfidenceNames());
  part.Enumerate("Benefit/properties/improvement", BenefitImprovementNames());
  part.Enumerate("BenefitInput/properties/improvement", BenefitImprovementNames());
  part.Enumerate("PortfolioMilestone/properties/status", MilestoneStatusNames());
  part.Enumerate("PortfolioMilestoneInput/properties/status", MilestoneStatusNames());
  return part;
}

}  // namespace boardlens::portfolio
