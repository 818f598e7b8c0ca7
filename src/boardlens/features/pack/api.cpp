// The board pack's API: the packs issued for meetings, issuing one, and each one's file as it
// was issued.

#include "boardlens/base/clock.hpp"
#include "boardlens/base/error.hpp"
#include "boardlens/base/names.hpp"
#include "boardlens/features/pack/feature.hpp"
#include "boardlens/features/pack/issued.hpp"
#include "boardlens/features/pack/pack.hpp"
#include "boardlens/http/call.hpp"

namespace boardlens::pack {
namespace {

using http::Call;
using http::Json;

Json ToJson(const IssuedPack& p) {
  return {{"id", p.id},
          {"meeting_on", p.meeting_on},
          {"audience", ToString(p.audience)},
          {"issued_by", p.issued_by_name},
          {"issued_at", IsoTime(p.issued_at)},
          {"sha256", p.sha256},
          {"size", p.size}};
}

}  // namespace

void AddApiRoutes(http::Router& routes) {
  const http::Needs viewer = http::Needs::InOrg(Role::kViewer);
  const http::Needs secretary = http::Needs::InOrg(Role::kSecretary);
  routes.Api("GET", "/api/v1/orgs/{ods}/packs", viewer, [](Call& call) {
    return http::JsonResponse(
        http::JsonList(call.Use<Pack>().Issued(call.who(), call.ods()), ToJson));
  });
  routes.Api("POST", "/api/v1/orgs/{ods}/packs", secretary, [](Call& call) {
    const Json body = http::ParseJsonObject(call.request.body);
    Problems problems;
    std::string meeting_on;
    std::optional<Audience> audience = Audience::kBoard;
    problems.Check([&] { meeting_on = http::String(body, "meeting_on"); });
    problems.Check([&] {
      const std::string word = http::String(body, "audience", false);
      if (word.empty()) return;
      audience = ParseAudience(word);
      if (!audience) {
        throw Invalid("audience must be one of " + NamesList(AudienceNames()), "audience");
      }
    });
    problems.ThrowIfAny();
    return http::JsonResponse(
        ToJson(call.Use<Pack>().Issue(call.who(), call.ods(), meeting_on, *audience)), 201);
  });
  routes.Api("GET", "/api/v1/orgs/{ods}/packs/{pack}", viewer, [](Call& call) {
    return http::JsonResponse(
        ToJson(call.Use<Pack>().GetIssued(call.who(), call.ods(), call.Id("pack"))));
  });
  routes.Api("GET", "/api/v1/orgs/{ods}/packs/{pack}/pdf", viewer, [](Call& call) {
    auto& pack = call.Use<Pack>();
    const IssuedPack issued = pack.GetIssued(call.who(), call.ods(), call.Id("pack"));
    http::Response r;
    r.content_type = "application/pdf";
    r.headers.emplace_back("Content-Disposition",
                           "attachment; filename=\"" + Pack::FileName(issued, call.ods()) + "\"");
    r.body = pack.IssuedFile(call.who(), call.ods(), issued.id);
    return r;
  });
}

http::ApiPart DescribeApi() {
  http::ApiPart part("features/pack");
  part.Enumerate("IssuedPack/properties/audience", AudienceNames())
      .Enumerate("IssuedPackInput/properties/audience", AudienceNames());
  return part;
}

}  // namespace boardlens::pack
