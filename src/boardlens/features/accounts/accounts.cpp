#include "boardlens/features/accounts/accounts.hpp"

#include <algorithm>

#include "boardlens/base/error.hpp"
#include "boardlens/base/secrets.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/db/transaction.hpp"

namespace boardlens::accounts {
namespace {

/// A password hash for accounts that do not exist, so that a wrong email costs as much time
/// as a wrong password and does not reveal which emails have accounts.
const std::string& DummyHash() {
  static const std::string hash = HashPassword("boardlens-no-such-account");
  return hash;
}

constexpr const char* kResetLinkGone =
    "this link to choose a new password does not work: it has been used, has expired, or a "
    "newer one was sent";

}  // namespace

SignIn Accounts::Login(const std::string& email_in, const std::string& password,
                       const std::string& source) {
  const auto normal = NormaliseEmail(email_in);
  if (!normal) throw Error(ErrorKind::kUnauthenticated, "the email or password is wrong", "email");
  const std::string& email = *normal;
  const std::int64_t now = clock_.Now();
  RequireNotLockedOut(email, source, now);
  const auto account = repository_.FindAccountByEmail(email);
  const bool ok = account ? VerifyPassword(password, account->password_hash)
                          : (VerifyPassword(password, DummyHash()), false);
  if (!ok) {
    repository_.RecordLoginFailure(email, source, now);
    throw Error(ErrorKind::kUnauthenticated, "the email or password is wrong", "password");
  }
  repository_.ClearLoginFailures(email);
  repository_.DeleteExpired(now, now - settings_.login_window_seconds);  // rare enough
  return StartSession(*account);
}

void Accounts::RequireNotLockedOut(const std::string& email, const std::string& source,
                                   std::int64_t now) {
  const std::int64_t window = settings_.login_window_seconds;
  const auto [by_email, by_source] = repository_.CountLoginFailures(email, source, now - window);
  if (by_email >= settings_.login_failures_allowed) {
    throw TooManyRequests(
        "too many failed sign-ins for this email; wait " + DurationText(window) + " and try again",
        window);
  }
  if (by_source >= settings_.login_failures_per_source_allowed) {
    throw TooManyRequests("too many failed sign-ins from your network; wait " +
                              DurationText(window) + " and try again",
                          window);
  }
}

SignIn Accounts::StartSession(const Account& account) {
  const std::int64_t now = clock_.Now();
  SignIn out{RandomToken(), RandomToken(), now + settings_.session_seconds, account};
  repository_.InsertSession(TokenHash(out.token), account.id, true, "browser", out.csrf_token, now,
                            out.expires_at);
  return out;
}

std::optional<Caller> Accounts::Authenticate(const std::string& token) {
  if (token.empty() || token.size() > kMaxTokenLength) return std::nullopt;
  const std::int64_t now = clock_.Now();
  const std::string hash = TokenHash(token);
  if (auto cached = caches_.sessions.Find(hash, now)) return cached;
  auto session = repository_.FindSession(hash, now, now - settings_.session_idle_seconds);
  if (!session) return std::nullopt;
  // Once a minute is precise enough for an idle limit of many minutes, and spares a write on
  // every request.
  if (session->browser && session->last_seen_at < now - kSecondsPerMinute) {
    repository_.TouchSession(hash, now);
  }
  Caller caller = CallerOf(session->account, session->browser,
                           session->browser ? session->csrf_token : std::string());
  caches_.sessions.Put(hash, caller, std::min(session->expires_at, now + settings_.cache_seconds));
  return caller;
}

void Accounts::Logout(const std::string& token) {
  const std::string hash = TokenHash(token);
  repository_.DeleteSession(hash);
  caches_.sessions.Erase(hash);
}

void Accounts::ChangePassword(const Caller& caller, const std::string& session_token,
                              const std::string& current, const std::string& replacement,
                              const std::string& source) {
  if (!caller.browser_session) throw Forbidden("change your password from a signed-in browser");
  const std::int64_t now = clock_.Now();
  RequireNotLockedOut(caller.email, source, now);
  const auto account = repository_.FindAccount(caller.account_id);
  if (!account || !VerifyPassword(current, account->password_hash)) {
    repository_.RecordLoginFailure(caller.email, source, now);
    throw Invalid("the current password is wrong", "current_password");
  }
  RequireGoodPassword(replacement, "new_password", caller.email, caller.name);
  const std::string hash = HashPassword(replacement);
  db::Transaction(db_, [&] {
    repository_.SetPasswordHash(caller.account_id, hash);
    repository_.DeleteOtherBrowserSessions(caller.account_id, TokenHash(session_token));
  });
  caches_.sessions.Clear();  // the other sessions are gone
}

void Accounts::ResetPassword(const Caller& caller, const std::string& email,
                             const std::string& password) {
  if (!caller.platform_admin) throw Forbidden("only a platform administrator resets passwords");
  const std::string normal = RequireEmail(email);
  RequireGoodPassword(password, "password", normal, {});
  const std::string hash = HashPassword(password);
  db::Transaction(db_, [&] {
    const auto account = repository_.FindAccountByEmail(normal);
    if (!account) throw NotFound("there is no account with email " + normal);
    repository_.SetPasswordHash(account->id, hash);
    repository_.DeleteSessionsOf(account->id);
  });
  caches_.sessions.Clear();
}

std::optional<ResetLink> Accounts::RequestPasswordReset(const std::string& email_in,
                                                        const std::string& source) {
  const std::string email = RequireEmail(email_in);
  const std::int64_t now = clock_.Now();
  const std::int64_t window = settings_.reset_window_seconds;
  const auto [by_email, by_source] = repository_.CountResetRequests(email, source, now - window);
  if (by_source >= settings_.reset_requests_per_source) {
    throw TooManyRequests("too many links have been asked for from your network; wait " +
                              DurationText(window) + " and try again",
                          window);
  }
  // Never refused for the address, or whoever asks for it most would lock its owner out:
  // beyond the limit nothing is recorded or sent, and the newest link, made within the window
  // and working for at least as long, is in the owner's inbox. Alike for every address.
  if (by_email >= settings_.reset_links_per_email) return std::nullopt;
  return db::Transaction(db_, [&]() -> std::optional<ResetLink> {
    repository_.RecordResetRequest(email, source, now, now - window);
    const auto account = repository_.FindAccountByEmail(email);
    if (!account) return std::nullopt;
    ResetLink link{RandomToken(), *account};
    repository_.ReplaceResetLink(TokenHash(link.token), account->id, now,
                                 now + settings_.reset_link_seconds);
    return link;
  });
}

Account Accounts::FindPasswordReset(const std::string& token) {
  if (token.empty() || token.size() > kMaxTokenLength) throw NotFound(kResetLinkGone);
  auto account = repository_.FindResetLink(TokenHash(token), clock_.Now());
  if (!account) throw NotFound(kResetLinkGone);
  return *account;
}

void Accounts::ResetPasswordWithLink(const std::string& token, const std::string& password) {
  const Account account = FindPasswordReset(token);
  RequireGoodPassword(password, "password", account.email, account.name);
  const std::string hash = HashPassword(password);  // slow: before the transaction
  db::Transaction(db_, [&] {
    // Taken, not just read: of two uses at once, only one gets here.
    const auto taken = repository_.TakeResetLink(TokenHash(token), clock_.Now());
    if (!taken || *taken != account.id) throw NotFound(kResetLinkGone);
    repository_.SetPasswordHash(account.id, hash);
    repository_.DeleteSessionsOf(account.id);
    repository_.ClearLoginFailures(account.email);  // the link proved who they are
  });
  caches_.sessions.Clear();
}

Account Accounts::AddAccount(const Caller& caller, const std::string& email,
                             const std::string& name, const std::string& password,
                             bool platform_admin) {
  if (!caller.platform_admin) throw Forbidden("only a platform administrator adds accounts");
  Account account;
  account.email = RequireEmail(email);
  account.name = RequireText(name, "name");
  RequireGoodPassword(password, "password", account.email, account.name);
  account.platform_admin = platform_admin;
  account.password_hash = HashPassword(password);
  return db::Transaction(db_, [&] {
    if (repository_.FindAccountByEmail(account.email)) {
      throw Conflict("an account with email " + account.email + " already exists", "email");
    }
    account.id = repository_.InsertAccount(account, clock_.Now());
    return account;
  });
}

std::optional<Account> Accounts::FindByEmail(const std::string& email) {
  const auto normal = NormaliseEmail(email);
  if (!normal) return std::nullopt;
  return repository_.FindAccountByEmail(*normal);
}

Account Accounts::CreateInvited(const std::string& email, const std::string& name,
                                const std::string& password_hash) {
  if (repository_.FindAccountByEmail(email)) {
    throw Conflict(
        "an account for " + email + " was made a moment ago; reload the page and sign in with it",
        "password");
  }
  Account account{0, email, name, password_hash, false};
  account.id = repository_.InsertAccount(account, clock_.Now());
  return account;
}

Account Accounts::TokenOwner(const Caller& caller, const std::string& email) {
  const std::string normal = RequireEmail(email);
  if (!caller.platform_admin && normal != caller.email) {
    throw Forbidden("you can manage the API tokens of your own account only");
  }
  const auto account = repository_.FindAccountByEmail(normal);
  if (!account) throw NotFound("there is no account with email " + normal);
  return *account;
}

NewApiToken Accounts::CreateApiToken(const Caller& caller, const std::string& email,
                                     const std::string& name) {
  const Account owner = TokenOwner(caller, email);
  NewApiToken created{RandomToken(), {}};
  const std::string hash = TokenHash(created.token);
  const std::int64_t now = clock_.Now();
  created.about = {hash.substr(0, kApiTokenIdLength), RequireText(name, "name"), now,
                   now + settings_.api_token_seconds};
  repository_.InsertSession(hash, owner.id, false, created.about.name, RandomToken(), now,
                            created.about.expires_at);
  return created;
}

std::vector<ApiToken> Accounts::ApiTokens(const Caller& caller, const std::string& email) {
  return repository_.ListApiTokens(TokenOwner(caller, email).id, clock_.Now());
}

void Accounts::RevokeApiToken(const Caller& caller, const std::string& email,
                              const std::string& id) {
  const auto hash = repository_.DeleteApiToken(TokenOwner(caller, email).id, id);
  if (!hash) throw NotFound("there is no API token " + id + " of " + RequireEmail(email));
  caches_.sessions.Erase(*hash);
}

}  // namespace boardlens::accounts
