// Accounts' rules without I/O: a weak password refused at its field, the caller an account
// signs in as, and the settings' promises to each other.

#include <gtest/gtest.h>

#include "boardlens/base/error.hpp"
#include "boardlens/features/accounts/account.hpp"

namespace boardlens::accounts {
namespace {

TEST(AccountRules, AWeakPasswordIsRefusedAtItsFieldSayingWhy) {
  EXPECT_NO_THROW(RequireGoodPassword("tea at the riverside ward", "password", "ann@x.uk", "Ann"));
  try {
    RequireGoodPassword("ann.lee-2026-board", "new_password", "ann.lee@trust.nhs.uk", "Ann Leeson");
    ADD_FAILURE() << "a password made of the person's name was taken";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kInvalid);
    EXPECT_EQ(e.where(), "new_password");
    EXPECT_EQ(std::string(e.what()).rfind("choose a different password: ", 0), 0U) << e.what();
  }
}

TEST(AccountRules, TheCallerCarriesTheAccountAndHowItSignedIn) {
  Account ann;
  ann.id = 7;
  ann.email = "ann@trust.nhs.uk";
  ann.name = "Ann Lee";
  ann.platform_admin = true;
  const Caller browser = CallerOf(ann, true, "csrf-1");
  EXPECT_EQ(browser.account_id, 7);
  EXPECT_EQ(browser.email, "ann@trust.nhs.uk");
  EXPECT_EQ(browser.name, "Ann Lee");
  EXPECT_TRUE(browser.platform_admin);
  EXPECT_TRUE(browser.browser_session);
  EXPECT_EQ(browser.csrf_token, "csrf-1");
  const Caller api = CallerOf(Account{}, false, "");
  EXPECT_FALSE(api.browser_session);
  EXPECT_FALSE(api.platform_admin);
}

TEST(AccountRules, TheDefaultSettingsKeepTheirPromises) {
  const Settings s;
  // The newest link sent to an address must still work while no newer one may be sent.
  EXPECT_GE(s.reset_link_seconds, s.reset_window_seconds);
  // A session left idle ends before the working day does.
  EXPECT_LT(s.session_idle_seconds, s.session_seconds);
  // One address may try more emails than one email may be tried: a trust behind one address.
  EXPECT_GT(s.login_failures_per_source_allowed, s.login_failures_allowed);
  EXPECT_GT(s.reset_requests_per_source, s.reset_links_per_email);
}

}  // namespace
}  // namespace boardlens::accounts
