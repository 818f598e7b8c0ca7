#include "boardlens/app/app.hpp"

#include <algorithm>
#include <ctime>
#include <limits>
#include <map>
#include <set>

#include "boardlens/app/json.hpp"
#include "boardlens/app/secrets.hpp"
#include "boardlens/domain/round_import.hpp"
#include "boardlens/frameworks/loader.hpp"
#include "boardlens/util/embedded.hpp"
#include "boardlens/util/error.hpp"
#include "boardlens/util/utf8.hpp"

namespace boardlens::app {
namespace {

using domain::Role;
using domain::RoundStatus;

constexpr std::size_t kMaxTitle = 200;

std::string RequireText(const std::string& value, const char* field, std::size_t max) {
  if (!IsValidUtf8(value)) throw Invalid(std::string(field) + " is not valid UTF-8 text", field);
  std::string v = value;
  while (!v.empty() && std::isspace(static_cast<unsigned char>(v.back())) != 0) v.pop_back();
  v.erase(0, v.find_first_not_of(" \t\r\n"));
  if (v.empty()) throw Invalid(std::string(field) + " must not be empty", field);
  if (v.size() > max) {
    throw Invalid(std::string(field) + " is longer than " + std::to_string(max) + " characters",
                  field);
  }
  return v;
}

std::string RequireEmail(const std::string& email, const char* field = "email") {
  auto normal = domain::NormaliseEmail(email);
  if (!normal) throw Invalid("\"" + email + "\" is not an email address", field);
  return *normal;
}

/// Refuses (409) unless the round is in `needed`; `why` ends the message.
void RequireStatus(const domain::Round& round, RoundStatus needed, const std::string& why) {
  if (round.status == needed) return;
  throw Conflict("round " + std::to_string(round.id) + " is " +
                     std::string(domain::ToString(round.status)) + "; " + why,
                 "status");
}

void RequireGoodPassword(const std::string& password, const char* field) {
  if (password.size() < 12) throw Invalid("the password needs at least 12 characters", field);
  if (password.size() > 1024) throw Invalid("the password is too long", field);
}

std::string MemberRespondent(Id member_id) { return "member:" + std::to_string(member_id); }

/// A password hash for accounts that do not exist, so that a wrong email costs as much time
/// as a wrong password and does not reveal which emails have accounts.
const std::string& DummyHash() {
  static const std::string hash = HashPassword("boardlens-no-such-account");
  return hash;
}

}  // namespace

Caller Caller::Operator() {
  Caller c;
  c.account.name = "operator";
  c.account.platform_admin = true;
  return c;
}

std::int64_t Now() { return static_cast<std::int64_t>(std::time(nullptr)); }

namespace {
constexpr std::int64_t kSecondsPerDay = std::int64_t{24} * 3600;

std::string UtcText(std::int64_t epoch_seconds, const char* format) {
  const auto t = static_cast<std::time_t>(epoch_seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, format, &tm);
  return buf;
}
}  // namespace

std::string Today() { return UtcText(Now(), "%Y-%m-%d"); }

std::string IsoTime(std::int64_t epoch_seconds) {
  return UtcText(epoch_seconds, "%Y-%m-%dT%H:%M:%SZ");
}

// Access

OrgAccess App::Require(const Caller& caller, const std::string& ods, Role at_least) {
  const std::int64_t now = Now();
  const std::string key = ods + "/" + std::to_string(caller.account.id);
  std::optional<OrgAccess> access = caches_.access.Find(key, now);
  if (!access) {
    auto found = store_.FindOrganisationAndRole(ods, caller.account.id);
    std::optional<Role> role;
    if (found) role = caller.account.platform_admin ? std::optional(Role::kAdmin) : found->second;
    if (!role) throw NotFound("there is no organisation with ODS code " + ods);
    access = OrgAccess{std::move(found->first), *role};
    caches_.access.Put(key, *access, now + settings_.cache_seconds);
  }
  if (access->role < at_least) {
    throw Forbidden("this needs the " + std::string(domain::ToString(at_least)) + " role in " +
                    access->org.name + "; you are " + std::string(domain::ToString(access->role)));
  }
  return std::move(*access);
}

// Accounts and sessions

LoginResult App::Login(const std::string& email_in, const std::string& password,
                       const std::string& source) {
  const auto normal = domain::NormaliseEmail(email_in);
  if (!normal) throw Error(ErrorKind::kUnauthenticated, "the email or password is wrong", "email");
  const std::string& email = *normal;
  const std::int64_t now = Now();
  const auto [by_email, by_source] =
      store_.CountLoginFailures(email, source, now - settings_.login_window_seconds);
  if (by_email >= settings_.login_failures_allowed) {
    throw Error(ErrorKind::kTooManyRequests,
                "too many failed sign-ins for this email; wait 15 minutes and try again");
  }
  if (by_source >= settings_.login_failures_per_source_allowed) {
    throw Error(ErrorKind::kTooManyRequests,
                "too many failed sign-ins from your network; wait 15 minutes and try again");
  }
  const auto account = store_.FindAccountByEmail(email);
  const bool ok = account ? VerifyPassword(password, account->password_hash)
                          : (VerifyPassword(password, DummyHash()), false);
  if (!ok) {
    store_.RecordLoginFailure(email, source, now);
    throw Error(ErrorKind::kUnauthenticated, "the email or password is wrong", "password");
  }
  store_.ClearLoginFailures(email);
  store_.DeleteExpired(now, now - settings_.login_window_seconds);  // sign-in is rare enough
  return StartSession(*account, now);
}

LoginResult App::StartSession(const domain::Account& account, std::int64_t now) {
  LoginResult out;
  out.token = RandomToken();
  out.csrf_token = RandomToken();
  out.expires_at = now + settings_.session_seconds;
  out.account = account;
  store_.InsertSession(TokenHash(out.token),
                       {account.id, "session", out.csrf_token, out.expires_at, 0, {}}, "browser",
                       now);
  return out;
}

std::optional<Caller> App::Authenticate(const std::string& token) {
  if (token.empty() || token.size() > 128) return std::nullopt;
  const std::int64_t now = Now();
  const std::string hash = TokenHash(token);
  if (auto cached = caches_.sessions.Find(hash, now)) return cached;
  auto session = store_.FindSession(hash, now, now - settings_.session_idle_seconds);
  if (!session) return std::nullopt;
  Caller caller;
  caller.account = std::move(session->account);
  caller.browser_session = session->kind == "session";
  if (caller.browser_session) {
    caller.csrf_token = session->csrf_token;
    // Once a minute is precise enough for an idle limit of many minutes, and spares a write
    // on every request.
    if (session->last_seen_at < now - 60) store_.TouchSession(hash, now);
  }
  caches_.sessions.Put(hash, caller, std::min(session->expires_at, now + settings_.cache_seconds));
  return caller;
}

void App::Logout(const std::string& token) {
  const std::string hash = TokenHash(token);
  store_.DeleteSession(hash);
  caches_.sessions.Erase(hash);
}

void App::ChangePassword(const Caller& caller, const std::string& session_token,
                         const std::string& current, const std::string& replacement) {
  if (!caller.browser_session) throw Forbidden("change your password from a signed-in browser");
  if (!VerifyPassword(current, caller.account.password_hash)) {
    throw Invalid("the current password is wrong", "current_password");
  }
  RequireGoodPassword(replacement, "new_password");
  const std::string hash = HashPassword(replacement);
  store_.Transaction([&] {
    store_.SetPasswordHash(caller.account.id, hash);
    store_.DeleteOtherBrowserSessions(caller.account.id, TokenHash(session_token));
  });
  caches_.sessions.Clear();  // the other sessions, and this one's copy of the old hash
}

void App::ResetPassword(const Caller& caller, const std::string& email,
                        const std::string& password) {
  if (!caller.account.platform_admin) {
    throw Forbidden("only a platform administrator resets passwords");
  }
  const std::string normal = RequireEmail(email);
  RequireGoodPassword(password, "password");
  const std::string hash = HashPassword(password);
  store_.Transaction([&] {
    const auto account = store_.FindAccountByEmail(normal);
    if (!account) throw NotFound("there is no account with email " + normal);
    store_.SetPasswordHash(account->id, hash);
    store_.DeleteSessionsOf(account->id);
  });
  caches_.sessions.Clear();
}

domain::Account App::AddAccount(const Caller& caller, const std::string& email,
                                const std::string& name, const std::string& password,
                                bool platform_admin) {
  if (!caller.account.platform_admin)
    throw Forbidden("only a platform administrator adds accounts");
  domain::Account account;
  account.email = RequireEmail(email);
  account.name = RequireText(name, "name", kMaxTitle);
  RequireGoodPassword(password, "password");
  account.platform_admin = platform_admin;
  account.password_hash = HashPassword(password);
  return store_.Transaction([&] {
    if (store_.FindAccountByEmail(account.email)) {
      throw Conflict("an account with email " + account.email + " already exists", "email");
    }
    account.id = store_.InsertAccount(account, Now());
    return account;
  });
}

namespace {

/// The account whose API tokens `caller` may manage by `email`: their own, or any for a
/// platform administrator.
domain::Account TokenOwner(storage::Store& store, const Caller& caller, const std::string& email) {
  const std::string normal = RequireEmail(email);
  if (!caller.account.platform_admin && normal != caller.account.email) {
    throw Forbidden("you can manage the API tokens of your own account only");
  }
  const auto account = store.FindAccountByEmail(normal);
  if (!account) throw NotFound("there is no account with email " + normal);
  return *account;
}

}  // namespace

NewApiToken App::CreateApiToken(const Caller& caller, const std::string& email,
                                const std::string& name) {
  const domain::Account owner = TokenOwner(store_, caller, email);
  NewApiToken created{RandomToken(), {}};
  const std::string hash = TokenHash(created.token);
  const std::int64_t now = Now();
  // The id is the start of the hash, as sql::kListApiTokens reads it back.
  created.about = {hash.substr(0, 16), RequireText(name, "name", kMaxTitle), now,
                   now + settings_.api_token_seconds};
  store_.InsertSession(hash, {owner.id, "api", RandomToken(), created.about.expires_at, 0, {}},
                       created.about.name, now);
  return created;
}

std::vector<storage::ApiTokenRecord> App::ApiTokens(const Caller& caller,
                                                    const std::string& email) {
  return store_.ListApiTokens(TokenOwner(store_, caller, email).id, Now());
}

void App::RevokeApiToken(const Caller& caller, const std::string& email, const std::string& id) {
  const auto hash = store_.DeleteApiToken(TokenOwner(store_, caller, email).id, id);
  if (!hash) throw NotFound("there is no API token " + id + " of " + RequireEmail(email));
  caches_.sessions.Erase(*hash);
}

void App::SetRole(const Caller& caller, const std::string& ods, const std::string& email,
                  Role role) {
  const OrgAccess access = Require(caller, ods, Role::kAdmin);
  const auto account = store_.FindAccountByEmail(RequireEmail(email));
  if (!account) throw NotFound("there is no account with email " + email);
  store_.SetRole(access.org.id, account->id, role);
  caches_.access.Clear();  // rare, and simpler than finding the entries it changes
}

std::vector<std::pair<domain::Organisation, Role>> App::MyOrganisations(const Caller& caller) {
  if (caller.account.platform_admin) {
    std::vector<std::pair<domain::Organisation, Role>> all;
    for (auto& org : store_.ListOrganisations()) all.emplace_back(std::move(org), Role::kAdmin);
    return all;
  }
  return store_.ListRolesOf(caller.account.id);
}

// Organisations and members

domain::Organisation App::AddOrganisation(const Caller& caller, const std::string& ods,
                                          const std::string& name, const std::string& kind,
                                          const std::string& parent_ods) {
  if (!caller.account.platform_admin) {
    throw Forbidden("only a platform administrator adds organisations");
  }
  domain::Organisation org;
  if (!domain::IsValidOdsCode(ods)) {
    throw Invalid("\"" + ods + "\" is not an ODS code (3 to 10 capital letters and digits)",
                  "ods_code");
  }
  org.ods_code = ods;
  org.name = RequireText(name, "name", kMaxTitle);
  const auto parsed_kind = domain::ParseOrgKind(kind);
  if (!parsed_kind) throw Invalid("kind must be trust or icb, not \"" + kind + "\"", "kind");
  org.kind = *parsed_kind;
  return store_.Transaction([&] {
    if (!parent_ods.empty()) {
      const auto parent = store_.FindOrganisationByOds(parent_ods);
      if (!parent) throw Invalid("there is no organisation with ODS code " + parent_ods, "parent");
      if (parent->kind != domain::OrgKind::kIcb) {
        throw Invalid(parent_ods + " is not an integrated care board", "parent");
      }
      org.parent_id = parent->id;
      org.parent_ods = parent->ods_code;
    }
    if (store_.FindOrganisationByOds(ods)) {
      throw Conflict("an organisation with ODS code " + ods + " already exists", "ods_code");
    }
    org.id = store_.InsertOrganisation(org, Now());
    return org;
  });
}

domain::Organisation App::GetOrganisation(const Caller& caller, const std::string& ods) {
  return Require(caller, ods, Role::kViewer).org;
}

namespace {
void ValidateMember(domain::Member& m) {
  m.name = RequireText(m.name, "name", kMaxTitle);
  m.email = RequireEmail(m.email);
  m.job_title = RequireText(m.job_title, "job_title", kMaxTitle);
}
}  // namespace

domain::Member App::AddMember(const Caller& caller, const std::string& ods, domain::Member m) {
  const OrgAccess access = Require(caller, ods, Role::kSecretary);
  ValidateMember(m);
  m.org_id = access.org.id;
  return store_.Transaction([&] {
    if (store_.FindMemberByEmail(m.org_id, m.email)) {
      throw Conflict("a board member with email " + m.email + " already exists", "email");
    }
    m.id = store_.InsertMember(m);
    return m;
  });
}

domain::Member App::UpdateMember(const Caller& caller, const std::string& ods, domain::Member m) {
  const OrgAccess access = Require(caller, ods, Role::kSecretary);
  ValidateMember(m);
  m.org_id = access.org.id;
  return store_.Transaction([&] {
    const auto before = store_.FindMember(m.org_id, m.id);
    if (!before) throw NotFound("there is no board member " + std::to_string(m.id) + " in " + ods);
    const auto same_email = store_.FindMemberByEmail(m.org_id, m.email);
    if (same_email && same_email->id != m.id) {
      throw Conflict("another board member has email " + m.email, "email");
    }
    // The email is what links a member to an account, so changing it would hand the member's
    // answers to whoever holds the new address.
    if (before->email != m.email && store_.MemberHasAnswered(m.org_id, m.id)) {
      throw Conflict(
          "the email of a member who has answered a round cannot change; add the "
          "new address as a new member instead",
          "email");
    }
    store_.UpdateMember(m);
    if (before->membership != m.membership) store_.UpdateOpenResponsesMembership(m);
    return m;
  });
}

std::vector<domain::Member> App::ListMembers(const Caller& caller, const std::string& ods) {
  const OrgAccess access = Require(caller, ods, Role::kViewer);
  auto members = store_.ListMembers(access.org.id);
  if (access.role < Role::kSecretary) {
    for (auto& m : members) m.email.clear();
  }
  return members;
}

std::optional<domain::Member> App::MyMembership(const Caller& caller, const std::string& ods) {
  const OrgAccess access = Require(caller, ods, Role::kViewer);
  if (access.role < Role::kMember) return std::nullopt;
  return store_.FindMemberByEmail(access.org.id, caller.account.email);
}

std::vector<storage::MemberAccessRecord> App::MemberAccess(const Caller& caller,
                                                           const std::string& ods) {
  return store_.ListMemberAccess(Require(caller, ods, Role::kSecretary).org.id, Now());
}

// Invitations

Invitation App::InviteMember(const Caller& caller, const std::string& ods, Id member_id) {
  const OrgAccess access = Require(caller, ods, Role::kSecretary);
  const std::int64_t now = Now();
  return store_.Transaction([&] {
    Invitation inv;
    auto member = store_.FindMember(access.org.id, member_id);
    if (!member)
      throw NotFound("there is no board member " + std::to_string(member_id) + " in " + ods);
    inv.member = std::move(*member);
    if (const auto account = store_.FindAccountByEmail(inv.member.email)) {
      const auto found = store_.FindOrganisationAndRole(ods, account->id);
      if (found && found->second && *found->second >= Role::kMember) {
        inv.outcome = Invitation::Outcome::kAlreadyHasAccess;
        return inv;
      }
    }
    store_.DeleteInvitationsOf(access.org.id, member_id);
    inv.token = RandomToken();
    inv.expires_at = now + settings_.invitation_seconds;
    std::optional<Id> by;
    if (caller.account.id != 0) by = caller.account.id;  // the operator has no account
    store_.InsertInvitation(TokenHash(inv.token), {access.org.id, member_id, by, inv.expires_at},
                            now);
    return inv;
  });
}

namespace {
const char* const kInvitationGone =
    "this invitation link does not work: it has been used, a newer one has replaced it, or it "
    "has expired";
}  // namespace

InvitationTarget App::FindInvitation(const std::string& token) {
  if (token.empty() || token.size() > 128) throw NotFound(kInvitationGone);
  const auto invitation = store_.FindInvitation(TokenHash(token), Now());
  if (!invitation) throw NotFound(kInvitationGone);
  auto org = store_.FindOrganisation(invitation->org_id);
  auto member = store_.FindMember(invitation->org_id, invitation->member_id);
  if (!org || !member) throw NotFound(kInvitationGone);
  const bool has_account = store_.FindAccountByEmail(member->email).has_value();
  return {std::move(*org), std::move(*member), invitation->expires_at, has_account};
}

LoginResult App::AcceptInvitation(const std::string& token, const std::string& password,
                                  const std::string& source) {
  const InvitationTarget target = FindInvitation(token);
  const std::int64_t now = Now();
  std::optional<LoginResult> login;
  std::string hash;
  if (target.has_account) {
    login = Login(target.member.email, password, source);
  } else {
    RequireGoodPassword(password, "password");
    hash = HashPassword(password);  // slow: before the transaction
  }
  auto result = store_.Transaction([&] {
    // Again inside the transaction: the link may have been used meanwhile.
    if (!store_.FindInvitation(TokenHash(token), now)) throw NotFound(kInvitationGone);
    domain::Account account;
    if (login) {
      account = login->account;
    } else {
      if (store_.FindAccountByEmail(target.member.email)) {
        throw Conflict("an account for " + target.member.email +
                           " was made a moment ago; reload the page and sign in with it",
                       "password");
      }
      account = {0, target.member.email, target.member.name, hash, false};
      account.id = store_.InsertAccount(account, now);
    }
    const auto found = store_.FindOrganisationAndRole(target.org.ods_code, account.id);
    if (!found || !found->second || *found->second < Role::kMember) {
      store_.SetRole(target.org.id, account.id, Role::kMember);
    }
    store_.DeleteInvitationsOf(target.org.id, target.member.id);
    return login ? *login : StartSession(account, now);
  });
  caches_.access.Clear();  // an account that existed may have been seen here without a role
  return result;
}

// Frameworks

FrameworkLoad App::ImportFramework(const Caller& caller, std::string_view yaml,
                                   std::string_view source_name, const std::string& ods) {
  std::optional<Id> owner;
  if (ods.empty()) {
    if (!caller.account.platform_admin) {
      throw Forbidden("only a platform administrator loads national frameworks");
    }
  } else {
    owner = Require(caller, ods, Role::kSecretary).org.id;
  }
  domain::Framework fw = frameworks::ParseFramework(yaml, source_name);
  return store_.Transaction([&] {
    FrameworkLoad out;
    if (auto latest = store_.FindLatestFramework(fw.ref)) {
      if (latest->owner_org_id != owner) {
        throw Conflict("the ref " + fw.ref + " is already used by " +
                           (latest->owner_org_id ? "another organisation" : "a national framework"),
                       "ref");
      }
      if (fw.version < latest->framework.version) {
        throw Conflict(fw.ref + " version " + fw.version.str() + " is older than the loaded " +
                           latest->framework.version.str() + "; nothing was loaded",
                       "version");
      }
      if (fw.version == latest->framework.version) {
        if (fw == latest->framework) {
          out.outcome = FrameworkLoad::Outcome::kUnchanged;
          out.stored = std::move(*latest);
          return out;
        }
        throw Conflict(fw.ref + " version " + fw.version.str() +
                           " is loaded with different content; give the changed file a new "
                           "version",
                       "version");
      }
    }
    out.stored.id = store_.InsertFramework(fw, owner, Now());
    out.stored.owner_org_id = owner;
    out.stored.framework = std::move(fw);
    return out;
  });
}

int App::LoadShippedFrameworks() {
  int loaded = 0;
  for (const EmbeddedFile& file : EmbeddedFrameworks()) {
    const auto result = ImportFramework(Caller::Operator(), file.data, file.name, "");
    if (result.outcome == FrameworkLoad::Outcome::kLoaded) ++loaded;
  }
  return loaded;
}

std::vector<storage::StoredFramework> App::ListFrameworks(const Caller& caller,
                                                          const std::string& ods) {
  if (ods.empty()) return store_.ListFrameworks(std::nullopt);
  return store_.ListFrameworks(Require(caller, ods, Role::kViewer).org.id);
}

storage::StoredFramework App::GetFramework(const Caller& caller, const std::string& ref,
                                           const std::string& ods) {
  std::optional<Id> org_id;
  if (!ods.empty()) org_id = Require(caller, ods, Role::kViewer).org.id;
  auto fw = store_.FindLatestFramework(ref);
  if (!fw || (fw->owner_org_id && fw->owner_org_id != org_id)) {
    throw NotFound("there is no framework " + ref);
  }
  return std::move(*fw);
}

// Rounds

RoundView App::LoadRound(const domain::Organisation& org, Id round_id) {
  auto round = store_.FindRound(org.id, round_id);
  if (!round) {
    throw NotFound("there is no round " + std::to_string(round_id) + " in " + org.ods_code);
  }
  auto fw = store_.FindFramework(round->framework_id);
  if (!fw) throw std::logic_error("round refers to a missing framework");
  return {std::move(*round), org, std::move(*fw)};
}

RoundView App::CreateRound(const Caller& caller, const std::string& ods,
                           const std::string& framework_ref, const std::string& title) {
  const OrgAccess access = Require(caller, ods, Role::kSecretary);
  const auto fw = GetFramework(caller, framework_ref, ods);
  domain::Round round;
  round.org_id = access.org.id;
  round.framework_id = fw.id;
  round.framework_ref = fw.framework.ref;
  round.title = RequireText(title, "title", kMaxTitle);
  round.status = RoundStatus::kDraft;
  round.id = store_.Transaction([&] { return store_.InsertRound(round, Now()); });
  return {round, access.org, fw};
}

RoundView App::GetRound(const Caller& caller, const std::string& ods, Id round_id) {
  return LoadRound(Require(caller, ods, Role::kViewer).org, round_id);
}

std::vector<domain::Round> App::ListRounds(const Caller& caller, const std::string& ods) {
  return store_.ListRounds(Require(caller, ods, Role::kViewer).org.id);
}

RoundView App::OpenRound(const Caller& caller, const std::string& ods, Id round_id) {
  const OrgAccess access = Require(caller, ods, Role::kSecretary);
  return store_.Transaction([&] {
    RoundView view = LoadRound(access.org, round_id);
    RequireStatus(view.round, RoundStatus::kDraft, "only a draft round can be opened");
    view.round.status = RoundStatus::kOpen;
    store_.UpdateRoundStatus(view.round);
    return view;
  });
}

namespace {
/// Item means of a round's stored answers, frozen at close for later comparisons. A mean of
/// too few ratings is frozen as null, as results would show it, so that "change" and peer
/// standing cannot reveal it either.
storage::ItemMeans MeansOf(const domain::Framework& fw,
                           const std::vector<storage::ResponseRecord>& responses, int min_ratings) {
  std::map<std::string, std::pair<double, int>> sums;
  for (const auto& r : responses) {
    if (!r.rating) continue;
    auto& [sum, n] = sums[r.item_ref];
    sum += *r.rating;
    ++n;
  }
  storage::ItemMeans means;
  for (const auto& item : fw.items) {
    const auto it = sums.find(item.ref);
    const bool enough = it != sums.end() && it->second.second >= min_ratings;
    means.emplace_back(item.ref,
                       enough ? std::optional(it->second.first / it->second.second) : std::nullopt);
  }
  return means;
}
}  // namespace

namespace {

/// A round's closing date: a real date, and not in the future, for change and peer standing
/// follow the order of closing. Today is taken in UTC, so a day's grace lets a board in the
/// UK close a round in the first hour of a summer day.
void RequireClosingDate(const std::string& date) {
  if (!domain::IsValidDate(date)) {
    throw Invalid("\"" + date + "\" is not a date written YYYY-MM-DD", "closed_on");
  }
  if (date > UtcText(Now() + kSecondsPerDay, "%Y-%m-%d")) {
    throw Invalid("the date the round closed must be today or in the past", "closed_on");
  }
}

}  // namespace

RoundView App::CloseRound(const Caller& caller, const std::string& ods, Id round_id,
                          const std::string& closed_on) {
  const OrgAccess access = Require(caller, ods, Role::kSecretary);
  const std::string date = closed_on.empty() ? Today() : closed_on;
  RequireClosingDate(date);
  RoundView closed = store_.Transaction([&] {
    RoundView view = LoadRound(access.org, round_id);
    RequireStatus(view.round, RoundStatus::kOpen, "only an open round can be closed");
    view.round.status = RoundStatus::kClosed;
    view.round.closed_on = date;
    store_.UpdateRoundStatus(view.round);
    store_.InsertItemMeans(
        access.org.id, round_id,
        MeansOf(view.framework.framework, store_.ListResponses(access.org.id, round_id),
                settings_.thresholds.min_ratings));
    store_.BumpResultsEpoch(view.round.framework_ref);
    return view;
  });
  caches_.fresh_results.Clear();  // peers' results may have changed; check epochs again
  return closed;
}

void App::SubmitAnswers(const Caller& caller, const std::string& ods, Id round_id,
                        const std::vector<AnswerInput>& answers) {
  const OrgAccess access = Require(caller, ods, Role::kMember);
  const auto member = store_.FindMemberByEmail(access.org.id, caller.account.email);
  if (!member) {
    throw Forbidden("only board members of " + access.org.name +
                    " answer its rounds, and no member has your email");
  }
  if (answers.empty()) throw Invalid("give at least one answer", "answers");
  store_.Transaction([&] {
    // Lock first, then read: a close that commits meanwhile is seen, never overtaken.
    const bool open = store_.LockOpenRound(access.org.id, round_id);
    const RoundView view = LoadRound(access.org, round_id);
    if (!open) {
      RequireStatus(view.round, RoundStatus::kOpen,
                    view.round.status == RoundStatus::kClosed
                        ? "its answers are frozen"
                        : "answers open when the secretary opens it");
    }
    std::set<std::string> seen;
    const std::int64_t now = Now();
    for (const AnswerInput& a : answers) {
      if (!view.framework.framework.ItemIndex(a.item)) {
        throw Invalid("\"" + a.item + "\" is not an item of " + view.framework.framework.ref,
                      a.where + ".item");
      }
      if (!seen.insert(a.item).second) {
        throw Invalid("\"" + a.item + "\" is answered twice in one submission", a.where + ".item");
      }
      if (!IsValidUtf8(a.evidence)) {
        throw Invalid("evidence is not valid UTF-8 text", a.where + ".evidence");
      }
      if (a.evidence.size() > domain::kMaxEvidenceLength) {
        throw Invalid(
            "evidence is longer than " + std::to_string(domain::kMaxEvidenceLength) + " characters",
            a.where + ".evidence");
      }
      storage::ResponseRecord r;
      r.respondent = MemberRespondent(member->id);
      r.member_id = member->id;
      r.membership = member->membership;
      r.item_ref = a.item;
      r.rating = a.rating;
      r.evidence = a.evidence;
      store_.UpsertResponse(access.org.id, round_id, r, now);
    }
  });
}

std::vector<storage::ResponseRecord> App::MyAnswers(const Caller& caller, const std::string& ods,
                                                    Id round_id) {
  const OrgAccess access = Require(caller, ods, Role::kMember);
  LoadRound(access.org, round_id);
  const auto member = store_.FindMemberByEmail(access.org.id, caller.account.email);
  if (!member) return {};
  return store_.ListResponsesOf(access.org.id, round_id, MemberRespondent(member->id));
}

std::vector<CompletionRow> App::Completion(const Caller& caller, const std::string& ods,
                                           Id round_id) {
  const OrgAccess access = Require(caller, ods, Role::kSecretary);
  const RoundView view = LoadRound(access.org, round_id);
  std::vector<CompletionRow> rows;
  for (auto& c : store_.ListCompletion(access.org.id, round_id)) {
    rows.push_back(
        {std::move(c.member), c.answered, static_cast<int>(view.framework.framework.items.size())});
  }
  return rows;
}

Id App::ImportRound(const Caller& caller, const std::string& ods, const std::string& framework_ref,
                    const std::string& title, const std::string& closed_on, std::string_view csv,
                    std::string_view source_name) {
  const OrgAccess access = Require(caller, ods, Role::kSecretary);
  RequireClosingDate(closed_on);
  const auto fw = GetFramework(caller, framework_ref, ods);
  domain::Round round;
  round.org_id = access.org.id;
  round.framework_id = fw.id;
  round.framework_ref = fw.framework.ref;
  round.title = RequireText(title, "title", kMaxTitle);
  round.status = RoundStatus::kClosed;
  round.closed_on = closed_on;
  round.imported = true;
  const auto answers = domain::ParseRoundCsv(csv, source_name, fw.framework);

  const Id id = store_.Transaction([&] {
    const std::int64_t now = Now();
    round.id = store_.InsertRound(round, now);
    std::vector<storage::ResponseRecord> records;
    records.reserve(answers.size());
    for (const auto& a : answers) {
      storage::ResponseRecord r{a.respondent, std::nullopt, a.membership,
                                a.item,       a.rating,     a.evidence};
      store_.InsertResponse(access.org.id, round.id, r, now);
      records.push_back(std::move(r));
    }
    store_.InsertItemMeans(access.org.id, round.id,
                           MeansOf(fw.framework, records, settings_.thresholds.min_ratings));
    store_.BumpResultsEpoch(round.framework_ref);
    return round.id;
  });
  caches_.fresh_results.Clear();  // peers' results may have changed; check epochs again
  return id;
}

std::shared_ptr<const ResultsView> App::Results(const Caller& caller, const std::string& ods,
                                                Id round_id) {
  const OrgAccess access = Require(caller, ods, Role::kViewer);
  const std::int64_t now = Now();
  // Round ids are global: a cached view is only ever served within its own organisation.
  if (auto fresh = caches_.fresh_results.Find(round_id, now);
      fresh && (*fresh)->round.round.org_id == access.org.id) {
    return *fresh;
  }
  const auto found = store_.FindRoundAndEpoch(access.org.id, round_id);
  if (!found) throw NotFound("there is no round " + std::to_string(round_id) + " in " + ods);
  if (found->first.status != RoundStatus::kClosed) {
    throw Conflict("round " + std::to_string(round_id) +
                       " is not closed; results appear when the secretary closes it",
                   "status");
  }
  const std::int64_t epoch = found->second;
  const auto cached = caches_.results.Find(round_id, 0);
  std::shared_ptr<const ResultsView> view;
  if (cached && cached->first == epoch) {
    view = cached->second;
  } else {
    view = ComputeResults(LoadRound(access.org, round_id));
    caches_.results.Put(round_id, {epoch, view}, std::numeric_limits<std::int64_t>::max());
  }
  caches_.fresh_results.Put(round_id, view, now + settings_.cache_seconds);
  return view;
}

std::shared_ptr<const ResultsView> App::ResultsById(Id round_id) {
  const auto round = store_.FindRoundAnyOrg(round_id);
  if (!round) throw NotFound("there is no round " + std::to_string(round_id));
  const auto org = store_.FindOrganisation(round->org_id);
  return Results(Caller::Operator(), org->ods_code, round_id);
}

std::shared_ptr<const ResultsView> App::ComputeResults(RoundView view) {
  const domain::Framework& fw = view.framework.framework;
  domain::RoundData data;
  std::map<std::string, std::uint32_t> item_index;
  for (const auto& item : fw.items) {
    item_index.emplace(item.ref, static_cast<std::uint32_t>(data.items.size()));
    data.items.push_back(item.ref);
  }
  std::map<std::string, std::uint32_t> respondent_index;
  for (const auto& r : store_.ListResponses(view.round.org_id, view.round.id)) {
    const auto item = item_index.find(r.item_ref);
    if (item == item_index.end()) continue;
    auto [it, added] =
        respondent_index.emplace(r.respondent, static_cast<std::uint32_t>(data.respondents.size()));
    if (added) data.respondents.push_back(r.membership);
    data.responses.push_back({it->second, item->second, r.rating});
  }

  data.previous_means.assign(data.items.size(), std::nullopt);
  if (const auto previous = store_.PreviousRoundMeans(view.round)) {
    data.has_previous_round = true;
    for (const auto& [ref, mean] : *previous) {
      if (const auto it = item_index.find(ref); it != item_index.end()) {
        data.previous_means[it->second] = mean;
      }
    }
  }
  data.peer_means.assign(data.items.size(), {});
  for (const auto& [ref, mean] : store_.PeerMeans(view.round)) {
    if (const auto it = item_index.find(ref); it != item_index.end() && mean) {
      data.peer_means[it->second].push_back(*mean);
    }
  }

  auto out = std::make_shared<ResultsView>();
  out->results = domain::ComputeResults(data, settings_.thresholds);
  out->json = ResultsJson(view, out->results, settings_.thresholds);
  out->round = std::move(view);
  return out;
}

}  // namespace boardlens::app
