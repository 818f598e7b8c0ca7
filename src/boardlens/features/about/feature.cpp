// The service's own pages, in the footer of every page. What they say is what a user of an
// NHS service expects to be able to read before they use it; the words are in pages/*.html.

#include "boardlens/features/about/feature.hpp"

#include <functional>
#include <stdexcept>

#include "boardlens/base/clock.hpp"
#include "boardlens/base/embedded.hpp"
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

/// One of pages/*.html with each `{}` filled in turn. The files are our own markup, compiled
/// in, so they are trusted as a literal would be; what fills them is escaped.
template <typename... Texts>
Html Content(std::string_view file, const Texts&... fills) {
  for (const EmbeddedFile& f : EmbeddedAboutPages()) {
    if (f.name == file) return Substitute(f.data, {Escape(fills)...});
  }
  throw std::logic_error("no about page " + std::string(file));
}

}  // namespace

void Register(Registration& r) {
  const auto page = [&r](const char* path, const char* title,
                         std::function<Html(http::Call&)> body) {
    r.routes.Add({"GET", path, http::Surface::kPage, http::Needs::Anyone().Recognised(),
                  [title, body = std::move(body)](http::Call& call) {
                    return Show(call, title, body(call));
                  }});
  };
  page("/accessibility", "Accessibility statement",
       [](http::Call&) { return Content("accessibility.html"); });
  page("/privacy", "Privacy notice", [](http::Call& call) {
    return Content("privacy.html",
                   DurationText(call.Use<accounts::Settings>().login_window_seconds));
  });
  page("/cookies", "Cookies", [](http::Call& call) {
    const auto& settings = call.Use<accounts::Settings>();
    return Content("cookies.html", DurationText(settings.session_seconds),
                   DurationText(settings.session_idle_seconds),
                   DurationText(accounts::kFormCookieSeconds));
  });
  page("/contact", "Contact us", [](http::Call&) { return Content("contact.html"); });
}

}  // namespace boardlens::about
