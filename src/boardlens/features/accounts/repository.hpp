#pragma once
/// Where accounts, sessions, API tokens and failed sign-ins are kept. The SQL (repository.cpp)
/// runs unchanged on SQLite and PostgreSQL.

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "boardlens/db/database.hpp"
#include "boardlens/features/accounts/account.hpp"

namespace boardlens::accounts {

/// A live session or API token and its account.
struct StoredSession {
  Account account;
  bool browser = false;  ///< a browser session; else an API token
  std::string csrf_token;
  std::int64_t expires_at = 0;
  std::int64_t last_seen_at = 0;
};

class Repository {
 public:
  explicit Repository(db::Database& db) : db_(db) {}

  Id InsertAccount(const Account& account, std::int64_t now);
  std::optional<Account> FindAccount(Id id);
  std::optional<Account> FindAccountByEmail(const std::string& email);
  void SetPasswordHash(Id account_id, const std::string& hash);

  /// A browser session (`browser`) or an API token called `name`.
  void InsertSession(const std::string& token_hash, Id account_id, bool browser,
                     const std::string& name, const std::string& csrf_token, std::int64_t now,
                     std::int64_t expires_at);
  /// The session or token if it has not expired; a browser session also needs to have been
  /// used after `idle_since`.
  std::optional<StoredSession> FindSession(const std::string& token_hash, std::int64_t now,
                                           std::int64_t idle_since);
  /// Records that a browser session was used at `now`.
  void TouchSession(const std::string& token_hash, std::int64_t now);
  void DeleteSession(const std::string& token_hash);
  /// Signs the account out of every browser but the one holding `keep_hash`.
  void DeleteOtherBrowserSessions(Id account_id, const std::string& keep_hash);
  /// Ends every browser session and API token of the account.
  void DeleteSessionsOf(Id account_id);
  std::vector<ApiToken> ListApiTokens(Id account_id, std::int64_t now);
  /// Ends the account's API token `id`; the hash of the token it ended, if there was one.
  std::optional<std::string> DeleteApiToken(Id account_id, const std::string& id);

  /// Failed sign-ins after `since`: for this email, and from this source address.
  std::pair<int, int> CountLoginFailures(const std::string& email, const std::string& source,
                                         std::int64_t since);
  void RecordLoginFailure(const std::string& email, const std::string& source, std::int64_t now);
  void ClearLoginFailures(const std::string& email);
  /// Forgets expired sessions and reset links, and sign-in failures no later than
  /// `window_start`.
  void DeleteExpired(std::int64_t now, std::int64_t window_start);

  /// Requests for a reset link after `since`: for this email, and from this source address.
  std::pair<int, int> CountResetRequests(const std::string& email, const std::string& source,
                                         std::int64_t since);
  /// Records a request, and forgets those no later than `window_start`.
  void RecordResetRequest(const std::string& email, const std::string& source, std::int64_t now,
                          std::int64_t window_start);
  /// Makes the account's one live reset link: any older one stops working.
  void ReplaceResetLink(const std::string& token_hash, Id account_id, std::int64_t now,
                        std::int64_t expires_at);
  /// The account a reset link is for, if the link has not expired.
  std::optional<Account> FindResetLink(const std::string& token_hash, std::int64_t now);
  /// Ends a live reset link and returns its account; nullopt when there was none to end, so
  /// of two uses at once only one succeeds.
  std::optional<Id> TakeResetLink(const std::string& token_hash, std::int64_t now);

 private:
  db::Database& db_;
};

}  // namespace boardlens::accounts
