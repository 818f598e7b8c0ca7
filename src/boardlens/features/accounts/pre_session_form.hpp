#pragma once
/// Forms shown before there is a session (signing in, joining from an invitation link) cannot
/// carry a session's CSRF token. Instead each ties itself to the browser that loaded it: the
/// form's hidden field must match a cookie, which another site can neither read nor set.

#include <string>
#include <string_view>

#include "boardlens/base/clock.hpp"
#include "boardlens/features/accounts/account.hpp"
#include "boardlens/http/form.hpp"
#include "boardlens/http/message.hpp"
#include "boardlens/http/site.hpp"

namespace boardlens::accounts {

/// How long a form shown before signing in stays usable: long enough to fill it in, short
/// enough not to linger.
inline constexpr std::int64_t kFormCookieSeconds = kSecondsPerHour;

/// `response` with the form cookie for pages under `path` set to `value` ("" deletes it).
http::Response WithFormCookie(const http::Site& site, http::Response response,
                              std::string_view path, std::string_view value);

/// True when the posted form came from a page this browser loaded from us.
bool FormCameFromThisBrowser(const http::Request& request, const http::Form& form);

/// A fresh browser session: the session cookie, the form cookie of `form_path` cleared, and
/// the way on to `next`.
http::Response SignedIn(const SignIn& login, const Settings& settings, const http::Site& site,
                        const std::string& next, std::string_view form_path);

}  // namespace boardlens::accounts
