#pragma once
/// Pages as features register them: a route whose handler gets a Visit, the signed-in
/// request with what a page needs to show itself in the service's chrome.

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "boardlens/base/clock.hpp"
#include "boardlens/html/components.hpp"
#include "boardlens/html/layout.hpp"
#include "boardlens/http/call.hpp"
#include "boardlens/http/router.hpp"
#include "boardlens/xlsx/workbook.hpp"

namespace boardlens::html {

/// One signed-in request to a page.
class Visit {
 public:
  explicit Visit(http::Call& call_in)
      : call(call_in),
        request(call_in.request),
        params(call_in.params),
        caller(call_in.who()),
        form(call_in.form) {}

  http::Call& call;
  const http::Request& request;
  const http::PathParams& params;
  const Caller& caller;
  const http::Form& form;  ///< the posted form (already CSRF-checked); empty for GET

  template <typename T>
  T& Use() {
    return call.Use<T>();
  }
  /// The {ods} path parameter.
  const std::string& ods() const { return params.at("ods"); }
  /// The organisation in the path with the caller's role (the route's needs checked it).
  const OrgScope& org() const { return call.where(); }
  /// "/orgs/ODS" followed by `rest`.
  std::string OrgPath(std::string_view rest = {}) const;
  /// The chrome for a page in section `section` ("rounds", ...), with this visit's org if any.
  Chrome ChromeFor(std::string section);
  /// Renders `page` in this visit's chrome.
  http::Response Show(const Page& page, std::string section, int status = 200);
};

using PageHandler = std::function<http::Response(Visit&)>;

/// A page for signed-in browser sessions; `needs` as for any route (sign-in is implied).
void AddPage(http::Router& routes, std::string method, std::string pattern, http::Needs needs,
             PageHandler handler);
/// A table to take away: its file's name without the extension, and its rows, headings first.
using Download = http::Table;
using DownloadHandler = std::function<Download(Visit&)>;

/// Serves the table at `pattern` + ".csv" and at `pattern` + ".xlsx": the same cells, as CSV
/// and as a workbook of one sheet whose cells are typed (xlsx/workbook.hpp). The router keeps
/// it among its tables, for the workbook of them all (WorkbookOfTables).
void AddDownload(http::Router& routes, const std::string& pattern, const http::Needs& needs,
                 const DownloadHandler& table);

/// Every table of the organisation in the path that the caller's role may download and that
/// needs nothing but the organisation (no round, risk or measure named), a sheet each, in the
/// order the features registered them. A table with nothing to show yet is left out.
std::vector<xlsx::Sheet> WorkbookOfTables(const http::Router& routes, Visit& visit);

/// `sheets` as one XLSX workbook to download as `filename`.
http::Response XlsxDownload(const std::string& filename, const std::vector<xlsx::Sheet>& sheets);

/// A page anyone may open, before signing in (its forms check their own token).
void AddPublicPage(http::Router& routes, std::string method, std::string pattern,
                   http::Handler handler);

/// A page with no navigation (for pages before signing in), its content two thirds wide.
http::Response NarrowPage(const std::string& title, const Html& content, int status = 200);

/// The error in flight as a page, in the chrome of `call` (null when no route matched).
/// Messages of expected errors are written for users; an unexpected one is logged and the
/// page says only that something went wrong.
http::Response ErrorPageFromCurrentException(http::Call* call);

/// Runs `action`; an error the user can fix on this form (invalid input or a conflict about
/// one of `fields`, or about no field in particular) is added to `errors` against that field,
/// or the first of `fields`. Anything else, such as a round that has closed meanwhile,
/// propagates to become an error page.
void CollectFieldError(FieldErrors& errors, std::initializer_list<std::string_view> fields,
                       const std::function<void()>& action);

/// Links to the downloads of the table above it: `href` (its CSV) and the same as XLSX.
Html CsvLink(const std::string& href);
/// Pages write dates as the rules do: "30 November 2026" (base/clock.hpp).
using boardlens::DateText;
/// Where people reach this site, for links they are given to pass on: Site::public_url
/// (which `serve` sets to the address it listens on when --public-url is not given).
std::string SiteUrl(Visit& visit);

}  // namespace boardlens::html
