#pragma once
/// Our own request and response types: handlers never see Beast, which stays in server.cpp.

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace boardlens::http {

struct Request {
  std::string method;  ///< upper case, e.g. GET
  std::string path;    ///< decoded path without the query
  std::map<std::string, std::string> query;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  std::string remote;  ///< peer address, for logs

  /// The value of header `name` (case-insensitive), or empty.
  std::string_view Header(std::string_view name) const;
  /// The value of cookie `name`, or empty.
  std::string Cookie(std::string_view name) const;
  /// The query parameter, or `fallback`.
  std::string Query(const std::string& name, const std::string& fallback = {}) const;
};

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
};

/// Decodes %XX escapes (and, when `plus_is_space`, "+" as a space, as forms write it);
/// false on a malformed escape.
bool PercentDecode(std::string_view in, std::string& out, bool plus_is_space);

/// %XX-escapes all but letters, digits and -_.~/, for a path or query value in a link.
std::string UrlEncode(std::string_view text);

/// The request's path and query, to come back to (after signing in, say).
std::string PathWithQuery(const Request& request);

/// 303 See Other: where a form goes after it succeeds, so a refresh does not post again.
Response Redirect(const std::string& location);

/// Splits "/a/b?x=1&y=%20" into a decoded path and query map; false on bad percent-encoding.
bool ParseTarget(std::string_view target, std::string& path,
                 std::map<std::string, std::string>& query);

/// The length of the header section at the start of `bytes`, up to and including the blank
/// line that ends it; npos while that line has not arrived.
std::size_t HeaderSectionLength(std::string_view bytes);

/// The method and decoded path of the request line at the start of `header_section`, so the
/// server can ask what the route takes before it reads the body; empty when it is not one.
struct RequestLine {
  std::string method;
  std::string path;
};
RequestLine ReadRequestLine(std::string_view header_section);

/// True when a line of a header section begins with a space or tab: an obsolete "folded"
/// continuation (RFC 9112 §5.2), or whitespace before the first header, which RFC 9112 §2.2
/// says to refuse.
bool HasFoldedLine(std::string_view header_section);

/// True when a line of `header_bytes` ends in a line feed with no carriage return before it.
/// HTTP/1.1 ends its lines with CR LF; a bare LF would otherwise leave the server waiting for
/// a blank line that never comes, and a proxy may read the line differently (RFC 9112 §2.2).
bool HasBareLineFeed(std::string_view header_bytes);

}  // namespace boardlens::http
