#include "boardlens/html/layout.hpp"

#include <algorithm>

#include "boardlens/base/csv.hpp"
#include "boardlens/base/embedded.hpp"
#include "boardlens/html/components.hpp"

namespace boardlens::html {
namespace {

Html NavigationBar(const Chrome& chrome) {
  if (chrome.caller == nullptr || chrome.nav == nullptr) return {};
  Html items;
  for (const NavEntry& e : chrome.nav->entries()) {
    if (e.in_org && !chrome.org) continue;
    const std::string href = e.in_org ? "/orgs/" + chrome.org->ods_code + e.path : e.path;
    const bool current = chrome.section == e.section;
    items += current ? Render(
                           "<li class=\"nhsuk-header__navigation-item\"><a "
                           "class=\"nhsuk-header__navigation-link\" href=\"{}\" "
                           "aria-current=\"page\"><strong "
                           "class=\"nhsuk-header__navigation-item-current-fallback\">{}</strong>"
                           "</a></li>",
                           href, e.label)
                     : Render(
                           "<li class=\"nhsuk-header__navigation-item\"><a "
                           "class=\"nhsuk-header__navigation-link\" href=\"{}\">{}</a></li>",
                           href, e.label);
  }
  return Render(
      "<nav class=\"nhsuk-header__navigation\" aria-label=\"Menu\">"
      "<div class=\"nhsuk-header__navigation-container nhsuk-width-container\">"
      "<ul class=\"nhsuk-header__navigation-list\">{}<li class=\"nhsuk-header__menu\" hidden>"
      "<button class=\"nhsuk-header__menu-toggle nhsuk-header__navigation-link\" "
      "id=\"toggle-menu\" aria-expanded=\"false\"><span class=\"nhsuk-u-visually-hidden\">Browse "
      "</span>More</button></li></ul></div></nav>",
      items);
}

Html Account(const Chrome& chrome) {
  if (chrome.caller == nullptr) return {};
  return Render(
      "<nav class=\"nhsuk-header__account\" aria-label=\"Account\">"
      "<ul class=\"nhsuk-header__account-list\">"
      "<li class=\"nhsuk-header__account-item\">{}</li>"
      "<li class=\"nhsuk-header__account-item\"><form class=\"nhsuk-header__account-form\" "
      "action=\"/sign-out\" method=\"post\" novalidate>{}"
      "<button class=\"nhsuk-header__account-button\">Sign out</button></form></li></ul></nav>",
      chrome.caller->name, CsrfField(chrome.caller->csrf_token));
}

/// The NHS logo, as the design system draws it in the header.
Html Logo() {
  return Html(
      "<svg class=\"nhsuk-header__logo\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 "
      "80\" height=\"40\" width=\"100\" focusable=\"false\" role=\"img\" aria-label=\"NHS\">"
      "<title>NHS</title><path fill=\"currentcolor\" d=\"M200 0v80H0V0h200Zm-27.5 5.5c-14.5 0-29 "
      "5-29 22 0 10.2 7.7 13.5 14.7 16.3l.7.3c5.4 2 10.1 3.9 10.1 8.4 0 6.5-8.5 7.5-14 7.5s-12.5-"
      "1.5-16-3.5L135 70c5.5 2 13.5 3.5 20 3.5 15.5 0 32-4.5 32-22.5 0-19.5-25.5-16.5-25.5-25.5 "
      "0-5.5 5.5-6.5 12.5-6.5a35 35 0 0 1 14.5 3l4-13.5c-4.5-2-12-3-20-3Zm-131 2h-22l-14 65H22l9-"
      "45h.5l13.5 45h21.5l14-65H64l-9 45h-.5l-13-45Zm63 0h-18l-13 65h17l6-28H117l-5.5 28H129l13.5-"
      "65H125L119.5 32h-20l5-24.5Z\"/></svg>");
}

/// The service's own pages (features/about), linked from every page.
Html FooterLinks() {
  Html items;
  for (const auto& [href, label] :
       {std::pair{"/accessibility", "Accessibility statement"},
        std::pair{"/privacy", "Privacy notice"}, std::pair{"/cookies", "Cookies"},
        std::pair{"/contact", "Contact us"}}) {
    items += Render(
        "<li class=\"nhsuk-footer__list-item\"><a class=\"nhsuk-footer__list-item-link\" "
        "href=\"{}\">{}</a></li>",
        href, label);
  }
  return items;
}

}  // namespace

void Navigation::Add(NavEntry entry) {
  const auto at = std::find_if(entries_.begin(), entries_.end(),
                               [&](const NavEntry& e) { return e.position > entry.position; });
  entries_.insert(at, std::move(entry));
}

std::string AssetUrl(std::string_view prefix, std::string_view extension) {
  for (const EmbeddedFile& f : EmbeddedAssets()) {
    if (f.name.starts_with(prefix) && f.name.ends_with(extension)) {
      return "/assets/" + std::string(f.name);
    }
  }
  return {};
}

http::Response RenderPage(const Page& page, const Chrome& chrome, int status) {
  static const std::string css_nhs = AssetUrl("nhsuk-frontend-", ".min.css");
  static const std::string css_own = AssetUrl("boardlens-", ".css");
  static const std::string js_own = AssetUrl("boardlens-", ".js");
  const std::string home = chrome.org ? "/orgs/" + chrome.org->ods_code : "/";
  const Html org_name =
      chrome.org ? Render("<span class=\"bl-header-org\">{}</span>", chrome.org->name) : Html();
  const Html doc = Render(
      "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
      "<title>{}{} – boardlens</title>"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1, viewport-fit=cover\">"
      "<meta name=\"theme-color\" content=\"#005eb8\">"
      "<link rel=\"icon\" href=\"/assets/images/favicon.ico\" sizes=\"48x48\">"
      "<link rel=\"icon\" href=\"/assets/images/favicon.svg\" type=\"image/svg+xml\">"
      "<link rel=\"apple-touch-icon\" href=\"/assets/images/nhsuk-icon-180.png\">"
      "<link rel=\"stylesheet\" href=\"{}\"><link rel=\"stylesheet\" href=\"{}\">"
      "<script type=\"module\" src=\"{}\"></script></head>"
      "<body><a class=\"nhsuk-skip-link\" data-module=\"nhsuk-skip-link\" href=\"#maincontent\">"
      "Skip to main content</a>"
      "<header class=\"nhsuk-header\" data-module=\"nhsuk-header\" role=\"banner\">"
      "<div class=\"nhsuk-header__container nhsuk-width-container\">"
      "<div class=\"nhsuk-header__service\"><a class=\"nhsuk-header__service-logo\" "
      "href=\"{}\" aria-label=\"NHS boardlens homepage\">{}<span "
      "class=\"nhsuk-header__service-name\">boardlens{}</span></a></div>{}</div>{}</header>"
      "<div class=\"nhsuk-width-container\"><div class=\"bl-phase-banner\"><p "
      "class=\"nhsuk-body-s\"><strong class=\"nhsuk-tag nhsuk-tag--blue\">Beta</strong> This "
      "is a new service. <a href=\"{}\">Tell us what you think</a> to help us improve it."
      "</p></div>{}<main class=\"nhsuk-main-wrapper\" id=\"maincontent\">{}</main></div>"
      "<footer class=\"nhsuk-footer\" role=\"contentinfo\"><div class=\"nhsuk-width-container\">"
      "<div class=\"nhsuk-footer__meta\"><h2 class=\"nhsuk-u-visually-hidden\">Support links"
      "</h2><ul class=\"nhsuk-footer__list\">{}</ul><p class=\"nhsuk-body-s\">{}</p></div>"
      "</div></footer></body></html>",
      page.has_errors ? Html("Error: ") : Html(), page.title, css_nhs, css_own, js_own, home,
      Logo(), org_name, Account(chrome), NavigationBar(chrome), chrome.feedback_href,
      page.before_content, page.content,
      chrome.footer_links.empty() ? FooterLinks() : chrome.footer_links,
      chrome.footer_note.empty()
          ? Html("boardlens helps NHS boards assess and lead digital transformation together. "
                 "Individual answers are seen only by the person who gave them.")
          : chrome.footer_note);
  http::Response r;
  r.status = status;
  r.content_type = "text/html; charset=utf-8";
  r.body = doc.str();
  return r;
}

http::Response CsvDownload(const std::string& filename,
                           const std::vector<std::vector<std::string>>& rows) {
  http::Response r;
  r.content_type = "text/csv; charset=utf-8";
  r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + filename + "\"");
  r.body = WriteCsv(rows);
  return r;
}

}  // namespace boardlens::html
