// The board-questions checklist API: the checklist (filtered as the page filters it), one
// question with its history, a change to its record, and an import of answers from CSV.

#include "boardlens/features/questions/checklist.hpp"
#include "boardlens/features/questions/feature.hpp"
#include "boardlens/features/questions/json.hpp"
#include "boardlens/http/call.hpp"

namespace boardlens::questions {

using http::Call;
using http::Json;
using http::Needs;

void AddApiRoutes(http::Router& routes) {
  const Needs viewer = Needs::InOrg(Role::kViewer);
  // Keeping the checklist: the secretary or an executive director (the use cases check it again).
  const Needs keeper = Needs::Keeper();

  routes.Api("GET", "/api/v1/orgs/{ods}/questions", viewer, [](Call& call) {
    auto& checklist = call.Use<Checklist>();
    const Filter filter = ParseFilter(call.request.Query("status"), call.request.Query("owner"),
                                      call.request.Query("overdue"));
    const std::string today = checklist.Today();
    Json out = Json::array();
    for (const Question& q : checklist.List(call.who(), call.ods())) {
      if (Matches(q, filter, today)) out.push_back(ToJson(q, today));
    }
    return http::JsonResponse(out);
  });
  routes.Api("POST", "/api/v1/orgs/{ods}/questions/import", keeper.Bulk(), [](Call& call) {
    const std::size_t changed =
        call.Use<Checklist>().Import(call.who(), call.ods(), call.request.body, "body");
    return http::JsonResponse(Json{{"changed", changed}});
  });
  routes.Api("GET", "/api/v1/orgs/{ods}/questions/{framework}/{question}", viewer, [](Call& call) {
    auto& checklist = call.Use<Checklist>();
    const std::string& framework = call.params.at("framework");
    const std::string& item = call.params.at("question");
    Json out = ToJson(checklist.Get(call.who(), call.ods(), framework, item), checklist.Today());
    out["history"] = http::JsonList(checklist.History(call.who(), call.ods(), framework, item),
                                    [](const Record& r) { return ToJson(r); });
    return http::JsonResponse(out);
  });
  routes.Api("PUT", "/api/v1/orgs/{ods}/questions/{framework}/{question}", keeper, [](Call& call) {
    auto& checklist = call.Use<Checklist>();
    const Question q = checklist.Update(call.who(), call.ods(), call.params.at("framework"),
                                        call.params.at("question"),
                                        AnswerFromJson(http::ParseJsonObject(call.request.body)));
    return http::JsonResponse(ToJson(q, checklist.Today()));
  });
}

http::ApiPart DescribeApi() {
  http::ApiPart part("features/questions");
  part.Enumerate("BoardQuestion/properties/status", StatusNames());
  part.Enumerate("BoardQuestionRecord/properties/status", StatusNames());
  part.Enumerate("BoardQuestionInput/properties/status", StatusNames());
  part.Enumerate("BoardQuestionStatus", StatusNames());
  part.Enumerate("BoardQuestionOverdue", {kOverdueYes, kOverdueNo});
  return part;
}

}  // namespace boardlens::questions
