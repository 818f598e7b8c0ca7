// The first page after signing in: which organisation. With only one, go straight there.

#include "boardlens/features/orgs/feature.hpp"
#include "boardlens/features/orgs/organisations.hpp"
#include "boardlens/html/page.hpp"

namespace boardlens::orgs {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer

void AddOrganisationsPage(http::Router& routes) {
  AddPage(routes, "GET", "/", http::Needs::SignedIn(), [](Visit& v) {
    const auto orgs = v.Use<Organisations>().MyOrganisations(v.caller);
    if (orgs.size() == 1) return Redirect("/orgs/" + orgs.front().org.ods_code);
    Page page;
    page.title = "Your organisations";
    Html list;
    for (const auto& [org, role] : orgs) {
      list += Render("<li><a href=\"/orgs/{}\">{}</a> ({})</li>", org.ods_code, org.name,
                     ToString(role));
    }
    page.content =
        orgs.empty()
            ? Html(
                  "<h1>You have no organisation yet</h1><p>Ask your board secretary to give "
                  "your account a role in your trust or integrated care board.</p>")
            : Render("<h1>Your organisations</h1><ul class=\"nhsuk-list\">{}</ul>", list);
    return v.Show(page, "home");
  });
}

}  // namespace boardlens::orgs
