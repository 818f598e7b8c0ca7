#include "boardlens/features/accounts/account.hpp"

#include "boardlens/base/error.hpp"

namespace boardlens::accounts {

void RequireGoodPassword(std::string_view password, const char* field) {
  if (password.size() < 12) throw Invalid("the password needs at least 12 characters", field);
  if (password.size() > 1024) throw Invalid("the password is too long", field);
}

Caller CallerOf(const Account& account, bool browser_session, std::string csrf_token) {
  Caller c;
  c.account_id = account.id;
  c.email = account.email;
  c.name = account.name;
  c.platform_admin = account.platform_admin;
  c.browser_session = browser_session;
  c.csrf_token = std::move(csrf_token);
  return c;
}

}  // namespace boardlens::accounts
