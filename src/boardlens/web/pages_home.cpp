// The landing pages: which organisation, then what needs doing there.

#include <algorithm>
#include <array>
#include <ctime>

#include "boardlens/util/error.hpp"
#include "boardlens/web/charts.hpp"
#include "boardlens/web/pages.hpp"

namespace boardlens::web {

Html RoundStatusTag(domain::RoundStatus status) {
  switch (status) {
    case domain::RoundStatus::kDraft:
      return Tag("Draft", "grey");
    case domain::RoundStatus::kOpen:
      return Tag("Open", "blue");
    case domain::RoundStatus::kClosed:
      return Tag("Closed", "green");
  }
  return {};
}

std::string RatingText(const std::optional<std::int8_t>& rating) {
  return rating ? std::to_string(*rating) : std::string("Don't know");
}

Html StatText(const domain::Stat& stat) {
  if (stat.value) return Escape(OneDecimal(*stat.value));
  return Render("<span class=\"nhsuk-u-secondary-text-colour\">Not shown: {}</span>", stat.reason);
}

void RequireSecretary(Visit& visit, std::string_view what) {
  if (visit.org().role < domain::Role::kSecretary) {
    throw Forbidden("only the board secretary " + std::string(what));
  }
}

Html CsvLink(const std::string& href) {
  return Render(
      "<p class=\"nhsuk-body-s\"><a href=\"{}\" download>Download this table (CSV)</a></p>", href);
}

std::string DateText(std::string_view iso_date) {
  static constexpr std::array<const char*, 12> kMonths{
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  const DateParts parts = DateParts::Of(iso_date);
  if (parts.month.empty()) return std::string(iso_date);
  return parts.day + " " + kMonths.at(std::stoul(parts.month) - 1) + " " + parts.year;
}

std::string DateText(std::int64_t epoch_seconds) {
  return DateText(app::IsoTime(epoch_seconds).substr(0, 10));
}

std::string SiteUrl(const Visit& visit) {
  std::string url = visit.app.settings().public_url;
  if (url.empty()) {
    // Behind a TLS proxy (see the operator guide) the browser's address starts with https.
    const bool tls = visit.request.Header("X-Forwarded-Proto") == "https";
    url = (tls ? "https://" : "http://") + std::string(visit.request.Header("Host"));
  }
  while (url.ends_with('/')) url.pop_back();
  return url;
}

std::string RoundPath(const Visit& visit, domain::Id round, std::string_view rest) {
  return visit.OrgPath("/rounds/" + std::to_string(round)) + std::string(rest);
}

namespace {

Html OpenRoundCard(Visit& v, const domain::Round& round, bool member, bool secretary) {
  Html body;
  if (member) {
    const auto view = v.app.GetRound(v.caller, v.ods(), round.id);
    const std::size_t total = view.framework.framework.items.size();
    const std::size_t done = v.app.MyAnswers(v.caller, v.ods(), round.id).size();
    body += Render("<p>You have answered {} of {} questions.</p>", done, total);
    body += Render("<a class=\"nhsuk-button\" href=\"{}\">{}</a>",
                   RoundPath(v, round.id, done == total ? "/check-answers" : "/answer"),
                   done == 0       ? "Answer the questions"
                   : done == total ? "Check your answers"
                                   : "Continue");
  }
  if (secretary) {
    const auto rows = v.app.Completion(v.caller, v.ods(), round.id);
    const auto complete = std::count_if(rows.begin(), rows.end(),
                                        [](const auto& r) { return r.answered >= r.items; });
    body += Render(
        "<p>{} of {} board members have answered every question. "
        "<a href=\"{}\">Track completion and close the round</a></p>",
        complete, rows.size(), RoundPath(v, round.id));
  }
  return Render(
      "<div class=\"nhsuk-card\"><div class=\"nhsuk-card__content\">"
      "<h3 class=\"nhsuk-card__heading\">{}</h3>{}</div></div>",
      round.title, body);
}

/// For the secretary: board members who cannot sign in yet, so cannot answer.
Html MembersWithoutAccess(Visit& v) {
  const auto access = v.app.MemberAccess(v.caller, v.ods());
  const auto waiting = std::count_if(access.begin(), access.end(), [](const auto& a) {
    return !(a.role && *a.role >= domain::Role::kMember);
  });
  if (waiting == 0) return {};
  return Render(
      "<div class=\"nhsuk-inset-text\"><span class=\"nhsuk-u-visually-hidden\">Information: "
      "</span><p>{} cannot sign in yet, so cannot answer a round. "
      "<a href=\"{}\">Invite them from the board members page</a>.</p></div>",
      waiting == 1 ? std::string("1 board member") : std::to_string(waiting) + " board members",
      v.OrgPath("/members"));
}

}  // namespace

void AddHomePages(Site& site) {
  site.AddPage("GET", "/", [](Visit& v) {
    const auto orgs = v.app.MyOrganisations(v.caller);
    if (orgs.size() == 1) return Redirect("/orgs/" + orgs.front().first.ods_code);
    Page page;
    page.title = "Your organisations";
    Html list;
    for (const auto& [org, role] : orgs) {
      list += Render("<li><a href=\"/orgs/{}\">{}</a> ({})</li>", org.ods_code, org.name,
                     domain::ToString(role));
    }
    page.content =
        orgs.empty()
            ? Html(
                  "<h1>You have no organisation yet</h1><p>Ask your board secretary to give "
                  "your account a role in your trust or integrated care board.</p>")
            : Render("<h1>Your organisations</h1><ul class=\"nhsuk-list\">{}</ul>", list);
    return v.Show(page, "home");
  });

  site.AddPage("GET", "/orgs/{ods}", [](Visit& v) {
    const app::OrgAccess& access = v.org();
    const bool secretary = access.role >= domain::Role::kSecretary;
    const bool member = v.app.MyMembership(v.caller, v.ods()).has_value();
    Html open;
    Html drafts;
    Html closed;
    for (const auto& round : v.app.ListRounds(v.caller, v.ods())) {
      switch (round.status) {
        case domain::RoundStatus::kOpen:
          open += OpenRoundCard(v, round, member, secretary);
          break;
        case domain::RoundStatus::kDraft:
          if (secretary) {
            drafts += Render("<li><a href=\"{}\">{}</a>: not open yet</li>", RoundPath(v, round.id),
                             round.title);
          }
          break;
        case domain::RoundStatus::kClosed:
          closed +=
              Render("<li><a href=\"{}\">Results of {}</a> (closed {})</li>",
                     RoundPath(v, round.id, "/results"), round.title, DateText(round.closed_on));
          break;
      }
    }
    Page page;
    page.title = access.org.name;
    page.content = Render("<span class=\"nhsuk-caption-l\">Your role: {}</span><h1>{}</h1>",
                          domain::ToString(access.role), access.org.name);
    if (v.request.Query("done") == "joined") {
      page.content += SuccessBanner("Your account is ready",
                                    "You are signed in. Use your email address and the password "
                                    "you chose next time.");
    }
    if (secretary) page.content += MembersWithoutAccess(v);
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
                                          : Render("<ul class=\"nhsuk-list\">{}</ul>", closed));
    return v.Show(page, "home");
  });
}

}  // namespace boardlens::web
