// The management response: its place on the results page, the secretary's page to name who
// responds, and the responder's page to write it.

#include "boardlens/base/error.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/base/utf8.hpp"
#include "boardlens/features/results/feature.hpp"
#include "boardlens/features/results/responses.hpp"
#include "boardlens/features/rounds/page_parts.hpp"
#include "boardlens/html/page.hpp"

namespace boardlens::results {
namespace {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer
using http::Needs;

/// A form page about one round's response: `heading`, then `fields` and a button.
http::Response FormPage(Visit& v, Id round, const std::string& heading, const std::string& step,
                        const Html& fields, const FieldErrors& errors) {
  const auto view = v.Use<rounds::Rounds>().GetRound(v.caller, v.ods(), round);
  Page page;
  page.title = heading;
  page.has_errors = !errors.empty();
  page.before_content =
      BackLink(rounds::RoundPath(v, round, "/results#response"), "Back to the results");
  page.content = Render(
      "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">{}"
      "<span class=\"nhsuk-caption-l\">{}</span><h1>{}</h1>"
      "<form action=\"{}\" method=\"post\" novalidate>{}{}{}</form></div></div>",
      ErrorSummary(errors), view.round.title, heading, rounds::RoundPath(v, round, step),
      CsrfField(v.caller.csrf_token), fields, Button("Save"));
  return v.Show(page, "rounds", errors.empty() ? 200 : 400);
}

http::Response ResponderForm(Visit& v, Id round, const std::string& chosen,
                             const FieldErrors& errors) {
  std::vector<Choice> members;
  for (const auto& m : v.Use<orgs::Board>().ListMembers(v.caller, v.ods())) {
    members.push_back({std::to_string(m.id), m.name + ", " + m.job_title, {}, false});
  }
  return FormPage(v, round, "Who will write the management response?", "/response/responder",
                  Select({"responder", "Board member", chosen,
                          "Usually the chief digital or information officer. Only they can "
                          "write the response; you can ask someone else at any time.",
                          std::string(errors.For("responder"))},
                         "Choose a board member", members),
                  errors);
}

http::Response WriteForm(Visit& v, Id round, const std::string& text, const FieldErrors& errors) {
  return FormPage(v, round, "Write the management response", "/response",
                  CharacterCount({"response", "Management response", text,
                                  "What the executive will do about these results, and what the "
                                  "board should expect to see next. Everyone on the board reads "
                                  "it with the results.",
                                  std::string(errors.For("response"))},
                                 kMaxResponseLength, 10),
                  errors);
}

}  // namespace

Html ResponseSection(Visit& v, Id round) {
  const auto response = v.Use<Responses>().Get(v.caller, v.ods(), round);
  const bool secretary = v.org().role >= Role::kSecretary;
  const auto me = v.Use<orgs::Board>().MyMembership(v.caller, v.ods());
  Html out = Html("<h2 id=\"response\">Management response</h2>");
  if (response && !response->text.empty()) {
    out += Render(
        "<div class=\"nhsuk-inset-text\"><span class=\"nhsuk-u-visually-hidden\">Information: "
        "</span><p class=\"bl-preserve-lines\">{}</p><p class=\"nhsuk-body-s\">{}, {}, {}</p>"
        "</div>",
        response->text, response->responder.name, response->responder.job_title,
        DateText(response->written_at));
  } else if (response) {
    out +=
        Render("<p>{} has been asked to respond to these results.</p>", response->responder.name);
  } else {
    out += Html("<p>Nobody has been asked to respond to these results yet.</p>");
  }
  if (response && me && me->id == response->responder.id) {
    out += Render("<p><a href=\"{}\">{} the response</a></p>",
                  rounds::RoundPath(v, round, "/response"),
                  response->text.empty() ? "Write" : "Change");
  }
  if (secretary) {
    out +=
        Render("<p><a href=\"{}\">{}</a></p>", rounds::RoundPath(v, round, "/response/responder"),
               response ? "Ask someone else to respond" : "Ask a board member to respond");
  }
  return out;
}

void AddResponsePages(http::Router& routes) {
  const Needs secretary = Needs::InOrg(Role::kSecretary);
  const Needs member = Needs::InOrg(Role::kMember);
  AddPage(routes, "GET", "/orgs/{ods}/rounds/{round}/response/responder", secretary, [](Visit& v) {
    const Id round = v.call.Id("round");
    const auto current = v.Use<Responses>().Get(v.caller, v.ods(), round);
    return ResponderForm(v, round, current ? std::to_string(current->responder.id) : "", {});
  });
  AddPage(routes, "POST", "/orgs/{ods}/rounds/{round}/response/responder", secretary, [](Visit& v) {
    const Id round = v.call.Id("round");
    const std::string chosen = v.form.Get("responder");
    FieldErrors errors;
    const bool number = !chosen.empty() && chosen.size() < 19 &&
                        chosen.find_first_not_of("0123456789") == std::string::npos;
    if (!number) errors.Add("responder", "Choose the board member who will respond");
    if (errors.empty()) {
      CollectFieldError(errors, {"responder"}, [&] {
        v.Use<Responses>().NameResponder(v.caller, v.ods(), round, std::stoll(chosen));
      });
    }
    if (!errors.empty()) return ResponderForm(v, round, chosen, errors);
    return Redirect(rounds::RoundPath(v, round, "/results#response"));
  });
  AddPage(routes, "GET", "/orgs/{ods}/rounds/{round}/response", member, [](Visit& v) {
    const Id round = v.call.Id("round");
    return WriteForm(v, round, v.Use<Responses>().RequireResponder(v.caller, v.ods(), round).text,
                     {});
  });
  AddPage(routes, "POST", "/orgs/{ods}/rounds/{round}/response", member, [](Visit& v) {
    const Id round = v.call.Id("round");
    const std::string text = v.form.Get("response");
    FieldErrors errors;
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
      errors.Add("response", "Enter the management response");
    } else if (CountCharacters(text) > kMaxResponseLength) {
      errors.Add("response", TooLongMessage("Management response", kMaxResponseLength));
    }
    if (errors.empty()) {
      CollectFieldError(errors, {"response"},
                        [&] { v.Use<Responses>().Write(v.caller, v.ods(), round, text); });
    }
    if (!errors.empty()) return WriteForm(v, round, text, errors);
    return Redirect(rounds::RoundPath(v, round, "/results#response"));
  });
}

}  // namespace boardlens::results
