// Accounts on both engines: sessions and API tokens, sign-in limits, and password resets.

#include <gtest/gtest.h>

#include "boardlens/base/error.hpp"
#include "boardlens/base/error_kind_test.hpp"
#include "boardlens/features/accounts/accounts.hpp"
#include "boardlens/features/orgs/board.hpp"
#include "support/store_fixture.hpp"

namespace boardlens {
namespace {

using testing::KindOf;

class AccountsStoreTest : public testing::StoreFixture {};

TEST_P(AccountsStoreTest, SessionsAndRateLimitedLogin) {
  Accounts().AddAccount(op_, "Ann@Example.org", "Ann", kPassword, false);
  const auto login = Accounts().Login("ann@example.org", kPassword, "10.0.0.1");
  const auto caller = Accounts().Authenticate(login.token);
  ASSERT_TRUE(caller);
  EXPECT_EQ(caller->email, "ann@example.org");
  EXPECT_EQ(caller->csrf_token, login.csrf_token);
  Accounts().Logout(login.token);
  EXPECT_FALSE(Accounts().Authenticate(login.token));

  for (int i = 0; i < Settings().accounts.login_failures_allowed; ++i) {
    EXPECT_EQ(KindOf([&] { Accounts().Login("ann@example.org", "wrong password!", "10.0.0.1"); }),
              ErrorKind::kUnauthenticated);
  }
  EXPECT_EQ(KindOf([&] { Accounts().Login("ann@example.org", kPassword, "10.0.0.1"); }),
            ErrorKind::kTooManyRequests);
  EXPECT_EQ(KindOf([&] { Accounts().Login("nobody@example.org", kPassword, "10.0.0.1"); }),
            ErrorKind::kUnauthenticated);
}

TEST_P(AccountsStoreTest, BrowserSessionsEndWhenLeftIdleButApiTokensDoNot) {
  Accounts().AddAccount(op_, "ann@example.org", "Ann", kPassword, false);
  const auto login = Accounts().Login("ann@example.org", kPassword, "10.0.0.1");
  const std::string api = Accounts().CreateApiToken(op_, "ann@example.org", "board pack").token;
  ASSERT_TRUE(Accounts().Authenticate(login.token));

  // Each use within the idle limit moves the limit on; a cached caller is no exception.
  const std::int64_t idle = Settings().accounts.session_idle_seconds;
  clock_.Advance(idle - kSecondsPerMinute);
  ASSERT_TRUE(Accounts().Authenticate(login.token));
  clock_.Advance(idle - kSecondsPerMinute);
  ASSERT_TRUE(Accounts().Authenticate(login.token));
  clock_.Advance(idle + 1);
  EXPECT_FALSE(Accounts().Authenticate(login.token));
  EXPECT_TRUE(Accounts().Authenticate(api));
}

TEST_P(AccountsStoreTest, SessionsTokensAndLockoutsEndWhenTheirTimeIsUp) {
  Accounts().AddAccount(op_, "ann@example.org", "Ann", kPassword, false);
  const auto& settings = Settings().accounts;
  const std::string api = Accounts().CreateApiToken(op_, "ann@example.org", "board pack").token;
  auto login = Accounts().Login("ann@example.org", kPassword, "10.0.0.1");
  // However busy, a browser session lasts a working day.
  for (std::int64_t used = 0; used < settings.session_seconds; used += 30 * kSecondsPerMinute) {
    ASSERT_TRUE(Accounts().Authenticate(login.token)) << used;
    clock_.Advance(30 * kSecondsPerMinute);
  }
  EXPECT_FALSE(Accounts().Authenticate(login.token));
  ASSERT_TRUE(Accounts().Authenticate(api));
  clock_.Advance(settings.api_token_seconds);
  EXPECT_FALSE(Accounts().Authenticate(api));

  // A locked email can try again once the window has passed.
  for (int i = 0; i < settings.login_failures_allowed; ++i) {
    EXPECT_EQ(KindOf([&] { Accounts().Login("ann@example.org", "wrong password!", "10.0.0.1"); }),
              ErrorKind::kUnauthenticated);
  }
  clock_.Advance(settings.login_window_seconds - 1);
  try {
    Accounts().Login("ann@example.org", kPassword, "10.0.0.1");
    ADD_FAILURE() << "still locked out";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kTooManyRequests);
    EXPECT_EQ(e.retry_after_seconds(), settings.login_window_seconds);
    EXPECT_NE(std::string(e.what()).find(DurationText(settings.login_window_seconds)),
              std::string::npos)
        << e.what();
  }
  clock_.Advance(1);
  EXPECT_NO_THROW(login = Accounts().Login("ann@example.org", kPassword, "10.0.0.1"));
}

TEST_P(AccountsStoreTest, ApiTokensAreListedAndRevokedByTheirOwnerOnly) {
  Accounts().AddAccount(op_, "ann@example.org", "Ann", kPassword, false);
  Accounts().AddAccount(op_, "bob@example.org", "Bob", kPassword, false);
  const Caller ann = As("ann@example.org");
  const Caller bob = As("bob@example.org");
  const auto pack = Accounts().CreateApiToken(ann, "ann@example.org", "board pack");
  const auto sync = Accounts().CreateApiToken(ann, "ann@example.org", "sync");
  Accounts().CreateApiToken(bob, "bob@example.org", "bob's");
  const auto login = Accounts().Login("ann@example.org", kPassword, "10.0.0.1");
  ASSERT_TRUE(Accounts().Authenticate(pack.token));  // now cached as well as stored

  // Browser sessions are not tokens; the listing never holds the token itself.
  const auto listed = Accounts().ApiTokens(ann, "ann@example.org");
  ASSERT_EQ(listed.size(), 2U);
  EXPECT_EQ(listed[0].id, pack.about.id);
  EXPECT_EQ(listed[0].name, "board pack");
  EXPECT_EQ(listed[0].expires_at, pack.about.expires_at);
  EXPECT_EQ(listed[1].id, sync.about.id);
  EXPECT_NE(listed[0].id, pack.token.substr(0, listed[0].id.size()));

  // Nobody else's, by email or by id; an operator may.
  EXPECT_EQ(KindOf([&] { Accounts().ApiTokens(bob, "ann@example.org"); }), ErrorKind::kForbidden);
  EXPECT_EQ(KindOf([&] { Accounts().RevokeApiToken(bob, "bob@example.org", pack.about.id); }),
            ErrorKind::kNotFound);
  EXPECT_EQ(Accounts().ApiTokens(op_, "ann@example.org").size(), 2U);

  Accounts().RevokeApiToken(ann, "ann@example.org", pack.about.id);
  EXPECT_FALSE(Accounts().Authenticate(pack.token));
  EXPECT_TRUE(Accounts().Authenticate(sync.token));
  EXPECT_TRUE(Accounts().Authenticate(login.token));
  ASSERT_EQ(Accounts().ApiTokens(ann, "ann@example.org").size(), 1U);
  EXPECT_EQ(KindOf([&] { Accounts().RevokeApiToken(ann, "ann@example.org", pack.about.id); }),
            ErrorKind::kNotFound);
  EXPECT_EQ(Accounts().ApiTokens(bob, "bob@example.org").size(), 1U);
}

TEST_P(AccountsStoreTest, ManyEmailsFromOneSourceAreRateLimitedToo) {
  Settings().accounts.login_failures_per_source_allowed = 3;
  Accounts().AddAccount(op_, "bea@example.org", "Bea", kPassword, false);
  for (const char* email : {"x@example.org", "y@example.org", "z@example.org"}) {
    EXPECT_EQ(KindOf([&] { Accounts().Login(email, kPassword, "192.0.2.7"); }),
              ErrorKind::kUnauthenticated);
  }
  EXPECT_EQ(KindOf([&] { Accounts().Login("bea@example.org", kPassword, "192.0.2.7"); }),
            ErrorKind::kTooManyRequests);
  EXPECT_FALSE(Accounts().Login("bea@example.org", kPassword, "192.0.2.8").token.empty());
}

TEST_P(AccountsStoreTest, AResetLinkSetsThePasswordOnceAndEndsEverySession) {
  Accounts().AddAccount(op_, "ann@example.org", "Ann", kPassword, false);
  const auto browser = Accounts().Login("ann@example.org", kPassword, "10.0.0.1");
  const auto api = Accounts().CreateApiToken(As("ann@example.org"), "ann@example.org", "pack");
  EXPECT_FALSE(Accounts().RequestPasswordReset("nobody@example.org", "10.0.0.1"))
      << "no account: no link, and the caller answers alike";
  const auto first = Accounts().RequestPasswordReset("Ann@Example.org", "10.0.0.1");
  ASSERT_TRUE(first);
  const auto link = Accounts().RequestPasswordReset("ann@example.org", "10.0.0.1");
  ASSERT_TRUE(link);
  EXPECT_EQ(KindOf([&] { Accounts().FindPasswordReset(first->token); }), ErrorKind::kNotFound)
      << "a newer link replaces the older";
  EXPECT_EQ(Accounts().FindPasswordReset(link->token).email, "ann@example.org");
  // Only the hash is stored.
  EXPECT_TRUE(Db().Query("SELECT 1 AS x FROM password_resets WHERE token_hash = $1", {link->token})
                  .empty());

  EXPECT_EQ(KindOf([&] { Accounts().ResetPasswordWithLink(link->token, "short"); }),
            ErrorKind::kInvalid);
  const std::string replacement = "purple staple quantum kettle";
  Accounts().ResetPasswordWithLink(link->token, replacement);
  EXPECT_FALSE(Accounts().Authenticate(browser.token));
  EXPECT_FALSE(Accounts().Authenticate(api.token));
  EXPECT_EQ(KindOf([&] { Accounts().Login("ann@example.org", kPassword, "10.0.0.2"); }),
            ErrorKind::kUnauthenticated);
  EXPECT_TRUE(Accounts().Login("ann@example.org", replacement, "10.0.0.2").account.id > 0);
  EXPECT_EQ(KindOf([&] { Accounts().ResetPasswordWithLink(link->token, kPassword); }),
            ErrorKind::kNotFound)
      << "a link works once";
}

TEST_P(AccountsStoreTest, ResetLinksExpireAndRequestsAreRateLimited) {
  Accounts().AddAccount(op_, "ann@example.org", "Ann", kPassword, false);
  const auto& settings = Settings().accounts;
  const auto link = Accounts().RequestPasswordReset("ann@example.org", "10.0.0.1");
  ASSERT_TRUE(link);
  clock_.Advance(settings.reset_link_seconds - 1);
  EXPECT_EQ(Accounts().FindPasswordReset(link->token).email, "ann@example.org");
  clock_.Advance(1);
  EXPECT_EQ(KindOf([&] { Accounts().ResetPasswordWithLink(link->token, "purple staple quantum"); }),
            ErrorKind::kNotFound);
  EXPECT_EQ(KindOf([&] { Accounts().FindPasswordReset("not-a-token"); }), ErrorKind::kNotFound);

  clock_.Advance(settings.reset_window_seconds);
  // Issue 19: a stranger asking for Ann's link again and again, from anywhere, blocked her own
  // request. Now her request is answered as any other, and the newest link, in her inbox, works
  // until a new one may be sent.
  std::optional<accounts::ResetLink> newest;
  for (int i = 0; i < settings.reset_links_per_email; ++i) {
    newest = Accounts().RequestPasswordReset("ann@example.org", "10.0.1." + std::to_string(i));
    ASSERT_TRUE(newest);
  }
  EXPECT_FALSE(Accounts().RequestPasswordReset("ann@example.org", "10.0.0.2"))
      << "nothing more is sent to her inbox";
  clock_.Advance(settings.reset_window_seconds - 1);
  EXPECT_FALSE(Accounts().RequestPasswordReset("ann@example.org", "10.0.1.0"));
  EXPECT_EQ(Accounts().FindPasswordReset(newest->token).email, "ann@example.org")
      << "asking beyond the limit replaced nothing";
  clock_.Advance(1);
  const auto fresh = Accounts().RequestPasswordReset("ann@example.org", "10.0.0.2");
  ASSERT_TRUE(fresh) << "a link is sent again once the first request leaves the window";
  EXPECT_EQ(Accounts().FindPasswordReset(fresh->token).email, "ann@example.org");

  clock_.Advance(settings.reset_window_seconds);
  for (int i = 0; i < settings.reset_requests_per_source; ++i) {
    Accounts().RequestPasswordReset("x" + std::to_string(i) + "@example.org", "10.0.0.1");
  }
  EXPECT_EQ(KindOf([&] { Accounts().RequestPasswordReset("ann@example.org", "10.0.0.1"); }),
            ErrorKind::kTooManyRequests)
      << "one source cannot ask for many addresses";
  EXPECT_TRUE(Accounts().RequestPasswordReset("ann@example.org", "10.0.0.2"));
  clock_.Advance(settings.reset_window_seconds);
  EXPECT_TRUE(Accounts().RequestPasswordReset("ann@example.org", "10.0.0.1"));
}

INSTANTIATE_TEST_SUITE_P(Databases, AccountsStoreTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& test) { return test.param; });

}  // namespace
}  // namespace boardlens
