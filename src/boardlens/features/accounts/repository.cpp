#include "boardlens/features/accounts/repository.hpp"

namespace boardlens::accounts {
namespace {

using db::Row;

constexpr std::string_view kInsertAccount =
    "INSERT INTO accounts (email, name, password_hash, platform_admin, created_at) "
    "VALUES ($1, $2, $3, $4, $5) RETURNING id";
constexpr std::string_view kFindAccount =
    "SELECT id, email, name, password_hash, platform_admin FROM accounts WHERE id = $1";
constexpr std::string_view kFindAccountByEmail =
    "SELECT id, email, name, password_hash, platform_admin FROM accounts WHERE email = $1";
constexpr std::string_view kSetPasswordHash =
    "UPDATE accounts SET password_hash = $2 WHERE id = $1";

constexpr std::string_view kInsertSession =
    "INSERT INTO sessions (token_hash, account_id, kind, name, csrf_token, created_at, "
    "expires_at, last_seen_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $6)";
/// The live session or token and its account, in one round trip: every request starts with it.
/// A browser session also ends when it has not been used since $3.
constexpr std::string_view kFindSession =
    "SELECT s.kind, s.csrf_token, s.expires_at, s.last_seen_at, a.id, a.email, a.name, "
    "a.password_hash, a.platform_admin FROM sessions s "
    "JOIN accounts a ON a.id = s.account_id WHERE s.token_hash = $1 AND s.expires_at > $2 "
    "AND (s.kind = 'api' OR s.last_seen_at > $3)";
constexpr std::string_view kTouchSession =
    "UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1";
constexpr std::string_view kDeleteSession = "DELETE FROM sessions WHERE token_hash = $1";
constexpr std::string_view kDeleteOtherBrowserSessions =
    "DELETE FROM sessions WHERE account_id = $1 AND kind = 'session' AND token_hash <> $2";
constexpr std::string_view kDeleteSessionsOf = "DELETE FROM sessions WHERE account_id = $1";
/// An account's API tokens go by the start of their hash ($3 characters, kApiTokenIdLength).
constexpr std::string_view kListApiTokens =
    "SELECT substr(token_hash, 1, $3) AS id, name, created_at, expires_at FROM sessions "
    "WHERE account_id = $1 AND kind = 'api' AND expires_at > $2 "
    "ORDER BY created_at, name, token_hash";
constexpr std::string_view kDeleteApiToken =
    "DELETE FROM sessions WHERE account_id = $1 AND kind = 'api' "
    "AND substr(token_hash, 1, $3) = $2 RETURNING token_hash";
constexpr std::string_view kDeleteExpiredSessions = "DELETE FROM sessions WHERE expires_at <= $1";

constexpr std::string_view kCountLoginFailures =
    "SELECT (SELECT COUNT(*) FROM login_failures WHERE email = $1 AND at > $3) AS by_email, "
    "(SELECT COUNT(*) FROM login_failures WHERE source = $2 AND at > $3) AS by_source";
constexpr std::string_view kRecordLoginFailure =
    "INSERT INTO login_failures (email, source, at) VALUES ($1, $2, $3)";
constexpr std::string_view kForgetLoginFailuresBefore = "DELETE FROM login_failures WHERE at <= $1";
constexpr std::string_view kClearLoginFailures = "DELETE FROM login_failures WHERE email = $1";

constexpr std::string_view kCountResetRequests =
    "SELECT (SELECT COUNT(*) FROM password_reset_requests WHERE email = $1 AND at > $3) "
    "AS by_email, (SELECT COUNT(*) FROM password_reset_requests WHERE source = $2 AND at > $3) "
    "AS by_source";
constexpr std::string_view kRecordResetRequest =
    "INSERT INTO password_reset_requests (email, source, at) VALUES ($1, $2, $3)";
constexpr std::string_view kForgetResetRequestsBefore =
    "DELETE FROM password_reset_requests WHERE at <= $1";
constexpr std::string_view kDeleteResetLinksOf =
    "DELETE FROM password_resets WHERE account_id = $1";
constexpr std::string_view kInsertResetLink =
    "INSERT INTO password_resets (token_hash, account_id, created_at, expires_at) "
    "VALUES ($1, $2, $3, $4)";
constexpr std::string_view kFindResetLink =
    "SELECT a.id, a.email, a.name, a.password_hash, a.platform_admin FROM password_resets r "
    "JOIN accounts a ON a.id = r.account_id WHERE r.token_hash = $1 AND r.expires_at > $2";
constexpr std::string_view kTakeResetLink =
    "DELETE FROM password_resets WHERE token_hash = $1 AND expires_at > $2 RETURNING account_id";
constexpr std::string_view kDeleteExpiredResetLinks =
    "DELETE FROM password_resets WHERE expires_at <= $1";

Account ToAccount(const Row& row) {
  return {row.i64("id"), row.text("email"), row.text("name"), row.text("password_hash"),
          row.flag("platform_admin")};
}

constexpr auto kIdLength = static_cast<std::int64_t>(kApiTokenIdLength);

std::string_view KindOf(bool browser) { return browser ? "session" : "api"; }

}  // namespace

Id Repository::InsertAccount(const Account& a, std::int64_t now) {
  return db_
      .Query(kInsertAccount,
             {a.email, a.name, a.password_hash, std::int64_t{a.platform_admin ? 1 : 0}, now})
      .at(0)
      .i64("id");
}

std::optional<Account> Repository::FindAccount(Id id) {
  return db::First(db_.Query(kFindAccount, {id}), ToAccount);
}

std::optional<Account> Repository::FindAccountByEmail(const std::string& email) {
  return db::First(db_.Query(kFindAccountByEmail, {email}), ToAccount);
}

void Repository::SetPasswordHash(Id account_id, const std::string& hash) {
  db_.Query(kSetPasswordHash, {account_id, hash});
}

void Repository::InsertSession(const std::string& token_hash, Id account_id, bool browser,
                               const std::string& name, const std::string& csrf_token,
                               std::int64_t now, std::int64_t expires_at) {
  db_.Query(kInsertSession, {token_hash, account_id, std::string(KindOf(browser)), name, csrf_token,
                             now, expires_at});
}

std::optional<StoredSession> Repository::FindSession(const std::string& token_hash,
                                                     std::int64_t now, std::int64_t idle_since) {
  return db::First(db_.Query(kFindSession, {token_hash, now, idle_since}), [](const Row& r) {
    return StoredSession{ToAccount(r), r.text("kind") == KindOf(true), r.text("csrf_token"),
                         r.i64("expires_at"), r.i64("last_seen_at")};
  });
}

void Repository::TouchSession(const std::string& token_hash, std::int64_t now) {
  db_.Query(kTouchSession, {token_hash, now});
}

void Repository::DeleteSession(const std::string& token_hash) {
  db_.Query(kDeleteSession, {token_hash});
}

void Repository::DeleteOtherBrowserSessions(Id account_id, const std::string& keep_hash) {
  db_.Query(kDeleteOtherBrowserSessions, {account_id, keep_hash});
}

void Repository::DeleteSessionsOf(Id account_id) { db_.Query(kDeleteSessionsOf, {account_id}); }

std::vector<ApiToken> Repository::ListApiTokens(Id account_id, std::int64_t now) {
  return db::All(db_.Query(kListApiTokens, {account_id, now, kIdLength}), [](const Row& r) {
    return ApiToken{r.text("id"), r.text("name"), r.i64("created_at"), r.i64("expires_at")};
  });
}

std::optional<std::string> Repository::DeleteApiToken(Id account_id, const std::string& id) {
  return db::First(db_.Query(kDeleteApiToken, {account_id, id, kIdLength}),
                   [](const Row& r) { return r.text("token_hash"); });
}

std::pair<int, int> Repository::CountLoginFailures(const std::string& email,
                                                   const std::string& source, std::int64_t since) {
  const db::Rows rows = db_.Query(kCountLoginFailures, {email, source, since});
  return {rows.at(0).i32("by_email"), rows.at(0).i32("by_source")};
}

void Repository::RecordLoginFailure(const std::string& email, const std::string& source,
                                    std::int64_t now) {
  db_.Query(kRecordLoginFailure, {email, source, now});
}

void Repository::ClearLoginFailures(const std::string& email) {
  db_.Query(kClearLoginFailures, {email});
}

void Repository::DeleteExpired(std::int64_t now, std::int64_t window_start) {
  db_.Query(kDeleteExpiredSessions, {now});
  db_.Query(kForgetLoginFailuresBefore, {window_start});
  db_.Query(kDeleteExpiredResetLinks, {now});
}

std::pair<int, int> Repository::CountResetRequests(const std::string& email,
                                                   const std::string& source, std::int64_t since) {
  const db::Rows rows = db_.Query(kCountResetRequests, {email, source, since});
  return {rows.at(0).i32("by_email"), rows.at(0).i32("by_source")};
}

void Repository::RecordResetRequest(const std::string& email, const std::string& source,
                                    std::int64_t now, std::int64_t window_start) {
  db_.Query(kForgetResetRequestsBefore, {window_start});
  db_.Query(kRecordResetRequest, {email, source, now});
}

void Repository::ReplaceResetLink(const std::string& token_hash, Id account_id, std::int64_t now,
                                  std::int64_t expires_at) {
  db_.Query(kDeleteResetLinksOf, {account_id});
  db_.Query(kInsertResetLink, {token_hash, account_id, now, expires_at});
}

std::optional<Account> Repository::FindResetLink(const std::string& token_hash, std::int64_t now) {
  return db::First(db_.Query(kFindResetLink, {token_hash, now}), ToAccount);
}

std::optional<Id> Repository::TakeResetLink(const std::string& token_hash, std::int64_t now) {
  return db::First(db_.Query(kTakeResetLink, {token_hash, now}),
                   [](const Row& r) { return r.i64("account_id"); });
}

}  // namespace boardlens::accounts
