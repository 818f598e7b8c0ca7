// The framework browser: each framework's items and what every maturity level looks like.

#include "boardlens/features/frameworks/feature.hpp"
#include "boardlens/features/frameworks/frameworks.hpp"
#include "boardlens/html/page.hpp"

namespace boardlens::frameworks {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer
using http::Needs;

void AddPages(http::Router& routes) {
  AddPage(routes, "GET", "/orgs/{ods}/frameworks", Needs::InOrg(Role::kViewer), [](Visit& v) {
    Html cards;
    const auto frameworks = v.Use<Frameworks>().List(v.caller, v.ods());
    for (const auto& stored : frameworks) {
      const auto& fw = stored.framework;
      cards += Render(
          "<div class=\"nhsuk-card nhsuk-card--clickable\"><div class=\"nhsuk-card__content\">"
          "<h2 class=\"nhsuk-card__heading nhsuk-heading-m\"><a class=\"nhsuk-card__link\" "
          "href=\"{}\">{}</a></h2><p class=\"nhsuk-card__description\">{} {} items, version {}.{}"
          "</p></div></div>",
          v.OrgPath("/frameworks/" + fw.ref), fw.title, fw.description, fw.items.size(),
          fw.version.str(), stored.owner_org_id ? Html(" Your organisation's own.") : Html());
    }
    Page page;
    page.title = "Frameworks";
    page.content = Render(
        "<h1>Frameworks</h1><p>The national frameworks of good digital leadership a board can "
        "assess itself against, and any your organisation has added.</p>{}",
        frameworks.empty() ? Html("<p>No framework has been loaded yet.</p>") : cards);
    return v.Show(page, "frameworks");
  });

  AddPage(routes, "GET", "/orgs/{ods}/frameworks/{ref}", Needs::InOrg(Role::kViewer), [](Visit& v) {
    const auto stored = v.Use<Frameworks>().Get(v.caller, v.params.at("ref"), v.ods());
    const auto& fw = stored.framework;
    Html items;
    for (const auto& item : fw.items) {
      Table levels;
      levels.caption = "Maturity levels for " + item.title;
      levels.headings = {"Level", "What it looks like"};
      for (std::size_t i = 0; i < item.levels.size(); ++i) {
        levels.rows.push_back({ToHtml(i + 1), Escape(item.levels.at(i))});
      }
      items += Render("<h2 id=\"{}\">{}</h2>{}<p>{}</p>{}", item.ref, item.title,
                      item.why.empty() ? Html() : Render("<p>Why it matters: {}</p>", item.why),
                      item.question, DataTable(levels));
    }
    Page page;
    page.title = fw.title;
    page.before_content = BackLink(v.OrgPath("/frameworks"), "Back to frameworks");
    page.content = Render(
        "<span class=\"nhsuk-caption-l\">Framework, version {}</span><h1>{}</h1><p>{}</p>"
        "<p class=\"nhsuk-body-s\">Source: {}</p>{}",
        fw.version.str(), fw.title, fw.description, fw.source, items);
    return v.Show(page, "frameworks");
  });
}

}  // namespace boardlens::frameworks
