#pragma once
/// The page every screen sits in: head, NHS.UK header with the service's navigation, main
/// content and footer.

#include <optional>
#include <string>
#include <vector>

#include "boardlens/base/access.hpp"
#include "boardlens/html/html.hpp"
#include "boardlens/http/message.hpp"

namespace boardlens::html {

/// One entry of the service's navigation in the header.
struct NavEntry {
  int position = 0;     ///< entries show left to right by position
  std::string section;  ///< Chrome::section of the pages it leads to
  std::string label;
  /// Under the organisation ("/rounds"; "" for its home page) or, when `in_org` is false,
  /// from the root ("/account").
  std::string path;
  bool in_org = true;
};

/// The header's navigation, filled by the features as they register their pages.
class Navigation {
 public:
  void Add(NavEntry entry);
  const std::vector<NavEntry>& entries() const { return entries_; }

 private:
  std::vector<NavEntry> entries_;
};

/// What the header shows: who is signed in and the organisation the page belongs to.
struct Chrome {
  const Caller* caller = nullptr;  ///< nullptr on the sign-in page
  std::optional<OrgScope> org;
  std::string section;  ///< the navigation entry to mark as current, e.g. "rounds"
  const Navigation* nav = nullptr;
  /// Pages for the public, such as the user-voice form, speak to the public: their footer's
  /// links and words, and where the phase banner asks for feedback, replace those that speak
  /// to the board (empty: the board's).
  Html footer_links;
  Html footer_note;
  std::string feedback_href = "/contact";
};

struct Page {
  std::string title;    ///< the h1's words; the window title adds the service name
  Html before_content;  ///< a back link, above <main>
  Html content;
  bool has_errors = false;  ///< prefixes the window title with "Error: ", as the manual asks
};

http::Response RenderPage(const Page& page, const Chrome& chrome, int status = 200);

using http::Redirect;

/// A CSV file to download as `filename`: every table a page shows can be taken away.
http::Response CsvDownload(const std::string& filename,
                           const std::vector<std::vector<std::string>>& rows);

/// /assets/NAME of the embedded asset whose name starts with `prefix` and ends with
/// `extension` (names carry a version or a content hash).
std::string AssetUrl(std::string_view prefix, std::string_view extension);

}  // namespace boardlens::html
