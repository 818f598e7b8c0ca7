#pragma once
/// The use cases. Each operation first checks what the caller may do in the organisation it
/// names, then applies domain rules and stores the outcome in one transaction. HTTP handlers
/// and CLI commands are thin adapters over this class.

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "boardlens/domain/analytics.hpp"
#include "boardlens/domain/board.hpp"
#include "boardlens/domain/framework.hpp"
#include "boardlens/storage/store.hpp"
#include "boardlens/util/expiring_cache.hpp"

namespace boardlens::app {

using domain::Id;

struct Settings {
  domain::Thresholds thresholds;
  std::int64_t session_seconds =
      std::int64_t{8} * 3600;  ///< browser sessions end after a working day
  /// ...or sooner, once left unused this long.
  std::int64_t session_idle_seconds = std::int64_t{60} * 60;
  /// How long a board member's invitation link works.
  std::int64_t invitation_seconds = std::int64_t{7} * 24 * 3600;
  /// Where people reach boardlens (https://boardlens.example.nhs.uk), for the links it hands
  /// out; empty: the address the request came to.
  std::string public_url;
  /// Cookies are marked Secure when people reach boardlens over https.
  bool secure_cookies() const { return public_url.starts_with("https://"); }
  std::int64_t api_token_seconds = std::int64_t{365} * 24 * 3600;
  int login_failures_allowed = 5;  ///< per email, within the window below
  /// Per source address within the window: stops one client trying many emails, yet leaves
  /// room for a whole trust signing in from behind one address.
  int login_failures_per_source_allowed = 50;
  std::int64_t login_window_seconds = std::int64_t{15} * 60;
  /// How long an instance trusts what it looked up about a token or a role. A sign-out or a
  /// role change made through another instance reaches this one within this time.
  std::int64_t cache_seconds = 5;
};

/// Who is asking. The CLI acts as the operator, who may do anything.
struct Caller {
  domain::Account account;
  std::string csrf_token;  ///< empty for bearer tokens and the operator
  bool browser_session = false;

  static Caller Operator();
};

struct NewApiToken {
  std::string token;  ///< to be shown once: only its hash is kept
  storage::ApiTokenRecord about;
};

struct LoginResult {
  std::string token;
  std::string csrf_token;
  std::int64_t expires_at = 0;
  domain::Account account;
};

/// What InviteMember did for a board member.
struct Invitation {
  enum class Outcome {
    kLinkCreated,       ///< `token` goes in the link they follow to join
    kAlreadyHasAccess,  ///< nothing to do
  } outcome = Outcome::kLinkCreated;
  std::string token;  ///< the link's secret; shown once, only its hash is stored
  std::int64_t expires_at = 0;
  domain::Member member;
};

/// Who an invitation link is for, shown before they join.
struct InvitationTarget {
  domain::Organisation org;
  domain::Member member;
  std::int64_t expires_at = 0;
  bool has_account = false;  ///< an account with the member's email exists already
};

struct FrameworkLoad {
  enum class Outcome { kLoaded, kUnchanged } outcome = Outcome::kLoaded;
  storage::StoredFramework stored;
};

struct AnswerInput {
  std::string item;
  std::optional<std::int8_t> rating;  ///< nullopt: don't know
  std::string evidence;
  std::string where;  ///< field path for errors, e.g. answers[3]
};

struct CompletionRow {
  domain::Member member;
  int answered = 0;
  int items = 0;
};

struct RoundView {
  domain::Round round;
  domain::Organisation organisation;
  storage::StoredFramework framework;
};

/// Results of a closed round with their JSON, cached until any round of the same framework
/// closes (storage's results epoch), which is what could change them.
struct ResultsView {
  RoundView round;
  domain::RoundResults results;
  std::string json;
};

/// The organisation a request is about, and the caller's role in it.
struct OrgAccess {
  domain::Organisation org;
  domain::Role role = domain::Role::kViewer;
};

/// What App remembers between requests, shared by every thread of a server. All of it can be
/// rebuilt from the database, so any number of instances can serve one database.
struct Caches {
  /// By round id: the results epoch they were computed at, and the results. They never
  /// expire by time; the epoch says when they are stale.
  ExpiringCache<Id, std::pair<std::int64_t, std::shared_ptr<const ResultsView>>> results{10000};
  /// By token hash; for Settings::cache_seconds.
  ExpiringCache<std::string, Caller> sessions;
  /// By "ODS code/account id"; for Settings::cache_seconds.
  ExpiringCache<std::string, OrgAccess> access;
  /// By round id: results whose epoch was checked within Settings::cache_seconds, served
  /// without asking the database again.
  ExpiringCache<Id, std::shared_ptr<const ResultsView>> fresh_results{10000};
};

class App {
 public:
  App(storage::Store& store, const Settings& settings, Caches& caches)
      : store_(store), settings_(settings), caches_(caches) {}

  storage::Store& store() { return store_; }
  const Settings& settings() const { return settings_; }

  // Accounts and sessions
  /// `source` is the client's address, for rate limiting.
  LoginResult Login(const std::string& email, const std::string& password,
                    const std::string& source);
  /// The caller behind a session or API token, or nullopt when it is unknown or expired.
  std::optional<Caller> Authenticate(const std::string& token);
  void Logout(const std::string& token);
  /// Checks `current`, stores `replacement` and signs the account out of its other browsers.
  /// `session_token` is the caller's own session, which stays signed in.
  void ChangePassword(const Caller& caller, const std::string& session_token,
                      const std::string& current, const std::string& replacement);
  /// The operator's reset, for someone who has lost their password: sets `password` and ends
  /// every session and API token of the account, in case someone else had it.
  void ResetPassword(const Caller& caller, const std::string& email, const std::string& password);
  domain::Account AddAccount(const Caller& caller, const std::string& email,
                             const std::string& name, const std::string& password,
                             bool platform_admin);
  /// API tokens of the account with `email`: the caller's own, or any for a platform
  /// administrator.
  NewApiToken CreateApiToken(const Caller& caller, const std::string& email,
                             const std::string& name);
  std::vector<storage::ApiTokenRecord> ApiTokens(const Caller& caller, const std::string& email);
  void RevokeApiToken(const Caller& caller, const std::string& email, const std::string& id);
  void SetRole(const Caller& caller, const std::string& ods, const std::string& email,
               domain::Role role);
  std::vector<std::pair<domain::Organisation, domain::Role>> MyOrganisations(const Caller& caller);
  /// The organisation and the caller's role there; not found if the caller has none.
  OrgAccess Access(const Caller& caller, const std::string& ods) {
    return Require(caller, ods, domain::Role::kViewer);
  }

  // Organisations and members
  domain::Organisation AddOrganisation(const Caller& caller, const std::string& ods,
                                       const std::string& name, const std::string& kind,
                                       const std::string& parent_ods);
  domain::Organisation GetOrganisation(const Caller& caller, const std::string& ods);
  domain::Member AddMember(const Caller& caller, const std::string& ods, domain::Member member);
  domain::Member UpdateMember(const Caller& caller, const std::string& ods, domain::Member member);
  /// The board; emails only for the secretary and above, who manage them.
  std::vector<domain::Member> ListMembers(const Caller& caller, const std::string& ods);
  /// The caller's own board membership, if they are a board member with the member role or
  /// above (only such members answer rounds).
  std::optional<domain::Member> MyMembership(const Caller& caller, const std::string& ods);
  /// For the secretary: which board members can sign in, and which have an invitation link.
  std::vector<storage::MemberAccessRecord> MemberAccess(const Caller& caller,
                                                        const std::string& ods);

  // Invitations: how a board member gets in without an operator
  /// A new invitation link for board member `member_id`, which cancels any earlier one; none
  /// when their account can sign in here already.
  Invitation InviteMember(const Caller& caller, const std::string& ods, Id member_id);
  /// The member a live link is for; not found when it has expired, been used or been replaced.
  InvitationTarget FindInvitation(const std::string& token);
  /// Joins the member to the organisation with the member role, uses up the link and signs
  /// them in. Without an account, `password` becomes the new account's; with one, it must be
  /// that account's (checked as a sign-in, `source` for rate limiting), so that whoever holds
  /// a link cannot take over somebody else's account. boardlens sends no email, so it cannot
  /// prove who holds an address; the link, sent by the secretary, is that proof.
  LoginResult AcceptInvitation(const std::string& token, const std::string& password,
                               const std::string& source);

  // Frameworks
  /// Loads `yaml` as a national framework (owner nullopt, operator or platform admin only) or
  /// one owned by organisation `ods`.
  FrameworkLoad ImportFramework(const Caller& caller, std::string_view yaml,
                                std::string_view source_name, const std::string& ods);
  /// Loads every framework shipped inside the binary; returns how many were new.
  int LoadShippedFrameworks();
  std::vector<storage::StoredFramework> ListFrameworks(const Caller& caller,
                                                       const std::string& ods);
  storage::StoredFramework GetFramework(const Caller& caller, const std::string& ref,
                                        const std::string& ods);

  // Rounds
  RoundView CreateRound(const Caller& caller, const std::string& ods,
                        const std::string& framework_ref, const std::string& title);
  RoundView GetRound(const Caller& caller, const std::string& ods, Id round_id);
  std::vector<domain::Round> ListRounds(const Caller& caller, const std::string& ods);
  RoundView OpenRound(const Caller& caller, const std::string& ods, Id round_id);
  /// Closes the round on `closed_on` (YYYY-MM-DD; empty: today, UTC) and freezes its answers.
  RoundView CloseRound(const Caller& caller, const std::string& ods, Id round_id,
                       const std::string& closed_on);
  void SubmitAnswers(const Caller& caller, const std::string& ods, Id round_id,
                     const std::vector<AnswerInput>& answers);
  std::vector<storage::ResponseRecord> MyAnswers(const Caller& caller, const std::string& ods,
                                                 Id round_id);
  std::vector<CompletionRow> Completion(const Caller& caller, const std::string& ods, Id round_id);
  Id ImportRound(const Caller& caller, const std::string& ods, const std::string& framework_ref,
                 const std::string& title, const std::string& closed_on, std::string_view csv,
                 std::string_view source_name);
  std::shared_ptr<const ResultsView> Results(const Caller& caller, const std::string& ods,
                                             Id round_id);
  /// Operator look-up by round id alone (CLI).
  std::shared_ptr<const ResultsView> ResultsById(Id round_id);

 private:
  /// The organisation if the caller may see it, with the caller's role; another
  /// organisation's data is not found rather than forbidden, so it cannot be probed.
  OrgAccess Require(const Caller& caller, const std::string& ods, domain::Role at_least);
  /// A new browser session for `account`.
  LoginResult StartSession(const domain::Account& account, std::int64_t now);
  RoundView LoadRound(const domain::Organisation& org, Id round_id);
  std::shared_ptr<const ResultsView> ComputeResults(RoundView view);

  storage::Store& store_;
  const Settings& settings_;
  Caches& caches_;
};

/// Seconds since the epoch, and today's date in UTC as YYYY-MM-DD.
std::int64_t Now();
std::string Today();
/// A time as ISO 8601 in UTC, as the API writes times.
std::string IsoTime(std::int64_t epoch_seconds);

}  // namespace boardlens::app
