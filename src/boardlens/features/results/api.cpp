// The results API: a closed round's results document, and the trend across closed rounds.

#include "boardlens/base/error.hpp"
#include "boardlens/features/results/analytics.hpp"
#include "boardlens/features/results/feature.hpp"
#include "boardlens/features/results/json.hpp"
#include "boardlens/features/results/responses.hpp"
#include "boardlens/features/results/results.hpp"
#include "boardlens/features/results/trends.hpp"
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
  const auto response_json = [](const std::optional<ManagementResponse>& r) {
    if (!r)
      return http::Json{{"responder", nullptr}, {"response", nullptr}, {"written_at", nullptr}};
    return http::Json{{"responder",
                       {{"id", r->responder.id},
                        {"name", r->responder.name},
                        {"job_title", r->responder.job_title}}},
                      {"response", r->text.empty() ? http::Json(nullptr) : http::Json(r->text)},
                      {"written_at", r->written_at == 0 ? http::Json(nullptr)
                                                        : http::Json(IsoTime(r->written_at))}};
  };
  routes.Api("GET", "/api/v1/orgs/{ods}/rounds/{round}/response", http::Needs::InOrg(Role::kViewer),
             [response_json](http::Call& call) {
               return http::JsonResponse(response_json(
                   call.Use<Responses>().Get(call.who(), call.ods(), call.Id("round"))));
             });
  routes.Api("PUT", "/api/v1/orgs/{ods}/rounds/{round}/response/responder",
             http::Needs::InOrg(Role::kSecretary), [response_json](http::Call& call) {
               const auto body = http::ParseJsonObject(call.request.body);
               const auto it = body.find("member");
               if (it == body.end() || !it->is_number_integer()) {
                 throw Invalid("member must be a board member's id", "member");
               }
               return http::JsonResponse(response_json(call.Use<Responses>().NameResponder(
                   call.who(), call.ods(), call.Id("round"), it->get<Id>())));
             });
  routes.Api("PUT", "/api/v1/orgs/{ods}/rounds/{round}/response", http::Needs::InOrg(Role::kMember),
             [response_json](http::Call& call) {
               const auto body = http::ParseJsonObject(call.request.body);
               return http::JsonResponse(response_json(call.Use<Responses>().Write(
                   call.who(), call.ods(), call.Id("round"), http::String(body, "response"))));
             });
}

http::ApiPart DescribeApi() {
  const std::vector<std::string> flags = FlagNames(kAllFlags);
  std::vector<std::string_view> stats;
  stats.reserve(kItemStats.size());
  for (const auto& [name, stat] : kItemStats) stats.push_back(name);
  http::ApiPart part("features/results");
  part.Enumerate("ResultItem/properties/flags/items", {flags.begin(), flags.end()})
      .Enumerate("ResultItem/properties/reasons/propertyNames", stats)
      .Enumerate("Results/properties/reasons/propertyNames", {kOverallStat});
  return part;
}

}  // namespace boardlens::results
