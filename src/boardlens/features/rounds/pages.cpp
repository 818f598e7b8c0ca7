// Assessment rounds: the list, creating one, and the round's own page, where the secretary
// opens it, follows who has answered (never what) and closes it.

#include <map>

#include "boardlens/base/error.hpp"
#include "boardlens/features/frameworks/frameworks.hpp"
#include "boardlens/features/orgs/board.hpp"
#include "boardlens/features/rounds/feature.hpp"
#include "boardlens/features/rounds/page_parts.hpp"
#include "boardlens/features/rounds/rounds.hpp"

namespace boardlens::rounds {
namespace {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer
using http::Needs;

http::Response NewRoundForm(Visit& v, const std::string& title, const std::string& framework,
                            const FieldErrors& errors) {
  std::vector<Choice> choices;
  for (const auto& fw : v.Use<frameworks::Frameworks>().List(v.caller, v.ods())) {
    choices.push_back(
        {fw.framework.ref, fw.framework.title,
         std::to_string(fw.framework.items.size()) + " questions. " + fw.framework.source, false});
  }
  Page page;
  page.title = "Create an assessment round";
  page.has_errors = !errors.empty();
  page.before_content = BackLink(v.OrgPath("/rounds"), "Back to assessment rounds");
  page.content = Render(
      "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">{}"
      "<h1>Create an assessment round</h1><p>The round starts as a draft. Board members can "
      "answer once you open it.</p><form action=\"{}\" method=\"post\" novalidate>{}{}{}{}</form>"
      "</div></div>",
      ErrorSummary(errors), v.OrgPath("/rounds/new"), CsrfField(v.caller.csrf_token),
      TextInput({"title", "Title", title, "For example, Winter 2026 board self-assessment",
                 std::string(errors.For("title"))}),
      Radios({"framework",
              "Which framework will the board assess itself against?",
              framework,
              {},
              std::string(errors.For("framework"))},
             choices),
      Button("Create round"));
  return v.Show(page, "rounds", errors.empty() ? 200 : 400);
}

Html CompletionTracker(Visit& v, const RoundView& view) {
  const auto rows = v.Use<Rounds>().Completion(v.caller, v.ods(), view.round.id);
  Table table;
  table.caption = "Who has answered (what they answered is never shown)";
  table.headings = {"Board member", "Membership", "Questions answered", "Status"};
  for (const auto& row : rows) {
    const bool done = row.complete();
    table.rows.push_back(
        {Escape(row.member.name),
         Escape(row.member.membership == orgs::Membership::kExecutive ? "Executive"
                                                                      : "Non-executive"),
         Render("{} of {}", row.answered, row.items),
         done               ? Tag("Complete", "green")
         : row.answered > 0 ? Tag("In progress", "yellow")
                            : Tag("Not started", "grey")});
  }
  return Render(
      "<h2>Completion</h2><p>{} of {} board members have answered every question.</p>{}{}",
      CountComplete(rows), rows.size(), DataTable(table),
      CsvLink(RoundPath(v, view.round.id, "/completion.csv")));
}

Html CloseForm(Visit& v, const RoundView& view, const DateParts& closed_on,
               const FieldErrors& errors) {
  return Render(
      "<h2>Close the round</h2><p>Closing freezes every answer and publishes the results to the "
      "board. Members who have not answered can no longer do so.</p>"
      "<form action=\"{}\" method=\"post\" novalidate>{}{}{}</form>",
      RoundPath(v, view.round.id, "/close"), CsrfField(v.caller.csrf_token),
      DateInput({"closed_on",
                 "Date the round closed",
                 {},
                 "For example, 30 11 2026",
                 std::string(errors.For("closed_on"))},
                closed_on),
      Button("Close the round", "warning"));
}

/// `closed_on` is what the close form shows: as typed after an error, or else today.
http::Response RoundPage(Visit& v, Id id, const std::optional<DateParts>& closed_on,
                         const FieldErrors& errors) {
  const RoundView view = v.Use<Rounds>().GetRound(v.caller, v.ods(), id);
  const bool secretary = v.org().role >= Role::kSecretary;
  const Round& round = view.round;
  Page page;
  page.title = round.title;
  page.has_errors = !errors.empty();
  page.before_content = BackLink(v.OrgPath("/rounds"), "Back to assessment rounds");
  page.content = ErrorSummary(errors);
  const std::string done = v.request.Query("done");
  if (done == "created")
    page.content += SuccessBanner("Round created", "It is a draft until you open it.");
  if (done == "opened")
    page.content += SuccessBanner("Round opened", "Board members can now answer.");
  page.content += Render("<h1>{}</h1>", round.title);
  page.content += SummaryList({
      {"Status", RoundStatusTag(round.status), {}},
      {"Framework",
       Render("<a href=\"{}\">{}</a> (version {})",
              v.OrgPath("/frameworks/" + view.framework.framework.ref),
              view.framework.framework.title, view.framework.framework.version.str()),
       {}},
      {"Questions", ToHtml(view.framework.framework.items.size()), {}},
  });
  switch (round.status) {
    case RoundStatus::kDraft:
      page.content +=
          secretary
              ? Render("<p>Open the round when the board is ready to answer.</p>{}",
                       ButtonForm(RoundPath(v, id, "/open"), v.caller.csrf_token, "Open the round"))
              : Html("<p>This round is not open yet.</p>");
      break;
    case RoundStatus::kOpen:
      if (v.Use<orgs::Board>().MyMembership(v.caller, v.ods())) {
        page.content += MyAnswersPanel(v, view);
      }
      if (secretary) {
        page.content += CompletionTracker(v, view);
        page.content += CloseForm(
            v, view, closed_on.value_or(DateParts::Of(IsoDate(v.Use<Clock>().Now()))), errors);
      }
      break;
    case RoundStatus::kClosed:
      page.content += Render("<p>The round closed on {}. <a href=\"{}\">See the results</a></p>",
                             DateText(round.closed_on), RoundPath(v, id, "/results"));
      if (v.Use<orgs::Board>().MyMembership(v.caller, v.ods())) {
        page.content += Render("<p><a href=\"{}\">Read your own answers</a></p>",
                               RoundPath(v, id, "/my-answers"));
      }
      break;
  }
  return v.Show(page, "rounds", errors.empty() ? 200 : 400);
}

}  // namespace

void AddPages(http::Router& routes) {
  AddPage(routes, "GET", "/orgs/{ods}/rounds", Needs::InOrg(Role::kViewer), [](Visit& v) {
    const bool secretary = v.org().role >= Role::kSecretary;
    const auto rounds = v.Use<Rounds>().ListRounds(v.caller, v.ods());
    // People know a framework by its title; its ref is for files and links.
    std::map<std::string, std::string> titles;
    for (const auto& fw : v.Use<frameworks::Frameworks>().List(v.caller, v.ods())) {
      titles.emplace(fw.framework.ref, fw.framework.title);
    }
    const auto title_of = [&titles](const std::string& ref) {
      const auto it = titles.find(ref);
      return it == titles.end() ? ref : it->second;
    };
    Table table;
    table.caption = "Assessment rounds, newest first";
    table.headings = {"Round", "Framework", "Status", "Closed on"};
    for (const auto& r : rounds) {  // the store lists them newest first
      table.rows.push_back({Render("<a href=\"{}\">{}</a>", RoundPath(v, r.id), r.title),
                            Escape(title_of(r.framework_ref)), RoundStatusTag(r.status),
                            Escape(r.closed_on.empty() ? "–" : DateText(r.closed_on))});
    }
    Page page;
    page.title = "Assessment rounds";
    page.content = Html("<h1>Assessment rounds</h1>");
    page.content +=
        rounds.empty() ? Html("<p>There are no assessment rounds yet.</p>") : DataTable(table);
    if (secretary) {
      page.content += Render("<a class=\"nhsuk-button\" href=\"{}\">Create a new round</a>",
                             v.OrgPath("/rounds/new"));
    }
    return v.Show(page, "rounds");
  });

  AddPage(routes, "GET", "/orgs/{ods}/rounds.csv", Needs::InOrg(Role::kViewer), [](Visit& v) {
    std::vector<std::vector<std::string>> rows{{"id", "title", "framework", "status", "closed_on"}};
    for (const auto& r : v.Use<Rounds>().ListRounds(v.caller, v.ods())) {
      rows.push_back({std::to_string(r.id), r.title, r.framework_ref,
                      std::string(ToString(r.status)), r.closed_on});
    }
    return CsvDownload(v.ods() + "-rounds.csv", rows);
  });

  AddPage(
      routes, "GET", "/orgs/{ods}/rounds/{round}/completion.csv", Needs::InOrg(Role::kSecretary),
      [](Visit& v) {
        const Id id = v.call.Id("round");
        std::vector<std::vector<std::string>> rows{{"name", "membership", "answered", "questions"}};
        for (const auto& row : v.Use<Rounds>().Completion(v.caller, v.ods(), id)) {
          rows.push_back({row.member.name, std::string(ToString(row.member.membership)),
                          std::to_string(row.answered), std::to_string(row.items)});
        }
        return CsvDownload(v.ods() + "-round-" + std::to_string(id) + "-completion.csv", rows);
      });

  AddPage(routes, "GET", "/orgs/{ods}/rounds/new", Needs::InOrg(Role::kSecretary),
          [](Visit& v) { return NewRoundForm(v, {}, {}, {}); });
  AddPage(routes, "POST", "/orgs/{ods}/rounds/new", Needs::InOrg(Role::kSecretary), [](Visit& v) {
    const std::string title = v.form.Get("title");
    const std::string framework = v.form.Get("framework");
    FieldErrors errors;
    if (title.empty()) errors.Add("title", "Enter a title for the round");
    if (framework.empty()) errors.Add("framework", "Select a framework");
    Id id = 0;
    if (errors.empty()) {
      CollectFieldError(errors, {"title", "framework"}, [&] {
        id = v.Use<Rounds>().CreateRound(v.caller, v.ods(), framework, title).round.id;
      });
    }
    if (!errors.empty()) return NewRoundForm(v, title, framework, errors);
    return Redirect(RoundPath(v, id, "?done=created"));
  });

  AddPage(routes, "GET", "/orgs/{ods}/rounds/{round}", Needs::InOrg(Role::kViewer),
          [](Visit& v) { return RoundPage(v, v.call.Id("round"), std::nullopt, {}); });
  AddPage(routes, "POST", "/orgs/{ods}/rounds/{round}/open", Needs::InOrg(Role::kSecretary),
          [](Visit& v) {
            const Id id = v.call.Id("round");
            v.Use<Rounds>().OpenRound(v.caller, v.ods(), id);
            return Redirect(RoundPath(v, id, "?done=opened"));
          });
  AddPage(routes, "POST", "/orgs/{ods}/rounds/{round}/close", Needs::InOrg(Role::kSecretary),
          [](Visit& v) {
            const Id id = v.call.Id("round");
            const DateParts typed = DateParts::Read(v.form, "closed_on");
            FieldErrors errors;
            std::string problem;
            const auto closed_on = typed.ToIso("the date the round closed", problem);
            if (!closed_on) errors.Add("closed_on", problem);
            if (errors.empty()) {
              CollectFieldError(errors, {"closed_on"}, [&] {
                v.Use<Rounds>().CloseRound(v.caller, v.ods(), id, *closed_on);
              });
            }
            if (!errors.empty()) return RoundPage(v, id, typed, errors);
            return Redirect(RoundPath(v, id, "/results"));
          });
}

}  // namespace boardlens::rounds
