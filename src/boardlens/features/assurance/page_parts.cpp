#include "boardlens/features/assurance/page_parts.hpp"

#include "boardlens/base/clock.hpp"

namespace boardlens::assurance {

using html::Html;
using html::Render;

std::string GapPath(const html::Visit& v, const Gap& gap, std::string_view rest) {
  return v.OrgPath("/assurance/gaps/" + gap.key) + std::string(rest);
}

Html ResponseText(const html::Visit& v, const Gap& gap) {
  if (gap.open()) {
    return Render("<p>{} The board has not yet agreed an action or accepted a reason.</p>",
                  html::Tag("Open", "red"));
  }
  const Response& r = *gap.response;
  if (r.action_id) {
    return Render("<p>{} <a href=\"{}\">{}</a>, owned by {}, agreed on {}.</p>",
                  html::Tag("Action agreed", "blue"),
                  v.OrgPath("/actions/" + std::to_string(*r.action_id)), r.text, r.by,
                  DateText(r.at));
  }
  return Render("<p>{} {}</p><p class=\"nhsuk-body-s\">Recorded by {} on {}.</p>",
                html::Tag("Reason accepted", "green"), r.text, r.by, DateText(r.at));
}

}  // namespace boardlens::assurance
