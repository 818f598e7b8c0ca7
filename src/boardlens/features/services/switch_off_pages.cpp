// The switch-off candidates: services the board might stop running, each with its reasons.

#include <cmath>

#include "boardlens/features/services/feature.hpp"
#include "boardlens/features/services/page_words.hpp"
#include "boardlens/features/services/service_register.hpp"

namespace boardlens::services {
namespace {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer

std::string CostPerUser(const Candidate& c) {
  return c.cost_per_user ? Pounds(std::llround(*c.cost_per_user)) : "Not known";
}

http::Response SwitchOffPage(Visit& v) {
  const auto candidates = v.Use<ServiceRegister>().SwitchOffCandidates(v.caller, v.ods());
  Page page;
  page.title = "Switch-off candidates";
  page.before_content = BackLink(v.OrgPath("/services"), "Back to services");
  page.content = Html(
      "<h1>Switch-off candidates</h1><p>Services the board might stop running, or change: those "
      "whose use is falling, whose revenue cost for each active user is in the top tenth of the "
      "organisation's services, or that people like less than they did. Falling and liked less "
      "are read from each measure's latest month on its Making Data Count chart, so a dip "
      "inside the usual range does not count.</p>");
  if (candidates.empty()) {
    page.content += Html(
        "<p>No service is a candidate now. Services need an active users or satisfaction "
        "measure, and a revenue cost, for these checks to see them.</p>");
    return v.Show(page, "services");
  }
  for (const Candidate& c : candidates) {
    Html reasons;
    for (const std::string& r : c.reasons) reasons += Render("<li>{}</li>", r);
    page.content += Render(
        "<div class=\"nhsuk-card\"><div class=\"nhsuk-card__content\"><h2 class=\"nhsuk-card__"
        "heading nhsuk-heading-m\"><a href=\"{}\">{}</a></h2><p>Owner: {}. Revenue cost for each "
        "active user: {} a year.</p><ul class=\"nhsuk-list nhsuk-list--bullet\">{}</ul></div>"
        "</div>",
        ServicePath(v, c.service.id), c.service.what.name, c.service.owner_name, CostPerUser(c),
        reasons);
  }
  page.content += CsvLink(v.OrgPath("/services/switch-off.csv"));
  return v.Show(page, "services");
}

}  // namespace

void AddSwitchOffPages(http::Router& routes) {
  const http::Needs viewer = http::Needs::InOrg(Role::kViewer);
  AddPage(routes, "GET", "/orgs/{ods}/services/switch-off", viewer, SwitchOffPage);
  AddDownload(routes, "/orgs/{ods}/services/switch-off", viewer, [](Visit& v) {
    std::vector<std::vector<std::string>> rows{{"service", "owner", "cost_per_user", "reasons"}};
    for (const Candidate& c : v.Use<ServiceRegister>().SwitchOffCandidates(v.caller, v.ods())) {
      std::string reasons;
      for (const std::string& r : c.reasons) reasons += (reasons.empty() ? "" : " ") + r;
      rows.push_back({c.service.what.name, c.service.owner_name,
                      c.cost_per_user ? std::to_string(std::llround(*c.cost_per_user)) : "",
                      reasons});
    }
    return Download{v.ods() + "-switch-off-candidates", rows};
  });
}

}  // namespace boardlens::services
