// The rounds API: create, open and close rounds, answer them, import a closed round, follow
// completion.

#include "boardlens/base/error.hpp"
#include "boardlens/features/rounds/csv_import.hpp"
#include "boardlens/features/rounds/feature.hpp"
#include "boardlens/features/rounds/json.hpp"
#include "boardlens/features/rounds/rounds.hpp"
#include "boardlens/http/call.hpp"
#include "boardlens/http/site.hpp"

namespace boardlens::rounds {
namespace {

using http::Call;
using http::Json;
using http::Needs;

std::vector<AnswerInput> AnswersField(const Json& body) {
  const auto it = body.find("answers");
  if (it == body.end() || !it->is_array()) {
    throw Invalid("answers must be a list of {item, rating, evidence}", "answers");
  }
  std::vector<AnswerInput> out;
  for (std::size_t i = 0; i < it->size(); ++i) {
    const Json& a = (*it)[i];
    AnswerInput in;
    in.where = "answers[" + std::to_string(i) + "]";
    if (!a.is_object()) throw Invalid("each answer must be an object", in.where);
    const auto item = a.find("item");
    if (item == a.end() || !item->is_string()) {
      throw Invalid("item is required and must be a string", in.where + ".item");
    }
    in.item = item->get<std::string>();
    const auto rating = a.find("rating");
    bool ok = false;
    if (rating != a.end() && rating->is_number_integer()) {
      const auto v = rating->get<std::int64_t>();
      ok = v >= 1 && v <= 5;
      in.rating = static_cast<std::int8_t>(ok ? v : 0);
    } else if (rating != a.end() && rating->is_string()) {
      ok = ParseRating(rating->get<std::string>(), in.rating);
    }
    if (!ok) {
      throw Invalid("rating must be a whole number from 1 to 5, or \"DK\" for don't know",
                    in.where + ".rating");
    }
    const auto evidence = a.find("evidence");
    if (evidence != a.end() && !evidence->is_null()) {
      if (!evidence->is_string()) throw Invalid("evidence must be text", in.where + ".evidence");
      in.evidence = evidence->get<std::string>();
    }
    out.push_back(std::move(in));
  }
  return out;
}

/// A date field of an optional JSON body: empty when the body or the field is absent or null.
std::string OptionalDate(const Call& call, const char* field) {
  if (call.request.body.empty()) return {};
  return http::String(http::ParseJsonObject(call.request.body), field, false);
}

/// The reminder a POST to .../reminders sends: its "message", or when that is absent or null
/// the one the round page offers.
std::string ReminderMessage(Call& call, const RoundView& view) {
  if (!call.request.body.empty()) {
    const Json body = http::ParseJsonObject(call.request.body);
    const auto it = body.find("message");
    if (it != body.end() && !it->is_null()) {
      if (!it->is_string()) throw Invalid("message must be text", "message");
      return it->get<std::string>();
    }
  }
  const Caller& who = call.who();
  return ReminderText(view,
                      call.Use<http::Site>().base_url() + "/orgs/" + call.ods() + "/rounds/" +
                          std::to_string(view.round.id) + "/answer",
                      who.name.empty() ? who.email : who.name);
}

Json AnswersJson(const std::vector<Answer>& answers) {
  return {{"answers", http::JsonList(answers, [](const Answer& a) { return ToJson(a); })}};
}

}  // namespace

void AddApiRoutes(http::Router& routes) {
  const Needs viewer = Needs::InOrg(Role::kViewer);
  const Needs member = Needs::InOrg(Role::kMember);
  const Needs secretary = Needs::InOrg(Role::kSecretary);

  routes.Api("GET", "/api/v1/orgs/{ods}/rounds", viewer, [](Call& call) {
    return http::JsonResponse(http::JsonList(call.Use<Rounds>().ListRounds(call.who(), call.ods()),
                                             [](const Round& r) { return ToJson(r); }));
  });
  routes.Api("POST", "/api/v1/orgs/{ods}/rounds", secretary, [](Call& call) {
    const Json body = http::ParseJsonObject(call.request.body);
    return http::JsonResponse(
        ToJson(call.Use<Rounds>().CreateRound(
            call.who(), call.ods(), http::String(body, "framework"), http::String(body, "title"))),
        201);
  });
  routes.Api("POST", "/api/v1/orgs/{ods}/rounds/import", secretary.Bulk(), [](Call& call) {
    const http::Request& req = call.request;
    for (const char* name : {"framework", "title", "closed_on"}) {
      if (req.Query(name).empty()) {
        throw Invalid(std::string("the query parameter ") + name + " is required", name);
      }
    }
    auto& rounds = call.Use<Rounds>();
    const Id id = rounds.ImportRound(call.who(), call.ods(), req.Query("framework"),
                                     req.Query("title"), req.Query("closed_on"), req.body, "body");
    return http::JsonResponse(ToJson(rounds.GetRound(call.who(), call.ods(), id)), 201);
  });
  routes.Api("GET", "/api/v1/orgs/{ods}/rounds/{round}", viewer, [](Call& call) {
    return http::JsonResponse(
        ToJson(call.Use<Rounds>().GetRound(call.who(), call.ods(), call.Id("round"))));
  });
  routes.Api("POST", "/api/v1/orgs/{ods}/rounds/{round}/open", secretary, [](Call& call) {
    return http::JsonResponse(ToJson(call.Use<Rounds>().OpenRound(
        call.who(), call.ods(), call.Id("round"), OptionalDate(call, "closes_by"))));
  });
  routes.Api("PUT", "/api/v1/orgs/{ods}/rounds/{round}/deadline", secretary, [](Call& call) {
    return http::JsonResponse(ToJson(call.Use<Rounds>().SetDeadline(
        call.who(), call.ods(), call.Id("round"), OptionalDate(call, "closes_by"))));
  });
  routes.Api("POST", "/api/v1/orgs/{ods}/rounds/{round}/close", secretary, [](Call& call) {
    return http::JsonResponse(ToJson(call.Use<Rounds>().CloseRound(
        call.who(), call.ods(), call.Id("round"), OptionalDate(call, "closed_on"))));
  });
  routes.Api("POST", "/api/v1/orgs/{ods}/rounds/{round}/withdraw", secretary, [](Call& call) {
    return http::JsonResponse(
        ToJson(call.Use<Rounds>().WithdrawRound(call.who(), call.ods(), call.Id("round"))));
  });
  routes.Api("DELETE", "/api/v1/orgs/{ods}/rounds/{round}", secretary, [](Call& call) {
    call.Use<Rounds>().DeleteRound(call.who(), call.ods(), call.Id("round"));
    return http::NoContent();
  });
  routes.Api("GET", "/api/v1/orgs/{ods}/rounds/{round}/completion", secretary, [](Call& call) {
    const auto rows = call.Use<Rounds>().Completion(call.who(), call.ods(), call.Id("round"));
    return http::JsonResponse(
        {{"members", http::JsonList(rows, [](const CompletionRow& r) { return ToJson(r); })},
         {"complete", CountComplete(rows)},
         {"total", rows.size()}});
  });
  // Sending waits on the mail server, so it runs on the worker pool.
  routes.Api(
      "POST", "/api/v1/orgs/{ods}/rounds/{round}/reminders", secretary.OnWorker(), [](Call& call) {
        auto& rounds = call.Use<Rounds>();
        const RoundView view = rounds.GetRound(call.who(), call.ods(), call.Id("round"));
        return http::JsonResponse(ToJson(
            rounds.Remind(call.who(), call.ods(), view.round.id, ReminderMessage(call, view))));
      });
  routes.Api("GET", "/api/v1/orgs/{ods}/rounds/{round}/answers/mine", member, [](Call& call) {
    return http::JsonResponse(
        AnswersJson(call.Use<Rounds>().MyAnswers(call.who(), call.ods(), call.Id("round"))));
  });
  routes.Api("PUT", "/api/v1/orgs/{ods}/rounds/{round}/answers/mine", member, [](Call& call) {
    const Id round = call.Id("round");
    auto& rounds = call.Use<Rounds>();
    rounds.SubmitAnswers(call.who(), call.ods(), round,
                         AnswersField(http::ParseJsonObject(call.request.body)));
    return http::JsonResponse(AnswersJson(rounds.MyAnswers(call.who(), call.ods(), round)));
  });
}

http::ApiPart DescribeApi() {
  http::ApiPart part("features/rounds");
  part.Enumerate("Round/properties/status", RoundStatusNames());
  return part;
}

}  // namespace boardlens::rounds
