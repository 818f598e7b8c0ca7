// What needs the board: the home page's panel, the whole briefing on a page of its own, and
// its CSV.

#include "boardlens/features/briefing/briefing.hpp"
#include "boardlens/features/briefing/feature.hpp"
#include "boardlens/features/briefing/page_parts.hpp"

namespace boardlens::briefing {
namespace {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer

/// How many lines of each level the home page shows before "and N more".
constexpr std::size_t kHomeLines = 5;

std::string_view Colour(Level level) {
  switch (level) {
    case Level::kAlert:
      return "red";
    case Level::kAdvise:
      return "yellow";
    case Level::kAssure:
      return "green";
  }
  return "grey";
}

/// The three levels, each with at most `limit` lines (0: all), then the questions.
Html Levels(const Visit& v, const Brief& brief, std::size_t limit) {
  Html out;
  for (const Level level : kAllLevels) {
    Html items;
    std::size_t count = 0;
    for (const auto& line : brief.lines) {
      if (line.level != level) continue;
      count += 1;
      if (limit != 0 && count > limit) continue;
      items += Render("<li><a href=\"{}\">{}</a></li>", v.OrgPath(line.path), line.Said());
    }
    const Html more =
        limit != 0 && count > limit
            ? Render("<p class=\"nhsuk-body-s\"><a href=\"{}\">See all {} under {}</a></p>",
                     v.OrgPath("/briefing"), count, LevelWord(level))
            : Html();
    out += Render("<div class=\"bl-brief__level\"><h3>{} {}</h3>{}{}</div>",
                  Tag(std::to_string(count), Colour(level)), LevelWord(level),
                  count == 0 ? Html("<p>Nothing at the moment.</p>")
                             : Render("<ul class=\"nhsuk-list nhsuk-list--bullet\">{}</ul>", items),
                  more);
  }
  Html questions;
  for (const auto& q : brief.questions) questions += Render("<li>{}</li>", q);
  if (!questions.empty()) {
    out += Render(
        "<h3>Questions the board should ask next</h3><ol class=\"nhsuk-list "
        "nhsuk-list--number\">{}</ol>",
        questions);
  }
  return out;
}

}  // namespace

Html HomePanel(Visit& v) {
  const Brief brief = v.Use<Briefing>().Of(v.caller, v.ods());
  return Render(
      "<section class=\"bl-brief\" aria-labelledby=\"brief\"><h2 id=\"brief\">What needs the "
      "board</h2><p class=\"nhsuk-body-s\">From every register as it stands today, as board "
      "committees report: Alert, Advise, Assure. <a href=\"{}\">See it all</a></p>{}</section>",
      v.OrgPath("/briefing"), Levels(v, brief, kHomeLines));
}

void AddPages(http::Router& routes) {
  const http::Needs viewer = http::Needs::InOrg(Role::kViewer);
  AddPage(routes, "GET", "/orgs/{ods}/briefing", viewer, [](Visit& v) {
    const Brief brief = v.Use<Briefing>().Of(v.caller, v.ods());
    Page page;
    page.title = "What needs the board";
    page.before_content = BackLink(v.OrgPath(), "Back to the home page");
    page.content = Render(
        "<h1>{}</h1><p class=\"nhsuk-lede-text\">Every register as it stands today, in the form "
        "board committees report: what to be alerted to, advised of and assured by. Each line "
        "links to its evidence.</p>{}{}",
        page.title, Levels(v, brief, 0), CsvLink(v.OrgPath("/briefing.csv")));
    return v.Show(page, "home");
  });
  AddDownload(routes, "/orgs/{ods}/briefing", viewer, [](Visit& v) {
    std::vector<std::vector<std::string>> rows{{"level", "topic", "subject", "text", "path"}};
    for (const auto& line : v.Use<Briefing>().Of(v.caller, v.ods()).lines) {
      rows.push_back({std::string(ToString(line.level)), std::string(ToString(line.topic)),
                      line.subject, line.Said(), v.OrgPath(line.path)});
    }
    return Download{v.ods() + "-briefing", rows};
  });
}

}  // namespace boardlens::briefing
