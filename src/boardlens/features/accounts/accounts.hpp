#pragma once
/// The accounts use cases: signing in and out, passwords, API tokens. Each checks what the
/// caller may do before it acts. Accounts know no organisation: roles are the orgs feature's.

#include <optional>
#include <string>
#include <vector>

#include "boardlens/base/access.hpp"
#include "boardlens/base/clock.hpp"
#include "boardlens/base/expiring_cache.hpp"
#include "boardlens/db/database.hpp"
#include "boardlens/features/accounts/account.hpp"
#include "boardlens/features/accounts/repository.hpp"

namespace boardlens::accounts {

/// What every thread of a server shares: who a token belongs to, by token hash, trusted for
/// Settings::cache_seconds.
struct Caches {
  ExpiringCache<std::string, Caller> sessions;
};

class Accounts final : public Authenticator {
 public:
  Accounts(db::Database& db, const Clock& clock, const Settings& settings, Caches& caches)
      : db_(db), repository_(db), clock_(clock), settings_(settings), caches_(caches) {}

  const Settings& settings() const { return settings_; }

  /// Checks the password and starts a browser session. `source` is the client's address,
  /// for rate limiting.
  SignIn Login(const std::string& email, const std::string& password, const std::string& source);
  /// A new browser session for `account`, whose identity has been proved some other way.
  SignIn StartSession(const Account& account);
  std::optional<Caller> Authenticate(const std::string& token) override;
  void Logout(const std::string& token);
  /// Checks `current`, stores `replacement` and signs the account out of its other browsers.
  /// `session_token` is the caller's own session, which stays signed in. A wrong `current`
  /// counts as a failed sign-in from `source`, so a stolen session cannot guess the password.
  void ChangePassword(const Caller& caller, const std::string& session_token,
                      const std::string& current, const std::string& replacement,
                      const std::string& source);
  /// The operator's reset, for someone who has lost their password: sets `password` and ends
  /// every session and API token of the account, in case someone else had it.
  void ResetPassword(const Caller& caller, const std::string& email, const std::string& password);
  /// "Forgot your password?": refuses while `source` has asked too often within the window,
  /// and otherwise makes the one live reset link of the account that uses `email`. nullopt
  /// when no account does, or when the address has been sent its links for the window (the
  /// newest of them still works): the caller must reveal neither.
  std::optional<ResetLink> RequestPasswordReset(const std::string& email,
                                                const std::string& source);
  /// The account a live reset link is for; not found once it has expired, been used or been
  /// replaced by a newer one.
  Account FindPasswordReset(const std::string& token);
  /// Sets the password through a live reset link, which then stops working, and ends every
  /// session and API token of the account, in case someone else had its old password.
  void ResetPasswordWithLink(const std::string& token, const std::string& password);
  Account AddAccount(const Caller& caller, const std::string& email, const std::string& name,
                     const std::string& password, bool platform_admin);
  /// The account with `email`, for the features that link people to accounts by email.
  std::optional<Account> FindByEmail(const std::string& email);
  /// A new account made for someone who proved they hold an invitation; within the caller's
  /// transaction. Conflict when the email has an account already.
  Account CreateInvited(const std::string& email, const std::string& name,
                        const std::string& password_hash);

  /// API tokens of the account with `email`: the caller's own, or any for a platform
  /// administrator.
  NewApiToken CreateApiToken(const Caller& caller, const std::string& email,
                             const std::string& name);
  std::vector<ApiToken> ApiTokens(const Caller& caller, const std::string& email);
  void RevokeApiToken(const Caller& caller, const std::string& email, const std::string& id);

 private:
  /// Refuses while `email` or `source` has failed to sign in too often within the window.
  void RequireNotLockedOut(const std::string& email, const std::string& source, std::int64_t now);
  /// The account whose API tokens `caller` may manage by `email`.
  Account TokenOwner(const Caller& caller, const std::string& email);

  db::Database& db_;
  Repository repository_;
  const Clock& clock_;
  const Settings& settings_;
  Caches& caches_;
};

}  // namespace boardlens::accounts
