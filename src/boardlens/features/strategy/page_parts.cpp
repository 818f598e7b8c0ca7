#include "boardlens/features/strategy/page_parts.hpp"

#include "boardlens/features/strategy/strategies.hpp"

namespace boardlens::strategy {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer

Html ChecksPanel(const std::vector<Finding>& findings) {
  if (findings.empty()) {
    return Html(
        "<h2 id=\"checks\">Checks against the guidance</h2><p>The strategy passes every check "
        "against the guidance.</p>");
  }
  Html items;
  for (const Finding& f : findings) {
    items += Render(
        "<li class=\"bl-finding\"><p><strong>{}</strong></p><p>{}</p>"
        "<p class=\"nhsuk-body-s\">From the guidance &ldquo;{}&rdquo;.</p></li>",
        f.problem, f.what_to_do, f.guidance);
  }
  return Render("<h2 id=\"checks\">Checks against the guidance</h2>{}",
                WarningCallout(findings.size() == 1
                                   ? "1 check needs attention"
                                   : std::to_string(findings.size()) + " checks need attention",
                               Render("<ul class=\"nhsuk-list\">{}</ul>", items)));
}

Html HomePanel(Visit& v) {
  const auto current = v.Use<Strategies>().Current(v.caller, v.ods());
  if (!current) {
    return Render(
        "<h2>Digital strategy</h2><p>No digital strategy is recorded yet. <a href=\"{}\">Go to "
        "the strategy</a></p>",
        v.OrgPath("/strategy"));
  }
  const Version& version = current->strategy.version;
  const std::size_t count = current->findings.size();
  Html checks;
  for (const Finding& f : current->findings) {
    checks += Render("<li>{} <span class=\"nhsuk-body-s\">(&ldquo;{}&rdquo;)</span></li>",
                     f.problem, f.guidance);
  }
  return Render(
      "<h2>Digital strategy</h2><p>Version {}, {}. {}</p>{}<p><a href=\"{}\">See the strategy"
      "</a></p>",
      version.number,
      version.approved_on.empty() ? std::string("not yet approved by the board")
                                  : "approved by the board on " + DateText(version.approved_on),
      count == 0   ? std::string("It passes every check against the guidance.")
      : count == 1 ? std::string("1 check needs attention:")
                   : std::to_string(count) + " checks need attention:",
      count == 0 ? Html() : Render("<ul>{}</ul>", checks), v.OrgPath("/strategy"));
}

}  // namespace boardlens::strategy
