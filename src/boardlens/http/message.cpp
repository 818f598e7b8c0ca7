#include "boardlens/http/message.hpp"

#include <strings.h>

#include <cctype>

namespace boardlens::http {
namespace {

int Hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

bool PercentDecode(std::string_view in, std::string& out, bool plus_is_space) {
  out.clear();
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (in[i] == '%') {
      if (i + 2 >= in.size()) return false;
      const int hi = Hex(in[i + 1]);
      const int lo = Hex(in[i + 2]);
      if (hi < 0 || lo < 0) return false;
      out.push_back(static_cast<char>(hi * 16 + lo));
      i += 2;
    } else if (plus_is_space && in[i] == '+') {
      out.push_back(' ');
    } else {
      out.push_back(in[i]);
    }
  }
  return true;
}

std::string_view Request::Header(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (key.size() == name.size() && strncasecmp(key.data(), name.data(), name.size()) == 0) {
      return value;
    }
  }
  return {};
}

std::string Request::Cookie(std::string_view name) const {
  std::string_view cookies = Header("Cookie");
  while (!cookies.empty()) {
    const auto semi = cookies.find(';');
    std::string_view pair = cookies.substr(0, semi);
    while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
    const auto eq = pair.find('=');
    if (eq != std::string_view::npos && pair.substr(0, eq) == name) {
      return std::string(pair.substr(eq + 1));
    }
    if (semi == std::string_view::npos) break;
    cookies.remove_prefix(semi + 1);
  }
  return {};
}

std::string Request::Query(const std::string& name, const std::string& fallback) const {
  const auto it = query.find(name);
  return it == query.end() ? fallback : it->second;
}

bool ParseTarget(std::string_view target, std::string& path,
                 std::map<std::string, std::string>& query) {
  const auto q = target.find('?');
  if (!PercentDecode(target.substr(0, q), path, false)) return false;
  if (q == std::string_view::npos) return true;
  std::string_view rest = target.substr(q + 1);
  while (!rest.empty()) {
    const auto amp = rest.find('&');
    const std::string_view pair = rest.substr(0, amp);
    const auto eq = pair.find('=');
    std::string key;
    std::string value;
    if (!PercentDecode(pair.substr(0, eq), key, true)) return false;
    if (eq != std::string_view::npos && !PercentDecode(pair.substr(eq + 1), value, true))
      return false;
    if (!key.empty()) query[key] = value;
    if (amp == std::string_view::npos) break;
    rest.remove_prefix(amp + 1);
  }
  return true;
}

std::string UrlEncode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) != 0 || c == '-' || c == '_' || c == '.' || c == '~' || c == '/') {
      out += ch;
    } else {
      out += '%';
      out += kHex[c >> 4U];
      out += kHex[c & 15U];
    }
  }
  return out;
}

std::string PathWithQuery(const Request& request) {
  std::string out = request.path;
  char separator = '?';
  for (const auto& [name, value] : request.query) {
    out += separator + UrlEncode(name) + "=" + UrlEncode(value);
    separator = '&';
  }
  return out;
}

Response Redirect(const std::string& location) {
  Response r;
  r.status = 303;
  r.content_type = "text/plain; charset=utf-8";
  r.headers.emplace_back("Location", location);
  return r;
}

std::size_t HeaderSectionLength(std::string_view bytes) {
  constexpr std::string_view kBlankLine = "\r\n\r\n";
  const auto at = bytes.find(kBlankLine);
  return at == std::string_view::npos ? at : at + kBlankLine.size();
}

RequestLine ReadRequestLine(std::string_view header_section) {
  const std::string_view line = header_section.substr(0, header_section.find("\r\n"));
  const auto space = line.find(' ');
  if (space == std::string_view::npos) return {};
  const std::string_view rest = line.substr(space + 1);
  RequestLine out;
  std::map<std::string, std::string> query;
  if (!ParseTarget(rest.substr(0, rest.find(' ')), out.path, query)) return {};
  out.method = std::string(line.substr(0, space));
  return out;
}

bool HasFoldedLine(std::string_view header_section) {
  for (auto at = header_section.find("\r\n"); at != std::string_view::npos;
       at = header_section.find("\r\n", at + 2)) {
    if (at + 2 < header_section.size() &&
        (header_section[at + 2] == ' ' || header_section[at + 2] == '\t')) {
      return true;
    }
  }
  return false;
}

bool HasBareLineFeed(std::string_view header_bytes) {
  for (auto at = header_bytes.find('\n'); at != std::string_view::npos;
       at = header_bytes.find('\n', at + 1)) {
    if (at == 0 || header_bytes[at - 1] != '\r') return true;
  }
  return false;
}

}  // namespace boardlens::http
