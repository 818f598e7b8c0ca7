#include "boardlens/web/layout.hpp"

#include <array>

#include "boardlens/domain/csv.hpp"
#include "boardlens/util/embedded.hpp"
#include "boardlens/web/components.hpp"

namespace boardlens::web {
namespace {

struct NavEntry {
  const char* section;
  const char* label;
  const char* path;  ///< after /orgs/ODS
  domain::Role needs;
};

constexpr std::array<NavEntry, 5> kNav{{
    {"home", "Home", "", domain::Role::kViewer},
    {"rounds", "Assessment rounds", "/rounds", domain::Role::kViewer},
    {"members", "Board members", "/members", domain::Role::kViewer},
    {"frameworks", "Frameworks", "/frameworks", domain::Role::kViewer},
    {"account", "Your account", "", domain::Role::kViewer},
}};

Html Navigation(const Chrome& chrome) {
  if (chrome.caller == nullptr) return {};
  Html items;
  for (const NavEntry& e : kNav) {
    const bool account = std::string_view(e.section) == "account";
    if (!account && (!chrome.org || chrome.org->role < e.needs)) continue;
    const std::string href =
        account ? std::string("/account") : "/orgs/" + chrome.org->org.ods_code + e.path;
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
      chrome.caller->account.name, CsrfField(chrome.caller->csrf_token));
}

}  // namespace

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
  const std::string home = chrome.org ? "/orgs/" + chrome.org->org.ods_code : "/";
  const Html org_name =
      chrome.org ? Render("<span class=\"bl-header-org\">{}</span>", chrome.org->org.name) : Html();
  const Html doc = Render(
      "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
      "<title>{}{} – boardlens</title>"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1, viewport-fit=cover\">"
      "<meta name=\"theme-color\" content=\"#005eb8\">"
      "<link rel=\"stylesheet\" href=\"{}\"><link rel=\"stylesheet\" href=\"{}\">"
      "<script type=\"module\" src=\"{}\"></script></head>"
      "<body><a class=\"nhsuk-skip-link\" data-module=\"nhsuk-skip-link\" href=\"#maincontent\">"
      "Skip to main content</a>"
      "<header class=\"nhsuk-header\" data-module=\"nhsuk-header\" role=\"banner\">"
      "<div class=\"nhsuk-header__container nhsuk-width-container\">"
      "<div class=\"nhsuk-header__service\"><a class=\"nhsuk-header__service-name\" href=\"{}\">"
      "boardlens{}</a></div>{}</div>{}</header>"
      "<div class=\"nhsuk-width-container\">{}"
      "<main class=\"nhsuk-main-wrapper\" id=\"maincontent\">{}</main></div>"
      "<footer class=\"nhsuk-footer\" role=\"contentinfo\"><div class=\"nhsuk-width-container\">"
      "<div class=\"nhsuk-footer__meta\"><h2 class=\"nhsuk-u-visually-hidden\">About this service"
      "</h2><p class=\"nhsuk-body-s\">boardlens helps NHS boards assess and lead digital "
      "transformation together. Individual answers are seen only by the person who gave them."
      "</p></div></div></footer></body></html>",
      page.has_errors ? Html("Error: ") : Html(), page.title, css_nhs, css_own, js_own, home,
      org_name, Account(chrome), Navigation(chrome), page.before_content, page.content);
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
  r.body = domain::WriteCsv(rows);
  return r;
}

http::Response Redirect(const std::string& location) {
  http::Response r;
  r.status = 303;
  r.content_type = "text/plain; charset=utf-8";
  r.headers.emplace_back("Location", location);
  return r;
}

}  // namespace boardlens::web
