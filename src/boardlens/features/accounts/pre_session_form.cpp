#include "boardlens/features/accounts/pre_session_form.hpp"

#include "boardlens/base/clock.hpp"
#include "boardlens/base/secrets.hpp"
#include "boardlens/features/accounts/session_cookie.hpp"
#include "boardlens/http/cookies.hpp"

namespace boardlens::accounts {
namespace {
constexpr std::string_view kFormCookie = "boardlens_form";
}  // namespace

http::Response WithFormCookie(const http::Site& site, http::Response response,
                              std::string_view path, std::string_view value) {
  response.headers.emplace_back(
      "Set-Cookie", http::SetCookie(kFormCookie, value, path, "Strict",
                                    value.empty() ? 0 : kFormCookieSeconds, site.secure_cookies()));
  return response;
}

bool FormCameFromThisBrowser(const http::Request& request, const http::Form& form) {
  const std::string expected = request.Cookie(kFormCookie);
  return !expected.empty() && ConstantTimeEquals(form.Get("csrf"), expected);
}

http::Response SignedIn(const SignIn& login, const Settings& settings, const http::Site& site,
                        const std::string& next, std::string_view form_path) {
  http::Response r = http::Redirect(next);
  r.headers.emplace_back("Set-Cookie", SessionCookie(login.token, settings, site));
  return WithFormCookie(site, std::move(r), form_path, "");
}

}  // namespace boardlens::accounts
