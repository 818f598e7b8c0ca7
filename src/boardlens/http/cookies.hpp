#pragma once
/// The cookies the server sets. All are HttpOnly: no script of ours needs to read them.

#include <cstdint>
#include <string>
#include <string_view>

namespace boardlens::http {

/// The browser session, shared by the pages and the JSON API.
inline constexpr std::string_view kSessionCookie = "boardlens_session";

/// A Set-Cookie value; `max_age_seconds` 0 deletes the cookie. Lax lets a link from an email
/// open a signed-in page; Strict suits cookies only our own forms use. `secure` when people
/// reach boardlens over https (through a proxy), so the browser never sends it in the clear.
inline std::string SetCookie(std::string_view name, std::string_view value, std::string_view path,
                             std::string_view same_site, std::int64_t max_age_seconds,
                             bool secure) {
  return std::string(name) + "=" + std::string(value) + "; Path=" + std::string(path) +
         "; HttpOnly; SameSite=" + std::string(same_site) +
         "; Max-Age=" + std::to_string(max_age_seconds) + (secure ? "; Secure" : "");
}

}  // namespace boardlens::http
