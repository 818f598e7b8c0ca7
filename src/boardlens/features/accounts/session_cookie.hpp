#pragma once
/// The browser session's cookie, as the API and the pages set and clear it.

#include <string>

#include "boardlens/features/accounts/account.hpp"
#include "boardlens/http/cookies.hpp"
#include "boardlens/http/site.hpp"

namespace boardlens::accounts {

/// Set-Cookie for a session that lasts Settings::session_seconds; an empty token clears it.
inline std::string SessionCookie(const std::string& token, const Settings& settings,
                                 const http::Site& site) {
  return http::SetCookie(http::kSessionCookie, token, "/", "Lax",
                         token.empty() ? 0 : settings.session_seconds, site.secure_cookies());
}

}  // namespace boardlens::accounts
