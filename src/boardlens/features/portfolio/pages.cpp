// The portfolio's page: programmes with their projects, the priorities each serves, what
// funds it and its latest delivery confidence; a project serving no priority is flagged.

#include "boardlens/features/portfolio/feature.hpp"
#include "boardlens/features/portfolio/page_parts.hpp"
#include "boardlens/features/portfolio/page_words.hpp"
#include "boardlens/features/portfolio/portfolio.hpp"
#include "boardlens/features/services/service.hpp"

namespace boardlens::portfolio {
namespace {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer
using http::Needs;

http::Response PortfolioPage(Visit& v) {
  const std::vector<Item> items = v.Use<Portfolio>().List(v.caller, v.ods());
  const std::string today = v.Use<Portfolio>().Today();
  const std::map<Id, std::string> titles = PriorityTitles(v);
  Page page;
  page.title = "Portfolio";
  if (v.request.Query("done") == "added") page.content += SuccessBanner("Added to the portfolio");
  page.content += Html(
      "<h1>Portfolio</h1><p>The programmes and projects that deliver the digital strategy: the "
      "priorities each serves, what funds it, what it costs over its life and how confident "
      "its team is of delivering it, reported each month.</p>");
  if (items.empty()) {
    page.content += Html(
        "<p>The portfolio is empty. Add the organisation's digital programmes, then the "
        "projects in them.</p>");
  } else {
    Table table;
    table.caption = std::to_string(items.size()) + " programmes and projects";
    table.headings = {"Programme or project", "Serves", "Funding", "Delivery confidence"};
    for (const Item& item : items) {
      const std::string serves = LinkedPriorities(item.what, titles);
      Html name = Render("<a href=\"{}\">{}</a>", ItemPath(v, item.id), item.what.name);
      if (item.what.kind == Kind::kProgramme) name = Render("<strong>{}</strong>", name);
      name += Render("<br><span class=\"nhsuk-body-s\">{}{}</span>", KindText(item.what),
                     item.what.programme_id ? " in " + item.programme_name : std::string());
      if (item.assurance.sro_member_id) {
        name += Render("<br><span class=\"nhsuk-body-s\">Senior responsible owner: {}</span>",
                       item.sro_name);
      }
      if (const std::size_t overdue = OverdueCount(item.assurance, today); overdue > 0) {
        name += Html("<br>") + Tag(std::to_string(overdue) + (overdue == 1 ? " overdue milestone"
                                                                           : " overdue milestones"),
                                   "red");
      }
      Html serving = Escape(serves.empty() ? "No priority" : serves);
      if (serves.empty() && item.what.kind == Kind::kProject) {
        serving = Tag("Serves no priority", "red");
      }
      Html funding = Escape(FundingText(item.what));
      if (CapitalWithoutRevenue(item.what)) {
        funding += Html(" ") + Tag("No revenue for running costs", "orange");
      }
      Html confidence = AwaitingApprovalTag();
      if (item.what.stage == Stage::kInDelivery) {
        confidence = ConfidenceTag(item.latest);
        if (item.latest) {
          confidence +=
              Render(" <span class=\"nhsuk-body-s\">{}</span>", MonthText(item.latest->month));
        }
      }
      table.rows.push_back({name, serving, funding, confidence});
    }
    page.content += DataTable(table) + CsvLink(v.OrgPath("/portfolio.csv"));
  }
  if (v.Use<orgs::Board>().IsKeeper(v.caller, v.ods())) {
    page.content += Render(
        "<div class=\"nhsuk-button-group\"><a class=\"nhsuk-button\" href=\"{}\">Add a "
        "programme or project</a></div>",
        v.OrgPath("/portfolio/new"));
  }
  page.content +=
      Render("<p><a href=\"{}\">The strategy and its checks</a></p>", v.OrgPath("/strategy"));
  return v.Show(page, "portfolio");
}

}  // namespace

void AddPages(http::Router& routes) {
  const Needs viewer = Needs::InOrg(Role::kViewer);
  AddPage(routes, "GET", "/orgs/{ods}/portfolio", viewer, PortfolioPage);
  AddDownload(routes, "/orgs/{ods}/portfolio", viewer, [](Visit& v) {
    return Download{v.ods() + "-portfolio",
                    PortfolioTable(v.Use<Portfolio>().List(v.caller, v.ods()), PriorityTitles(v))};
  });
}

}  // namespace boardlens::portfolio
