#include "boardlens/features/accounts/account.hpp"

#include "boardlens/base/error.hpp"
#include "boardlens/features/accounts/password_rules.hpp"

namespace boardlens::accounts {

void RequireGoodPassword(std::string_view password, const char* field, std::string_view email,
                         std::string_view name) {
  if (const auto weakness = PasswordWeakness(password, email, name)) {
    throw Invalid("choose a different password: " + *weakness, field);
  }
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
