#pragma once
/// The page every screen sits in: head, NHS.UK header with the service's navigation, main
/// content and footer.

#include <optional>
#include <string>
#include <vector>

#include "boardlens/app/app.hpp"
#include "boardlens/http/message.hpp"
#include "boardlens/web/html.hpp"

namespace boardlens::web {

/// What the header shows: who is signed in and the organisation the page belongs to.
struct Chrome {
  const app::Caller* caller = nullptr;  ///< nullptr on the sign-in page
  std::optional<app::OrgAccess> org;
  std::string section;  ///< the navigation entry to mark as current, e.g. "rounds"
};

struct Page {
  std::string title;    ///< the h1's words; the window title adds the service name
  Html before_content;  ///< a back link, above <main>
  Html content;
  bool has_errors = false;  ///< prefixes the window title with "Error: ", as the manual asks
};

http::Response RenderPage(const Page& page, const Chrome& chrome, int status = 200);

/// 303 See Other: where a form goes after it succeeds, so a refresh does not post again.
http::Response Redirect(const std::string& location);

/// A CSV file to download as `filename`: every table a page shows can be taken away.
http::Response CsvDownload(const std::string& filename,
                           const std::vector<std::vector<std::string>>& rows);

/// /assets/NAME of the embedded asset whose name starts with `prefix` and ends with
/// `extension` (names carry a version or a content hash).
std::string AssetUrl(std::string_view prefix, std::string_view extension);

}  // namespace boardlens::web
