// The observations API: what the caller may see, recording and changing their own, and the
// secretary's requests for a service to be seen before a meeting.

#include "boardlens/features/observations/feature.hpp"
#include "boardlens/features/observations/json.hpp"
#include "boardlens/features/observations/observations.hpp"
#include "boardlens/features/observations/subject_names.hpp"
#include "boardlens/http/call.hpp"

namespace boardlens::observations {
namespace {

using http::Call;
using http::Json;
using http::Needs;

/// The observation as the caller sees it.
Json Shown(Call& call, const Observation& o) {
  auto& observations = call.Use<Observations>();
  const auto me = observations.Observer(call.who(), call.ods());
  return ToJson(o, me && me->id == o.author_member_id,
                SubjectNames(observations, call.who(), call.ods()).Of(*o.what.subject));
}

/// The requests with the service each names and the shared observations that answer it.
Json RequestsJson(Call& call, const std::vector<Request>& requests) {
  auto& observations = call.Use<Observations>();
  const std::string today = observations.Today();
  const SubjectNames names(observations, call.who(), call.ods());
  const auto seen = observations.Visible(call.who(), call.ods());
  return http::JsonList(requests, [&](const Request& r) {
    return ToJson(r, names.Of({SubjectKind::kService, *r.what.service_id}), AnswersTo(r, seen),
                  today);
  });
}

}  // namespace

void AddApiRoutes(http::Router& routes) {
  const Needs viewer = Needs::InOrg(Role::kViewer);
  const Needs member = Needs::InOrg(Role::kMember);
  const Needs secretary = Needs::InOrg(Role::kSecretary);

  routes.Api("GET", "/api/v1/orgs/{ods}/observations", viewer, [](Call& call) {
    auto& observations = call.Use<Observations>();
    const auto me = observations.Observer(call.who(), call.ods());
    const SubjectNames names(observations, call.who(), call.ods());
    return http::JsonResponse(
        http::JsonList(observations.Visible(call.who(), call.ods()), [&](const Observation& o) {
          return ToJson(o, me && me->id == o.author_member_id, names.Of(*o.what.subject));
        }));
  });
  routes.Api("POST", "/api/v1/orgs/{ods}/observations", member, [](Call& call) {
    auto& observations = call.Use<Observations>();
    const Observation o = observations.Record(
        call.who(), call.ods(),
        InputFromJson(http::ParseJsonObject(call.request.body), observations.Today()));
    return http::JsonResponse(Shown(call, o), 201);
  });
  routes.Api("GET", "/api/v1/orgs/{ods}/observations/{observation}", viewer, [](Call& call) {
    return http::JsonResponse(
        Shown(call, call.Use<Observations>().Get(call.who(), call.ods(), call.Id("observation"))));
  });
  routes.Api("PUT", "/api/v1/orgs/{ods}/observations/{observation}", viewer, [](Call& call) {
    auto& observations = call.Use<Observations>();
    const Observation o = observations.Update(
        call.who(), call.ods(), call.Id("observation"),
        InputFromJson(http::ParseJsonObject(call.request.body), observations.Today()));
    return http::JsonResponse(Shown(call, o));
  });
  routes.Api("DELETE", "/api/v1/orgs/{ods}/observations/{observation}", viewer, [](Call& call) {
    call.Use<Observations>().Delete(call.who(), call.ods(), call.Id("observation"));
    return http::NoContent();
  });

  routes.Api("GET", "/api/v1/orgs/{ods}/observation-requests", viewer, [](Call& call) {
    auto& observations = call.Use<Observations>();
    return http::JsonResponse(RequestsJson(call, observations.Requests(call.who(), call.ods())));
  });
  routes.Api("POST", "/api/v1/orgs/{ods}/observation-requests", secretary, [](Call& call) {
    const Request r = call.Use<Observations>().Ask(
        call.who(), call.ods(), RequestFromJson(http::ParseJsonObject(call.request.body)));
    return http::JsonResponse(RequestsJson(call, {r}).at(0), 201);
  });
}

http::ApiPart DescribeApi() {
  http::ApiPart part("features/observations");
  part.Enumerate("Observation/properties/occasion", OccasionNames())
      .Enumerate("ObservationInput/properties/occasion", OccasionNames())
      .Enumerate("Observation/properties/subject/properties/kind", SubjectKindNames())
      .Enumerate("ObservationInput/properties/subject_kind", SubjectKindNames());
  return part;
}

}  // namespace boardlens::observations
