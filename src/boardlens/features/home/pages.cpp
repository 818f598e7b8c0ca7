// An organisation's home page: what needs the board first (Alert, Advise, Assure), then what
// needs doing there now. For a member, the open rounds to answer; for the secretary, who has
// answered and who cannot sign in yet; for everyone, the results of closed rounds and the
// actions the board agreed.

#include <algorithm>

#include "boardlens/features/actions/page_parts.hpp"
#include "boardlens/features/briefing/page_parts.hpp"
#include "boardlens/features/home/feature.hpp"
#include "boardlens/features/orgs/board.hpp"
#include "boardlens/features/questions/page_parts.hpp"
#include "boardlens/features/rounds/page_parts.hpp"
#include "boardlens/features/rounds/rounds.hpp"
#include "boardlens/features/strategy/page_parts.hpp"
#include "boardlens/html/page.hpp"

namespace boardlens::home {
namespace {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer
using http::Needs;
using rounds::RoundPath;

Html OpenRoundCard(Visit& v, const rounds::Round& round, bool member, bool secretary) {
  Html body;
  if (member) {
    body +=
        rounds::MyAnswersPanel(v, v.Use<rounds::Rounds>().GetRound(v.caller, v.ods(), round.id));
  }
  if (secretary) {
    const auto rows = v.Use<rounds::Rounds>().Completion(v.caller, v.ods(), round.id);
    body += Render(
        "<p>{} of {} board members have answered every question{}. "
        "<a href=\"{}\">Track completion and close the round</a></p>",
        rounds::CountComplete(rows), rows.size(),
        round.closes_by.empty() ? std::string() : ", to answer by " + DateText(round.closes_by),
        RoundPath(v, round.id));
  }
  return Render(
      "<div class=\"nhsuk-card\"><div class=\"nhsuk-card__content\">"
      "<h3 class=\"nhsuk-card__heading\">{}</h3>{}</div></div>",
      round.title, body);
}

/// For the secretary: board members who cannot sign in yet, so cannot answer.
Html MembersWithoutAccess(Visit& v) {
  const auto access = v.Use<orgs::Board>().Access(v.caller, v.ods());
  const auto waiting =
      std::count_if(access.begin(), access.end(), [](const auto& a) { return !a.CanAnswer(); });
  if (waiting == 0) return {};
  return Render(
      "<div class=\"nhsuk-inset-text\"><span class=\"nhsuk-u-visually-hidden\">Information: "
      "</span><p>{} cannot sign in yet, so cannot answer a round. "
      "<a href=\"{}\">Invite them from the board members page</a>.</p></div>",
      waiting == 1 ? std::string("1 board member") : std::to_string(waiting) + " board members",
      v.OrgPath("/members"));
}

}  // namespace

void AddPages(http::Router& routes) {
  AddPage(routes, "GET", "/orgs/{ods}", Needs::InOrg(Role::kViewer), [](Visit& v) {
    const OrgScope& access = v.org();
    const bool secretary = access.role >= Role::kSecretary;
    const bool member = v.Use<orgs::Board>().MyMembership(v.caller, v.ods()).has_value();
    Html open;
    Html drafts;
    std::vector<rounds::Round> closed_rounds;
    for (const auto& round : v.Use<rounds::Rounds>().ListRounds(v.caller, v.ods())) {
      switch (round.status) {
        case rounds::RoundStatus::kOpen:
          open += OpenRoundCard(v, round, member, secretary);
          break;
        case rounds::RoundStatus::kDraft:
          if (secretary) {
            drafts += Render("<li><a href=\"{}\">{}</a>: not open yet</li>", RoundPath(v, round.id),
                             round.title);
          }
          break;
        case rounds::RoundStatus::kClosed:
          closed_rounds.push_back(round);
          break;
        case rounds::RoundStatus::kWithdrawn:
          break;  // no results, nothing to do: the rounds page still lists it
      }
    }
    // By when they closed, not when they were made: an imported round may be older.
    std::sort(closed_rounds.begin(), closed_rounds.end(), rounds::ClosedLater);
    Html closed;
    for (const auto& round : closed_rounds) {
      closed += Render("<li><a href=\"{}\">Results of {}</a> (closed {})</li>",
                       RoundPath(v, round.id, "/results"), round.title, DateText(round.closed_on));
    }
    Page page;
    page.title = access.name;
    page.content = Render("<span class=\"nhsuk-caption-l\">Your role: {}</span><h1>{}</h1>",
                          ToString(access.role), access.name);
    if (v.request.Query("done") == "joined") {
      page.content += SuccessBanner("Your account is ready",
                                    "You are signed in. Use your email address and the password "
                                    "you chose next time.");
    }
    if (secretary) page.content += MembersWithoutAccess(v);
    page.content += briefing::HomePanel(v);
    page.content += Render("<h2>Open assessment rounds</h2>{}",
                           open.empty() ? Html("<p>No round is open at the moment.</p>") : open);
    if (!drafts.empty()) {
      page.content += Render("<h2>Draft rounds</h2><ul class=\"nhsuk-list\">{}</ul>", drafts);
    }
    if (secretary) {
      page.content += Render("<p><a href=\"{}\">Create a new assessment round</a></p>",
                             v.OrgPath("/rounds/new"));
    }
    page.content += Render("<h2>Results</h2>{}",
                           closed.empty() ? Html("<p>No round has closed yet, so there are no "
                                                 "results to show.</p>")
                                          : Render("<ul class=\"nhsuk-list\">{}</ul><p><a "
                                                   "href=\"{}\">See how the board's view has "
                                                   "moved from round to round</a></p>",
                                                   closed, v.OrgPath("/trend")));
    page.content += actions::HomePanel(v);
    page.content += questions::HomePanel(v);
    page.content += strategy::HomePanel(v);
    return v.Show(page, "home");
  });
}

}  // namespace boardlens::home
