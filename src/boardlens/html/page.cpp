#include "boardlens/html/page.hpp"

#include <algorithm>

#include <spdlog/spdlog.h>

#include "boardlens/base/error.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/http/problem.hpp"
#include "boardlens/http/site.hpp"

namespace boardlens::html {
namespace {

using http::Response;

Response ErrorPage(const Chrome& chrome, int status, const std::string& title,
                   const std::string& message) {
  Page page;
  page.title = title;
  page.content =
      Render("<h1>{}</h1><p>{}</p><p><a href=\"/\">Go to your boardlens home page</a></p>", title,
             message);
  return RenderPage(page, chrome, status);
}

/// An unexpected failure, which the page does not describe: the log has the detail.
Response ServiceErrorPage(const Chrome& chrome) {
  return ErrorPage(chrome, 500, "Sorry, there is a problem with the service",
                   "Try again later. What you entered has not been saved.");
}

/// The error in flight as a page. Messages of expected errors are written for users; an
/// unexpected one is logged and the page says only that something went wrong.
Response ErrorPageFor(const Chrome& chrome) {
  try {
    throw;
  } catch (const Error& e) {
    std::string title = "There is a problem";
    std::string message = Sentence(e.what()) + ".";
    switch (e.kind()) {
      case ErrorKind::kNotFound:
        // The message would repeat the address, which anyone can write into a link: a page
        // must not say what a stranger chose.
        title = "Page not found";
        message =
            "If you typed the web address, check it is correct. If you pasted it, check you "
            "copied the entire address.";
        break;
      case ErrorKind::kForbidden:
        title = "You cannot do this";
        break;
      case ErrorKind::kMethodNotAllowed:
        title = "Page not found";
        message = "This page cannot be used that way.";
        break;
      case ErrorKind::kInvalid:
      case ErrorKind::kConflict:
      case ErrorKind::kTooLarge:
      case ErrorKind::kTooManyRequests:
        break;
      case ErrorKind::kUnavailable:
        title = "Sorry, the service is unavailable";
        message = "The database cannot be reached. Try again in a few minutes.";
        break;
      default:
        spdlog::error("page failed: {}", e.what());
        return ServiceErrorPage(chrome);
    }
    // The status and its headers (Allow, Retry-After) are the API's, from the one mapping.
    Response page = ErrorPage(chrome, http::StatusOf(e.kind()), title, message);
    http::AddErrorHeaders(e, page);
    return page;
  } catch (const std::exception& e) {
    spdlog::error("page failed: {}", e.what());
  }
  return ServiceErrorPage(chrome);
}

}  // namespace

std::string Visit::OrgPath(std::string_view rest) const {
  return "/orgs/" + ods() + std::string(rest);
}

Chrome Visit::ChromeFor(std::string section) {
  Chrome chrome;
  chrome.caller = &caller;
  chrome.org = call.org;
  chrome.section = std::move(section);
  chrome.nav = &Use<Navigation>();
  return chrome;
}

Response Visit::Show(const Page& page, std::string section, int status) {
  return RenderPage(page, ChromeFor(std::move(section)), status);
}

void AddPage(http::Router& routes, std::string method, std::string pattern, http::Needs needs,
             PageHandler handler) {
  needs.sign_in = true;  // a page with a form of its own before signing in is a public page
  needs.csrf = true;
  routes.Add({std::move(method), std::move(pattern), http::Surface::kPage, needs,
              [handler = std::move(handler)](http::Call& call) {
                Visit visit(call);
                return handler(visit);
              }});
}

void AddDownload(http::Router& routes, const std::string& pattern, const http::Needs& needs,
                 const DownloadHandler& table) {
  routes.AddTable({pattern, needs, [table](http::Call& call) {
                     Visit visit(call);
                     return table(visit);
                   }});
  AddPage(routes, "GET", pattern + ".csv", needs, [table](Visit& v) {
    Download d = table(v);
    return CsvDownload(d.name + ".csv", d.rows);
  });
  AddPage(routes, "GET", pattern + ".xlsx", needs, [table](Visit& v) {
    Download d = table(v);
    return XlsxDownload(d.name + ".xlsx", {{d.name, std::move(d.rows)}});
  });
}

std::vector<xlsx::Sheet> WorkbookOfTables(const http::Router& routes, Visit& visit) {
  constexpr std::string_view kOrg = "/orgs/{ods}/";
  std::vector<xlsx::Sheet> sheets;
  for (const http::TableSource& source : routes.tables()) {
    const std::string_view rest =
        std::string_view(source.pattern)
            .substr(source.pattern.starts_with(kOrg) ? kOrg.size() : source.pattern.size());
    if (rest.empty() || rest.find('{') != std::string_view::npos) continue;
    if (source.needs.org_role && visit.org().role < *source.needs.org_role) continue;
    http::Table table;
    try {
      table = source.table(visit.call);
    } catch (const Error& e) {
      // A table with nothing to show yet (no closed round for the trend, say), or one this
      // caller may not read after all, is left out rather than refusing the whole workbook.
      if (e.kind() == ErrorKind::kNotFound || e.kind() == ErrorKind::kForbidden) continue;
      throw;
    }
    // The sheet is named as the file is, in words, without the organisation's code.
    std::string name = table.name.starts_with(visit.ods() + "-")
                           ? table.name.substr(visit.ods().size() + 1)
                           : table.name;
    std::replace(name.begin(), name.end(), '-', ' ');
    name = Sentence(std::move(name));
    sheets.push_back({std::move(name), std::move(table.rows)});
  }
  return sheets;
}

Response XlsxDownload(const std::string& filename, const std::vector<xlsx::Sheet>& sheets) {
  Response r;
  r.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + filename + "\"");
  r.body = xlsx::Workbook(sheets);
  return r;
}

void AddPublicPage(http::Router& routes, std::string method, std::string pattern,
                   http::Handler handler) {
  routes.Add({std::move(method), std::move(pattern), http::Surface::kPage, http::Needs::Anyone(),
              std::move(handler)});
}

Response NarrowPage(const std::string& title, const Html& content, int status) {
  Page page;
  page.title = title;
  page.content = Render(
      "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">{}</div></div>",
      content);
  return RenderPage(page, Chrome{}, status);
}

Response ErrorPageFromCurrentException(http::Call* call) {
  Chrome chrome;
  if (call != nullptr && call->caller) {
    chrome.caller = &*call->caller;
    chrome.nav = &call->Use<Navigation>();
    // Refused or not found within an organisation the caller belongs to: its menu stays.
    chrome.org = call->org;
  }
  return ErrorPageFor(chrome);
}

void CollectFieldError(FieldErrors& errors, std::initializer_list<std::string_view> fields,
                       const std::function<void()>& action) {
  try {
    action();
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::kInvalid && e.kind() != ErrorKind::kConflict) throw;
    const std::vector<FieldProblem> problems = e.AllProblems();
    // Use cases name nested fields ("answers[0].evidence"); a form's field is the last part.
    const auto field_of = [&](const std::string& where) {
      return where.empty() ? std::string(*fields.begin()) : where.substr(where.rfind('.') + 1);
    };
    for (const FieldProblem& p : problems) {
      if (std::find(fields.begin(), fields.end(), field_of(p.where)) == fields.end()) throw;
    }
    for (const FieldProblem& p : problems) errors.Add(field_of(p.where), Sentence(p.message));
  }
}

Html CsvLink(const std::string& href) {
  // Every table served as CSV is served as a workbook at the same path (AddDownload).
  std::string xlsx = href;
  if (const auto at = xlsx.rfind(".csv", xlsx.find('?')); at != std::string::npos) {
    xlsx.replace(at, 4, ".xlsx");
  }
  return Render(
      "<p class=\"nhsuk-body-s\">Download this table as <a href=\"{}\" download>CSV</a> or as "
      "a <a href=\"{}\" download>spreadsheet (XLSX)</a></p>",
      href, xlsx);
}

std::string SiteUrl(Visit& visit) {
  // Never the request's Host header: whoever sends the request chooses it, and a link made
  // from it could send a board member to an attacker's site.
  return visit.Use<http::Site>().base_url();
}

}  // namespace boardlens::html
