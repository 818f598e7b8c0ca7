// The assurance page: the gaps first, then each service and programme read, heard and seen,
// and the board's self-assessment themes with where their evidence lies; and its CSV.

#include "boardlens/features/assurance/assurance.hpp"
#include "boardlens/features/assurance/csv.hpp"
#include "boardlens/features/assurance/feature.hpp"
#include "boardlens/features/assurance/page_parts.hpp"
#include "boardlens/features/portfolio/page_words.hpp"
#include "boardlens/features/services/page_words.hpp"
#include "boardlens/html/page.hpp"

namespace boardlens::assurance {
namespace {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer

std::string SubjectPath(const Visit& v, const Subject& subject) {
  return subject.kind == SubjectKind::kService ? services::ServicePath(v, subject.id)
                                               : portfolio::ItemPath(v, subject.id);
}

/// Where a gap's evidence is: its service or programme, the question, or the results.
std::pair<std::string, std::string> GapLink(const Visit& v, const Gap& gap, const Board& board) {
  if (gap.subject) return {SubjectPath(v, *gap.subject), "See its record"};
  if (gap.kind == GapKind::kSelfAssessment && board.self_assessment) {
    return {v.OrgPath("/rounds/" + std::to_string(board.self_assessment->round_id) + "/results"),
            "See the self-assessment results"};
  }
  for (const auto& q : board.questions) {
    if (q.ref == gap.theme) {
      return {v.OrgPath("/questions/" + q.framework_ref + "/" + q.ref), "See the board question"};
    }
  }
  return {v.OrgPath("/questions"), "See the board questions"};
}

Html GapList(const Visit& v, const Picture& p) {
  if (p.gaps.empty()) {
    return Html(
        "<h2>No assurance gaps</h2><p>Where the board has evidence from more than one source, "
        "what it reads in its papers, hears from users and sees for itself agree.</p>");
  }
  Html out = Render("<h2>{} {}</h2>", p.gaps.size(),
                    p.gaps.size() == 1 ? "assurance gap" : "assurance gaps");
  for (const auto& gap : p.gaps) {
    Html evidence;
    for (const auto& line : gap.evidence) evidence += Render("<li>{}</li>", line);
    const auto [href, text] = GapLink(v, gap, p.board);
    out += Render(
        "<div class=\"nhsuk-card bl-gap\"><div class=\"nhsuk-card__content\"><h3 "
        "class=\"nhsuk-card__heading nhsuk-heading-s\"><a href=\"{}\">{}</a></h3><ul "
        "class=\"nhsuk-list nhsuk-list--bullet\">{}</ul>{}<p class=\"nhsuk-body-s\"><a "
        "href=\"{}\">{}<span class=\"nhsuk-u-visually-hidden\">: {}</span></a></p></div></div>",
        GapPath(v, gap), gap.title, evidence, ResponseText(v, gap), href, text, gap.title);
  }
  return out + CsvLink(v.OrgPath("/assurance-gaps.csv"));
}

Html Cell(const std::string& summary, bool flagged, std::string_view flag) {
  const std::string text = Sentence(summary);
  return flagged ? Render("{} {}", Tag(flag, "red"), text) : Escape(text);
}

Html ServicesTable(const Visit& v, const Picture& p) {
  if (p.services.empty()) return Html("<p>The services register is empty.</p>");
  Table table;
  table.caption = "Each service: what the board reads, hears and sees";
  table.headings = {"Service", "Read", "Heard", "Seen"};
  for (const auto& row : p.services) {
    table.rows.push_back({Render("<a href=\"{}\">{}</a>", SubjectPath(v, row.subject), row.name),
                          Cell(DescribeRead(row), row.read.measures_of_concern > 0, "Concern"),
                          Cell(DescribeHeard(row.heard), HeardShowsConcern(row.heard), "Concern"),
                          Cell(DescribeSeen(row.seen), SeenIsPoor(row.seen), "Seen poor")});
  }
  return DataTable(table);
}

Html ProgrammesTable(const Visit& v, const Picture& p) {
  if (p.programmes.empty()) return Html("<p>No programme or project is in delivery.</p>");
  Table table;
  table.caption = "Each programme and project in delivery: what the board reads and sees";
  table.headings = {"Programme or project", "Read", "Seen"};
  for (const auto& row : p.programmes) {
    table.rows.push_back({Render("<a href=\"{}\">{}</a>", SubjectPath(v, row.subject), row.name),
                          Cell(DescribeRead(row), false, {}),
                          Cell(DescribeSeen(row.seen), SeenIsPoor(row.seen), "Seen poor")});
  }
  return DataTable(table);
}

Html ThemesTable(const Visit& v, const Picture& p) {
  if (!p.board.self_assessment) {
    return Html("<p>No round of the board's self-assessment has closed yet.</p>");
  }
  const auto& self = *p.board.self_assessment;
  Table table;
  table.caption = "Each theme of " + self.round_title + " and where its evidence lies";
  table.headings = {"Theme", "Board's mean rating", "Evidence in the registers"};
  for (const auto& theme : self.themes) {
    Html places;
    if (const ThemeEvidence* evidence = EvidenceFor(theme.ref)) {
      for (const auto& place : evidence->places) {
        places += Render("<li><a href=\"{}\">{}</a></li>", v.OrgPath(place.path), place.name);
      }
    }
    table.rows.push_back(
        {Escape(theme.title),
         Escape(theme.mean ? OneDecimal(*theme.mean) + " out of 5" : std::string("Hidden")),
         places.empty()
             ? Html()
             : Render("<ul class=\"nhsuk-list nhsuk-u-margin-bottom-0\">{}</ul>", places)});
  }
  return DataTable(table);
}

http::Response AssurancePage(Visit& v) {
  const Picture p = v.Use<Assurance>().Of(v.caller, v.ods());
  Page page;
  page.title = "Assurance: read, heard and seen";
  page.content = Render(
      "<h1>{}</h1><p class=\"nhsuk-lede-text\">What the board reads in its papers, hears from the "
      "people who use its services and sees for itself, side by side. Where they disagree, an "
      "assurance gap is raised for the board to respond to.</p>{}<h2>Services</h2>{}"
      "<h2>Programmes and projects</h2>{}<h2>The board's self-assessment</h2>{}{}",
      page.title, GapList(v, p), ServicesTable(v, p), ProgrammesTable(v, p), ThemesTable(v, p),
      CsvLink(v.OrgPath("/assurance.csv")));
  return v.Show(page, "assurance");
}

}  // namespace

void AddPages(http::Router& routes) {
  const http::Needs viewer = http::Needs::InOrg(Role::kViewer);
  AddPage(routes, "GET", "/orgs/{ods}/assurance", viewer, AssurancePage);
  AddDownload(routes, "/orgs/{ods}/assurance", viewer, [](Visit& v) {
    return Download{v.ods() + "-assurance", SubjectRows(v.Use<Assurance>().Of(v.caller, v.ods()))};
  });
  AddDownload(routes, "/orgs/{ods}/assurance-gaps", viewer, [](Visit& v) {
    return Download{v.ods() + "-assurance-gaps", GapRows(v.Use<Assurance>().Of(v.caller, v.ods()))};
  });
}

}  // namespace boardlens::assurance
