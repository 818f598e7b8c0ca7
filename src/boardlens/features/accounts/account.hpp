#pragma once
/// Accounts, browser sessions and API tokens: the records and rules, without I/O.

#include <cstdint>
#include <string>
#include <string_view>

#include "boardlens/base/access.hpp"
#include "boardlens/base/clock.hpp"

namespace boardlens::accounts {

struct Account {
  Id id = 0;
  std::string email;  ///< lower case
  std::string name;
  std::string password_hash;
  bool platform_admin = false;
};

struct Settings {
  std::int64_t session_seconds = 8 * kSecondsPerHour;  ///< browser sessions end after a working day
  std::int64_t session_idle_seconds = 60 * kSecondsPerMinute;  ///< ...or sooner, left unused
  std::int64_t api_token_seconds = 365 * kSecondsPerDay;
  int login_failures_allowed = 5;  ///< per email, within the window below
  /// Per source address within the window: stops one client trying many emails, yet leaves
  /// room for a whole trust signing in from behind one address.
  int login_failures_per_source_allowed = 50;
  std::int64_t login_window_seconds = 15 * kSecondsPerMinute;
  /// How long a "forgot your password" link works: at least the window below, so that the
  /// newest link sent to an address still works while no newer one may be sent.
  std::int64_t reset_link_seconds = kSecondsPerHour;
  /// Links sent to one address within the window, whoever asks: room for a person who asks
  /// again, too few to fill their inbox. Asking beyond it is answered as ever but sends
  /// nothing and keeps the newest link working, so a stranger cannot lock a person out.
  int reset_links_per_email = 3;
  /// Requests from one source address within the window, refused beyond it: one client
  /// cannot ask for links to many addresses.
  int reset_requests_per_source = 20;
  std::int64_t reset_window_seconds = kSecondsPerHour;
  /// How long an instance trusts what it looked up about a token. A sign-out made through
  /// another instance reaches this one within this time.
  std::int64_t cache_seconds = 5;
};

/// A browser session just started.
struct SignIn {
  std::string token;  ///< the cookie's value; only its hash is stored
  std::string csrf_token;
  std::int64_t expires_at = 0;
  Account account;
};

/// An API token as its owner sees it; the token itself is never stored.
struct ApiToken {
  std::string id;  ///< the start of the token's hash: tells tokens apart, no use for signing in
  std::string name;
  std::int64_t created_at = 0;
  std::int64_t expires_at = 0;
};

struct NewApiToken {
  std::string token;  ///< to be shown once: only its hash is kept
  ApiToken about;
};

/// A "forgot your password" link just made, to be mailed to the account's address.
struct ResetLink {
  std::string token;  ///< only its hash is stored
  Account account;
};

/// How many characters of a token's hash make its id.
inline constexpr std::size_t kApiTokenIdLength = 16;

/// Refuses a password that would be easy to guess (password_rules.hpp), saying why; `field`
/// names it in the error. `email` and `name` are the account's.
void RequireGoodPassword(std::string_view password, const char* field, std::string_view email,
                         std::string_view name);

/// The caller an account's session or token stands for.
Caller CallerOf(const Account& account, bool browser_session, std::string csrf_token);

}  // namespace boardlens::accounts
