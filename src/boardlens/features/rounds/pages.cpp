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

Html CompletionTracker(Visit& v, const RoundView& view, const Posted& posted) {
  const auto rows = v.Use<Rounds>().Completion(v.caller, v.ods(), view.round.id);
  Table table;
  table.caption = "Who has answered (what they answered is never shown)";
  table.headings = {"Board member", "Membership", "Questions answered", "Status"};
  std::vector<orgs::Member> waiting;
  for (const auto& row : rows) {
    const bool done = row.complete();
    if (!done) waiting.push_back(row.member);
    table.rows.push_back(
        {Escape(row.member.name),
         Escape(row.member.membership == orgs::Membership::kExecutive ? "Executive"
                                                                      : "Non-executive"),
         Render("{} of {}", row.answered, row.items),
         done               ? Tag("Complete", "green")
         : row.answered > 0 ? Tag("In progress", "yellow")
                            : Tag("Not started", "grey")});
  }
  Html out =
      Render("<h2>Completion</h2><p>{} of {} board members have answered every question.</p>{}{}",
             CountComplete(rows), rows.size(), DataTable(table),
             CsvLink(RoundPath(v, view.round.id, "/completion.csv")));
  if (waiting.empty()) return out;
  return out + RemindMembers(v, view, waiting, posted);
}

/// The secretary's way on from an open round: change its deadline, close or withdraw it.
Html SecretaryActions(Visit& v, const Round& round) {
  return Render(
      "<h2>Finish the round</h2><p>Close the round when enough members have answered. If it "
      "should not go ahead, withdraw it: a withdrawn round has no results.</p>"
      "<div class=\"nhsuk-button-group\"><a class=\"nhsuk-button nhsuk-button--warning\" "
      "href=\"{}\">Close the round</a><a class=\"nhsuk-button nhsuk-button--secondary\" "
      "href=\"{}\">Withdraw the round</a></div>",
      RoundPath(v, round.id, "/close"), RoundPath(v, round.id, "/withdraw"));
}

Html OpenForm(Visit& v, const Round& round, const DateParts& closes_by, const FieldErrors& errors) {
  return Render(
      "<h2>Open the round</h2><p>Open the round when the board is ready to answer. You can ask "
      "members to answer by a date; it is shown to them with the questions.</p>"
      "<form action=\"{}\" method=\"post\" novalidate>{}{}{}</form>"
      "<p><a href=\"{}\">Withdraw this draft</a></p>",
      RoundPath(v, round.id, "/open"), CsrfField(v.caller.csrf_token),
      DateInput({"closes_by",
                 "Date to answer by (optional)",
                 {},
                 "For example, 11 12 2026",
                 std::string(errors.For("closes_by"))},
                closes_by),
      Button("Open the round"), RoundPath(v, round.id, "/withdraw"));
}

/// The dates that matter for a round, in the order it lives them.
std::vector<SummaryRow> DateRows(Visit& v, const Round& round, bool secretary) {
  std::vector<SummaryRow> rows;
  if (!round.opened_on.empty()) rows.push_back({"Opened", Escape(DateText(round.opened_on)), {}});
  if (round.status == RoundStatus::kOpen || !round.closes_by.empty()) {
    const Html change =
        secretary && round.status == RoundStatus::kOpen
            ? Render(
                  "<a href=\"{}\">Change<span class=\"nhsuk-u-visually-hidden\"> the date "
                  "to answer by</span></a>",
                  RoundPath(v, round.id, "/deadline"))
            : Html();
    rows.push_back({"Answer by",
                    Escape(round.closes_by.empty() ? "No date set" : DateText(round.closes_by)),
                    change});
  }
  if (!round.closed_on.empty()) rows.push_back({"Closed", Escape(DateText(round.closed_on)), {}});
  if (!round.withdrawn_on.empty()) {
    rows.push_back({"Withdrawn", Escape(DateText(round.withdrawn_on)), {}});
  }
  return rows;
}

}  // namespace

http::Response RoundPage(Visit& v, Id id, const Posted& posted) {
  const FieldErrors& errors = posted.errors;
  const RoundView view = v.Use<Rounds>().GetRound(v.caller, v.ods(), id);
  const bool secretary = v.org().role >= Role::kSecretary;
  const Round& round = view.round;
  Page page;
  page.title = round.title;
  page.has_errors = !errors.empty();
  page.before_content = BackLink(v.OrgPath("/rounds"), "Back to assessment rounds");
  page.content = ErrorSummary(errors) + posted.notice;
  const std::string done = v.request.Query("done");
  if (done == "created")
    page.content += SuccessBanner("Round created", "It is a draft until you open it.");
  if (done == "opened")
    page.content += SuccessBanner("Round opened", "Board members can now answer.");
  if (done == "deadline") page.content += SuccessBanner("Date to answer by saved");
  page.content += Render("<h1>{}</h1>", round.title);
  std::vector<SummaryRow> summary{
      {"Status", RoundStatusTag(round.status), {}},
      {"Framework",
       Render("<a href=\"{}\">{}</a> (version {})",
              v.OrgPath("/frameworks/" + view.framework.framework.ref),
              view.framework.framework.title, view.framework.framework.version.str()),
       {}},
      {"Questions", ToHtml(view.framework.framework.items.size()), {}},
  };
  for (auto& row : DateRows(v, round, secretary)) summary.push_back(std::move(row));
  page.content += SummaryList(summary);
  switch (round.status) {
    case RoundStatus::kDraft:
      page.content += secretary ? OpenForm(v, round, posted.closes_by, errors)
                                : Html("<p>This round is not open yet.</p>");
      break;
    case RoundStatus::kOpen:
      if (v.Use<orgs::Board>().MyMembership(v.caller, v.ods())) {
        page.content += MyAnswersPanel(v, view);
      }
      if (secretary) {
        page.content += CompletionTracker(v, view, posted);
        page.content += SecretaryActions(v, round);
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
    case RoundStatus::kWithdrawn:
      page.content += Html("<p>This round was withdrawn, so it has no results.</p>");
      if (secretary) {
        page.content +=
            Render("<p><a href=\"{}\">Delete this round</a></p>", RoundPath(v, id, "/delete"));
      }
      break;
  }
  return v.Show(page, "rounds", errors.empty() ? 200 : 400);
}

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
    table.headings = {"Round", "Framework", "Status", "Answer by", "Closed on"};
    for (const auto& r : rounds) {  // the store lists them newest first
      table.rows.push_back({Render("<a href=\"{}\">{}</a>", RoundPath(v, r.id), r.title),
                            Escape(title_of(r.framework_ref)), RoundStatusTag(r.status),
                            Escape(r.closes_by.empty() ? "–" : DateText(r.closes_by)),
                            Escape(r.closed_on.empty() ? "–" : DateText(r.closed_on))});
    }
    Page page;
    page.title = "Assessment rounds";
    if (v.request.Query("done") == "deleted") page.content = SuccessBanner("Round deleted");
    page.content += Html("<h1>Assessment rounds</h1>");
    page.content +=
        rounds.empty() ? Html("<p>There are no assessment rounds yet.</p>") : DataTable(table);
    if (secretary) {
      page.content += Render("<a class=\"nhsuk-button\" href=\"{}\">Create a new round</a>",
                             v.OrgPath("/rounds/new"));
    }
    return v.Show(page, "rounds");
  });

  AddDownload(routes, "/orgs/{ods}/rounds", Needs::InOrg(Role::kViewer), [](Visit& v) {
    std::vector<std::vector<std::string>> rows{{"id", "title", "framework", "status", "opened_on",
                                                "closes_by", "closed_on", "withdrawn_on"}};
    for (const auto& r : v.Use<Rounds>().ListRounds(v.caller, v.ods())) {
      rows.push_back({std::to_string(r.id), r.title, r.framework_ref,
                      std::string(ToString(r.status)), r.opened_on, r.closes_by, r.closed_on,
                      r.withdrawn_on});
    }
    return Download{v.ods() + "-rounds", rows};
  });

  AddDownload(
      routes, "/orgs/{ods}/rounds/{round}/completion", Needs::InOrg(Role::kSecretary),
      [](Visit& v) {
        const Id id = v.call.Id("round");
        std::vector<std::vector<std::string>> rows{{"name", "membership", "answered", "questions"}};
        for (const auto& row : v.Use<Rounds>().Completion(v.caller, v.ods(), id)) {
          rows.push_back({row.member.name, std::string(ToString(row.member.membership)),
                          std::to_string(row.answered), std::to_string(row.items)});
        }
        return Download{v.ods() + "-round-" + std::to_string(id) + "-completion", rows};
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
          [](Visit& v) { return RoundPage(v, v.call.Id("round"), {}); });
  AddPage(routes, "POST", "/orgs/{ods}/rounds/{round}/open", Needs::InOrg(Role::kSecretary),
          [](Visit& v) {
            const Id id = v.call.Id("round");
            Posted posted;
            posted.closes_by = DateParts::Read(v.form, "closes_by");
            FieldErrors& errors = posted.errors;
            const auto closes_by =
                OptionalDate(posted.closes_by, "the date to answer by", "closes_by", errors);
            if (errors.empty()) {
              CollectFieldError(errors, {"closes_by"}, [&] {
                v.Use<Rounds>().OpenRound(v.caller, v.ods(), id, closes_by);
              });
            }
            if (!errors.empty()) return RoundPage(v, id, posted);
            return Redirect(RoundPath(v, id, "?done=opened"));
          });
}

}  // namespace boardlens::rounds
