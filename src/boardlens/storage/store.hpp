#pragma once
/// Store: everything boardlens keeps, in domain terms. One implementation speaks portable SQL
/// (storage/queries.hpp) through a Database, so SQLite and PostgreSQL run the same code and
/// the same test suite; only the migrations differ per dialect.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "boardlens/domain/board.hpp"
#include "boardlens/domain/framework.hpp"
#include "boardlens/storage/database.hpp"

namespace boardlens::storage {

struct StoredFramework {
  domain::Id id = 0;
  std::optional<domain::Id> owner_org_id;  ///< nullopt: national, visible to all
  domain::Framework framework;
};

struct SessionRecord {
  domain::Id account_id = 0;
  std::string kind;  ///< "session" (browser cookie) or "api" (bearer token)
  std::string csrf_token;
  std::int64_t expires_at = 0;
  std::int64_t last_seen_at = 0;  ///< filled by FindSession
  domain::Account account;        ///< filled by FindSession
};

/// An API token as its owner sees it; the token itself is never stored.
struct ApiTokenRecord {
  std::string id;  ///< the start of the token's hash (see sql::kListApiTokens)
  std::string name;
  std::int64_t created_at = 0;
  std::int64_t expires_at = 0;
};

/// A live invitation link's target: the board member who may make an account with it.
struct InvitationRecord {
  domain::Id org_id = 0;
  domain::Id member_id = 0;
  std::optional<domain::Id> created_by;  ///< the account that made the link
  std::int64_t expires_at = 0;
};

/// Whether a board member can sign in to their organisation, or has a link to make an account.
struct MemberAccessRecord {
  domain::Id member_id = 0;
  std::optional<domain::Role> role;           ///< of the account with the member's email, if any
  std::optional<std::int64_t> invited_until;  ///< end of their live invitation link, if any
};

/// One stored answer; `respondent` is "member:<id>" for live rounds, the CSV name if imported.
struct ResponseRecord {
  std::string respondent;
  std::optional<domain::Id> member_id;
  domain::Membership membership = domain::Membership::kExecutive;
  std::string item_ref;
  std::optional<std::int8_t> rating;  ///< nullopt: don't know
  std::string evidence;
};

struct CompletionRecord {
  domain::Member member;
  int answered = 0;  ///< items answered (a rating or don't know)
};

/// An item mean frozen at close: nullopt when the item had no numeric rating.
using ItemMeans = std::vector<std::pair<std::string, std::optional<double>>>;

class Store {
 public:
  explicit Store(std::unique_ptr<Database> db) : db_(std::move(db)) {}

  Dialect dialect() const { return db_->dialect(); }
  /// Throws when the database cannot answer (health checks).
  void Ping();

  /// Applies every embedded migration not yet applied, in order, each in a transaction.
  /// Returns how many were applied.
  int Migrate();

  /// Runs `fn` in a transaction: all of it is stored, or none of it.
  template <typename Fn>
  auto Transaction(Fn&& fn) -> decltype(fn()) {
    db_->Begin();
    try {
      if constexpr (std::is_void_v<decltype(fn())>) {
        fn();
        db_->Commit();
      } else {
        auto result = fn();
        db_->Commit();
        return result;
      }
    } catch (...) {
      db_->Rollback();
      throw;
    }
  }

  // Organisations
  domain::Id InsertOrganisation(const domain::Organisation& org, std::int64_t now);
  std::optional<domain::Organisation> FindOrganisation(domain::Id id);
  std::optional<domain::Organisation> FindOrganisationByOds(const std::string& ods);
  /// The organisation with `ods` and `account_id`'s role there (nullopt when it has none).
  std::optional<std::pair<domain::Organisation, std::optional<domain::Role>>>
  FindOrganisationAndRole(const std::string& ods, domain::Id account_id);
  std::vector<domain::Organisation> ListOrganisations();

  // Accounts, roles, sessions
  domain::Id InsertAccount(const domain::Account& account, std::int64_t now);
  std::optional<domain::Account> FindAccountByEmail(const std::string& email);
  void SetRole(domain::Id org_id, domain::Id account_id, domain::Role role);
  std::vector<std::pair<domain::Organisation, domain::Role>> ListRolesOf(domain::Id account_id);
  void InsertSession(const std::string& token_hash, const SessionRecord& session,
                     const std::string& name, std::int64_t now);
  /// The session or token if it has not expired; a browser session also needs to have been
  /// used after `idle_since`.
  std::optional<SessionRecord> FindSession(const std::string& token_hash, std::int64_t now,
                                           std::int64_t idle_since);
  /// Records that a browser session was used at `now`.
  void TouchSession(const std::string& token_hash, std::int64_t now);
  void DeleteSession(const std::string& token_hash);
  /// Signs the account out of every browser but the one holding `keep_hash`.
  void DeleteOtherBrowserSessions(domain::Id account_id, const std::string& keep_hash);
  /// Ends every browser session and API token of the account.
  void DeleteSessionsOf(domain::Id account_id);
  std::vector<ApiTokenRecord> ListApiTokens(domain::Id account_id, std::int64_t now);
  /// Ends the account's API token `id`; the hash of the token it ended, if there was one.
  std::optional<std::string> DeleteApiToken(domain::Id account_id, const std::string& id);
  void SetPasswordHash(domain::Id account_id, const std::string& hash);
  /// Failed sign-ins since `since`: for this email, and from this source address.
  std::pair<int, int> CountLoginFailures(const std::string& email, const std::string& source,
                                         std::int64_t since);
  void RecordLoginFailure(const std::string& email, const std::string& source, std::int64_t now);
  /// Forgets expired sessions and invitations, and sign-in failures from before `window_start`.
  void DeleteExpired(std::int64_t now, std::int64_t window_start);
  void ClearLoginFailures(const std::string& email);

  // Invitations
  void InsertInvitation(const std::string& token_hash, const InvitationRecord& invitation,
                        std::int64_t now);
  /// Cancels every invitation link of a member (a new one replaces them; using one ends all).
  void DeleteInvitationsOf(domain::Id org_id, domain::Id member_id);
  std::optional<InvitationRecord> FindInvitation(const std::string& token_hash, std::int64_t now);
  std::vector<MemberAccessRecord> ListMemberAccess(domain::Id org_id, std::int64_t now);

  // Frameworks
  domain::Id InsertFramework(const domain::Framework& fw, std::optional<domain::Id> owner,
                             std::int64_t now);
  /// The newest version of `ref`, whoever owns it.
  std::optional<StoredFramework> FindLatestFramework(const std::string& ref);
  std::optional<StoredFramework> FindFramework(domain::Id id);
  /// Latest version of every framework national or owned by `org_id` (nullopt: national only).
  std::vector<StoredFramework> ListFrameworks(std::optional<domain::Id> org_id);

  // Board members
  domain::Id InsertMember(const domain::Member& member);
  void UpdateMember(const domain::Member& member);
  std::optional<domain::Member> FindMember(domain::Id org_id, domain::Id id);
  std::optional<domain::Member> FindMemberByEmail(domain::Id org_id, const std::string& email);
  std::vector<domain::Member> ListMembers(domain::Id org_id);
  bool MemberHasAnswered(domain::Id org_id, domain::Id member_id);
  void UpdateOpenResponsesMembership(const domain::Member& member);

  // Rounds and answers
  domain::Id InsertRound(const domain::Round& round, std::int64_t now);
  std::optional<domain::Round> FindRound(domain::Id org_id, domain::Id id);
  /// The round and its framework's results epoch (see BumpResultsEpoch).
  std::optional<std::pair<domain::Round, std::int64_t>> FindRoundAndEpoch(domain::Id org_id,
                                                                          domain::Id id);
  /// Operator look-up by id alone (CLI); the API always scopes by organisation.
  std::optional<domain::Round> FindRoundAnyOrg(domain::Id id);
  std::vector<domain::Round> ListRounds(domain::Id org_id);
  void UpdateRoundStatus(const domain::Round& round);
  /// Within a transaction: locks the round if it is open; false if it is not.
  bool LockOpenRound(domain::Id org_id, domain::Id round_id);
  void UpsertResponse(domain::Id org_id, domain::Id round_id, const ResponseRecord& response,
                      std::int64_t now);
  void InsertResponse(domain::Id org_id, domain::Id round_id, const ResponseRecord& response,
                      std::int64_t now);
  std::vector<ResponseRecord> ListResponses(domain::Id org_id, domain::Id round_id);
  std::vector<ResponseRecord> ListResponsesOf(domain::Id org_id, domain::Id round_id,
                                              const std::string& respondent);
  std::vector<CompletionRecord> ListCompletion(domain::Id org_id, domain::Id round_id);

  // Frozen item means, for change since last round and peer standing
  void InsertItemMeans(domain::Id org_id, domain::Id round_id, const ItemMeans& means);
  /// The previous closed round of the same framework for this organisation, if any, and its
  /// item means.
  std::optional<ItemMeans> PreviousRoundMeans(const domain::Round& round);
  /// For each other organisation, the non-null item means of its latest closed round of
  /// `round`'s framework that closed on or before `round` did.
  ItemMeans PeerMeans(const domain::Round& round);
  void BumpResultsEpoch(const std::string& framework_ref);

 private:
  std::unique_ptr<Database> db_;
};

}  // namespace boardlens::storage
