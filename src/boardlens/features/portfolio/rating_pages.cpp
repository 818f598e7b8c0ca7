// The form on which a keeper reports a month's delivery confidence and what lies behind it.

#include "boardlens/features/portfolio/feature.hpp"
#include "boardlens/features/portfolio/page_words.hpp"
#include "boardlens/features/portfolio/portfolio.hpp"

namespace boardlens::portfolio {
namespace {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer
using http::Needs;

http::Response RatingForm(Visit& v, const Item& item, const Rating& in, const FieldErrors& errors) {
  const auto field = [&](const char* name, std::string label, std::string value,
                         std::string hint = {}) {
    if (!errors.empty()) value = v.form.Get(name);
    return Field{name, std::move(label), std::move(value), std::move(hint),
                 std::string(errors.For(name))};
  };
  std::vector<Choice> choices;
  choices.reserve(kConfidences.size());
  for (const Confidence c : kConfidences) {
    choices.push_back({std::string(ToString(c)), std::string(Label(c)), {}, false});
  }
  Page page;
  page.title = "Delivery confidence: " + item.what.name;
  page.has_errors = !errors.empty();
  page.before_content = BackLink(ItemPath(v, item.id), "Back to " + item.what.name);
  const Html fields =
      TextInput(field("month", "Month", in.month, "As YYYY-MM, for example 2026-11"), "text", "off",
                "nhsuk-input--width-5") +
      Radios(field("confidence", "How confident is the team of delivering it?",
                   errors.empty() ? std::string() : v.form.Get("confidence")),
             choices) +
      Textarea(field("narrative", "What lies behind the rating", in.narrative,
                     "What has moved since last month, and what the team needs from the board"),
               5);
  page.content = Render(
      "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">{}"
      "<span class=\"nhsuk-caption-l\">{}</span><h1>Report delivery confidence</h1>"
      "<form action=\"{}\" method=\"post\" novalidate>{}{}{}</form></div></div>",
      ErrorSummary(errors), item.what.name, ItemPath(v, item.id, "/rating"),
      CsrfField(v.caller.csrf_token), fields, Button("Report it"));
  return v.Show(page, "portfolio", errors.empty() ? 200 : 400);
}

}  // namespace

void AddRatingPages(http::Router& routes) {
  const Needs keeper = Needs::Keeper();
  AddPage(routes, "GET", "/orgs/{ods}/portfolio/{item}/rating", keeper, [](Visit& v) {
    auto& portfolio = v.Use<Portfolio>();
    const Item item = portfolio.Get(v.caller, v.ods(), v.call.Id("item"));
    RequireInDelivery(item.what);  // before anyone types into a form they cannot send
    Rating in;
    in.month = portfolio.ThisMonth();
    return RatingForm(v, item, in, {});
  });
  AddPage(routes, "POST", "/orgs/{ods}/portfolio/{item}/rating", keeper, [](Visit& v) {
    auto& portfolio = v.Use<Portfolio>();
    const Item item = portfolio.Get(v.caller, v.ods(), v.call.Id("item"));
    Rating in;
    in.month = v.form.Get("month");
    in.narrative = v.form.Get("narrative");
    FieldErrors errors;
    const auto confidence = ParseConfidence(v.form.Get("confidence"));
    if (!confidence) errors.Add("confidence", "Choose how confident the team is");
    in.confidence = confidence.value_or(Confidence::kAmber);
    // The rules check the month and the narrative, shown with the choice's problem.
    Rating checked = in;
    FieldErrors rules;
    CollectFieldError(rules, {"month", "narrative"},
                      [&] { CheckRating(checked, portfolio.ThisMonth()); });
    for (const auto& [name, message] : rules.all()) errors.Add(name, message);
    if (errors.empty()) {
      CollectFieldError(errors, {"month", "narrative"},
                        [&] { portfolio.Report(v.caller, v.ods(), item.id, in); });
    }
    if (!errors.empty()) return RatingForm(v, item, in, errors);
    return Redirect(ItemPath(v, item.id, "?done=rated"));
  });
}

}  // namespace boardlens::portfolio
