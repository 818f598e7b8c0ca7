// One assurance gap: its evidence and the board's response, and for the secretary the two ways
// to respond: an action agreed on it, or a reason the board accepts.

#include "boardlens/base/utf8.hpp"
#include "boardlens/features/actions/page_parts.hpp"
#include "boardlens/features/assurance/assurance.hpp"
#include "boardlens/features/assurance/feature.hpp"
#include "boardlens/features/assurance/page_parts.hpp"

namespace boardlens::assurance {
namespace {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer

http::Response GapPage(Visit& v, const FieldErrors& errors = {}) {
  const std::string key = v.params.at("gap");
  const Gap gap = v.Use<Assurance>().GetGap(v.caller, v.ods(), key);
  Page page;
  page.title = gap.title;
  page.has_errors = !errors.empty();
  page.before_content = BackLink(v.OrgPath("/assurance"), "Back to assurance");
  const std::string done = v.request.Query("done");
  if (done == "action") page.content += SuccessBanner("Action agreed on the gap");
  if (done == "reason") page.content += SuccessBanner("Reason recorded");
  Html evidence;
  for (const auto& line : gap.evidence) evidence += Render("<li>{}</li>", line);
  page.content += Render(
      "{}<span class=\"nhsuk-caption-l\">Assurance gap</span><h1>{}</h1><ul class=\"nhsuk-list "
      "nhsuk-list--bullet\">{}</ul><h2>The board's response</h2>{}",
      ErrorSummary(errors), gap.title, evidence, ResponseText(v, gap));
  if (v.org().role >= Role::kSecretary) {
    page.content += Render(
        "<form action=\"{}\" method=\"post\" novalidate><h2>Agree an action</h2>{}{}{}</form>"
        "<form action=\"{}\" method=\"post\" novalidate><h2>Or accept a reason</h2>{}{}{}</form>",
        GapPath(v, gap, "/action"), CsrfField(v.caller.csrf_token),
        actions::ShortActionFields(v, errors), Button("Agree the action", "secondary"),
        GapPath(v, gap, "/reason"), CsrfField(v.caller.csrf_token),
        CharacterCount(Field{"reason", "Why the board accepts the difference",
                             errors.empty() ? std::string() : v.form.Get("reason"),
                             "For example, the new system went live last month and reports are "
                             "expected to rise while staff learn it",
                             std::string(errors.For("reason"))},
                       kMaxReasonLength, 3),
        Button("Record the reason", "secondary"));
  }
  return v.Show(page, "assurance", errors.empty() ? 200 : 400);
}

}  // namespace

void AddGapPages(http::Router& routes) {
  const http::Needs secretary = http::Needs::InOrg(Role::kSecretary);
  AddPage(routes, "GET", "/orgs/{ods}/assurance/gaps/{gap}", http::Needs::InOrg(Role::kViewer),
          [](Visit& v) { return GapPage(v); });
  AddPage(routes, "POST", "/orgs/{ods}/assurance/gaps/{gap}/action", secretary, [](Visit& v) {
    auto& assurance = v.Use<Assurance>();
    const std::string key = v.params.at("gap");
    FieldErrors errors;
    const actions::ActionInput input = actions::ReadShortAction(v, errors);
    actions::RecordShortAction(errors, input, IsoDate(v.call.Use<Clock>().Now()),
                               [&] { assurance.AgreeAction(v.caller, v.ods(), key, input); });
    if (!errors.empty()) return GapPage(v, errors);
    return Redirect(GapPath(v, assurance.GetGap(v.caller, v.ods(), key), "?done=action"));
  });
  AddPage(routes, "POST", "/orgs/{ods}/assurance/gaps/{gap}/reason", secretary, [](Visit& v) {
    auto& assurance = v.Use<Assurance>();
    const std::string key = v.params.at("gap");
    const std::string reason = v.form.Get("reason");
    FieldErrors errors;
    if (Trim(reason).empty()) {
      errors.Add("reason", "Enter why the board accepts the difference");
    } else if (CountCharacters(reason) > kMaxReasonLength) {
      errors.Add("reason", TooLongMessage("The reason", kMaxReasonLength));
    } else {
      CollectFieldError(errors, {"reason"},
                        [&] { assurance.AcceptReason(v.caller, v.ods(), key, reason); });
    }
    if (!errors.empty()) return GapPage(v, errors);
    return Redirect(GapPath(v, assurance.GetGap(v.caller, v.ods(), key), "?done=reason"));
  });
}

}  // namespace boardlens::assurance
