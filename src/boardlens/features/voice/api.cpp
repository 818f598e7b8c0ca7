// The user-voice API: the summary (suppressed as on the page), the reports, the link, the
// public form's help text and the "you said, we did" log.

#include "boardlens/base/names.hpp"
#include "boardlens/features/voice/feature.hpp"
#include "boardlens/features/voice/json.hpp"
#include "boardlens/features/voice/report.hpp"
#include "boardlens/features/voice/suppression.hpp"
#include "boardlens/features/voice/voice.hpp"
#include "boardlens/http/call.hpp"
#include "boardlens/http/site.hpp"

namespace boardlens::voice {

using http::Call;
using http::Json;
using http::Needs;

namespace {
std::string LinkOf(Call& call, const std::string& token) {
  return call.Use<http::Site>().base_url() + "/voice/" + token;
}
}  // namespace

void AddApiRoutes(http::Router& routes) {
  const Needs viewer = Needs::InOrg(Role::kViewer);
  const Needs secretary = Needs::InOrg(Role::kSecretary);

  routes.Api("GET", "/api/v1/orgs/{ods}/voice", viewer, [](Call& call) {
    auto& voice = call.Use<Voice>();
    const Summary summary = voice.Summarise(call.who(), call.ods());
    return http::JsonResponse(ToJson(summary, LinkOf(call, voice.Link(call.who(), call.ods()))));
  });
  routes.Api(
      "GET", "/api/v1/orgs/{ods}/voice/reports", Needs::InOrg(Role::kMember), [](Call& call) {
        auto& voice = call.Use<Voice>();
        const ReportFilter filter = FilterOf(call.request, voice.ReportMonths(), false);
        return http::JsonResponse(http::JsonList(voice.Reports(call.who(), call.ods(), filter).rows,
                                                 [](const ReportRow& r) { return ToJson(r); }));
      });
  routes.Api("POST", "/api/v1/orgs/{ods}/voice/link", secretary, [](Call& call) {
    const std::string token = call.Use<Voice>().RotateLink(call.who(), call.ods());
    return http::JsonResponse(Json{{"link", LinkOf(call, token)}}, 201);
  });
  // What the public form says about urgent help and the patient advice and liaison service.
  routes.Api("GET", "/api/v1/orgs/{ods}/voice/help", viewer, [](Call& call) {
    return http::JsonResponse(Json{{"help", call.Use<Voice>().Help(call.who(), call.ods())}});
  });
  routes.Api("PUT", "/api/v1/orgs/{ods}/voice/help", secretary, [](Call& call) {
    const Json body = http::ParseJsonObject(call.request.body);
    auto& voice = call.Use<Voice>();
    voice.SetHelp(call.who(), call.ods(), http::String(body, "help", false));
    return http::JsonResponse(Json{{"help", voice.Help(call.who(), call.ods())}});
  });
  routes.Api("GET", "/api/v1/orgs/{ods}/voice/changes", viewer, [](Call& call) {
    return http::JsonResponse(http::JsonList(call.Use<Voice>().Changes(call.who(), call.ods()),
                                             [](const Change& c) { return ToJson(c); }));
  });
  routes.Api("POST", "/api/v1/orgs/{ods}/voice/changes", secretary, [](Call& call) {
    const Change change = call.Use<Voice>().AddChange(
        call.who(), call.ods(), ChangeFromJson(http::ParseJsonObject(call.request.body)));
    return http::JsonResponse(ToJson(change), 201);
  });
  routes.Api("PUT", "/api/v1/orgs/{ods}/voice/changes/{change}", secretary, [](Call& call) {
    const Change change =
        call.Use<Voice>().UpdateChange(call.who(), call.ods(), call.Id("change"),
                                       ChangeFromJson(http::ParseJsonObject(call.request.body)));
    return http::JsonResponse(ToJson(change));
  });
}

http::ApiPart DescribeApi() {
  const auto hidden = NamesUpTo(Hidden::kProtectsAnother, HiddenCode);
  http::ApiPart part("features/voice");
  part.Enumerate("VoiceReporter", NamesOf(Reporters()))
      .Enumerate("VoiceBarrier", NamesOf(Barriers()))
      .Enumerate("VoiceCount/properties/reason", hidden)
      .Enumerate("VoiceReport/properties/reporter", NamesOf(Reporters()))
      .Enumerate("VoiceReport/properties/how_often", NamesOf(HowOftens()))
      .Enumerate("VoiceReport/properties/impact", NamesOf(Impacts()))
      .Enumerate("VoiceReport/properties/fft", NamesOf(FftAnswers()))
      .Enumerate("VoiceSummary/properties/by_month/items/properties/fft_positive_hidden", hidden);
  return part;
}

}  // namespace boardlens::voice
