// The service's own pages, in the footer of every page. What they say is what a user of an
// NHS service expects to be able to read before they use it.

#include "boardlens/features/about/feature.hpp"

#include <functional>

#include "boardlens/base/clock.hpp"
#include "boardlens/features/accounts/account.hpp"
#include "boardlens/features/accounts/pre_session_form.hpp"
#include "boardlens/html/page.hpp"
#include "boardlens/http/call.hpp"

namespace boardlens::about {
namespace {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer

/// Shown in the chrome of whoever is signed in, if anybody is.
http::Response Show(http::Call& call, const char* title, const Html& body) {
  Chrome chrome;
  if (call.caller) chrome.caller = &*call.caller;
  chrome.nav = &call.Use<Navigation>();
  Page page;
  page.title = title;
  page.content = Render(
      "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\"><h1>{}</h1>{}"
      "</div></div>",
      title, body);
  return RenderPage(page, chrome);
}

const Html kAccessibility(
    "<p>boardlens is for every member of an NHS board and the people who support them, "
    "whatever device they use and however they use it. It is built on the NHS.UK design "
    "system, and we test it against the Web Content Accessibility Guidelines (WCAG) 2.2 at "
    "level AA.</p>"
    "<h2>What you can do</h2><ul>"
    "<li>use every page with a keyboard alone, and with a screen reader</li>"
    "<li>zoom to 400% without text spilling off the page</li>"
    "<li>use every page with JavaScript turned off</li>"
    "<li>read every chart's figures in a table beside it</li></ul>"
    "<h2>How we test</h2><p>Each change is tested in a real browser with an automated "
    "accessibility checker (axe), at desktop and phone widths, with and without JavaScript. "
    "Automated checks find only some problems, so we also look at the pages ourselves.</p>"
    "<h2>What we know is not yet right</h2><ul>"
    "<li>The charts are images with a text description and a table; a screen reader reads "
    "the table, not the chart itself.</li>"
    "<li>The service is in English only.</li></ul>"
    "<h2>Tell us about a problem</h2><p>If you find something hard to use, "
    "<a href=\"/contact\">contact us</a>: say which page and what happened, and we will reply "
    "within 5 working days.</p>"
    "<h2>Enforcement</h2><p>The Equality and Human Rights Commission enforces the Public "
    "Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. "
    "If you are not happy with how we respond, contact the Equality Advisory and Support "
    "Service (EASS).</p>");

Html Privacy(const accounts::Settings& settings) {
  return Render(
      "<p>Your organisation runs boardlens and decides what it is used for: it is the data "
      "controller for what you enter.</p>"
      "<h2>What boardlens keeps</h2><ul>"
      "<li>your name, email address and job title, and your role on the board</li>"
      "<li>your answers to the board's self-assessments and any notes you add</li>"
      "<li>when you signed in, and the network address failed sign-ins came from, so that "
      "password guessing can be stopped</li></ul>"
      "<h2>Who sees your answers</h2><p>Only you see your own answers. The board sees them "
      "only combined with everyone else's, in a round's results, and never with your name. "
      "Figures for groups too small to hide an individual's answer are not shown. The board "
      "secretary sees whether you have answered, never what.</p>"
      "<h2>How long it is kept</h2><p>Failed sign-ins are forgotten after {} and "
      "signed-in sessions when they end. Everything else is kept while your organisation uses "
      "boardlens, unless it decides otherwise.</p>"
      "<h2>Your rights</h2><p>You can ask your organisation for a copy of what it holds about "
      "you, and to correct it. Your organisation's data protection officer can tell you more; "
      "you can also complain to the Information Commissioner's Office.</p>",
      DurationText(settings.login_window_seconds));
}

Html Cookies(const accounts::Settings& settings) {
  return Render(
      "<p>boardlens uses only the cookies it needs to work. It sets no cookies for analytics "
      "or advertising, so it does not ask for your consent.</p>"
      "<table class=\"nhsuk-table\"><caption class=\"nhsuk-table__caption\">Cookies boardlens "
      "sets</caption><thead class=\"nhsuk-table__head\"><tr class=\"nhsuk-table__row\">"
      "<th class=\"nhsuk-table__header\" scope=\"col\">Name</th>"
      "<th class=\"nhsuk-table__header\" scope=\"col\">What it is for</th>"
      "<th class=\"nhsuk-table__header\" scope=\"col\">When it ends</th></tr></thead>"
      "<tbody class=\"nhsuk-table__body\"><tr class=\"nhsuk-table__row\">"
      "<td class=\"nhsuk-table__cell\">boardlens_session</td>"
      "<td class=\"nhsuk-table__cell\">keeps you signed in</td>"
      "<td class=\"nhsuk-table__cell\">when you sign out, after {}, or after {} unused</td>"
      "</tr><tr class=\"nhsuk-table__row\">"
      "<td class=\"nhsuk-table__cell\">boardlens_form</td>"
      "<td class=\"nhsuk-table__cell\">makes sure the sign-in form you send is the one this "
      "browser loaded</td><td class=\"nhsuk-table__cell\">after {}, or once you are "
      "signed in</td></tr></tbody></table>",
      DurationText(settings.session_seconds), DurationText(settings.session_idle_seconds),
      DurationText(accounts::kFormCookieSeconds));
}

const Html kContact(
    "<p>For anything about your board's assessments, such as a round, your account or an "
    "invitation link, contact your board secretary. They manage your organisation's use of "
    "boardlens.</p>"
    "<p>To report a problem with boardlens itself, including anything hard to use, tell your "
    "board secretary what happened and on which page: they can pass it to the team that runs "
    "boardlens for your organisation.</p>"
    "<p>Never send your password to anyone. Nobody from boardlens or your organisation will "
    "ask for it.</p>");

}  // namespace

void Register(Registration& r) {
  const auto page = [&r](const char* path, const char* title,
                         std::function<Html(http::Call&)> body) {
    r.routes.Add({"GET", path, http::Surface::kPage, http::Needs::Anyone().Recognised(),
                  [title, body = std::move(body)](http::Call& call) {
                    return Show(call, title, body(call));
                  }});
  };
  page("/accessibility", "Accessibility statement", [](http::Call&) { return kAccessibility; });
  page("/privacy", "Privacy notice",
       [](http::Call& call) { return Privacy(call.Use<accounts::Settings>()); });
  page("/cookies", "Cookies",
       [](http::Call& call) { return Cookies(call.Use<accounts::Settings>()); });
  page("/contact", "Contact us", [](http::Call&) { return kContact; });
}

}  // namespace boardlens::about
