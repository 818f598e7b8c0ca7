#include "boardlens/storage/store.hpp"

#include <algorithm>
#include <charconv>
#include <ctime>

#include "boardlens/storage/queries.hpp"
#include "boardlens/util/embedded.hpp"
#include "boardlens/util/error.hpp"

namespace boardlens::storage {
namespace {

using domain::Id;

Value Nullable(const std::optional<Id>& v) { return v ? Value{*v} : Value{nullptr}; }
Value Text(std::string_view s) { return std::string(s); }

std::optional<Id> OptionalId(const Row& row, std::size_t i) {
  return row.null(i) ? std::nullopt : std::optional<Id>(row.i64(i));
}

domain::Organisation ToOrganisation(const Row& row) {
  return {row.i64(0),         row.text(1),
          row.text(2),        domain::ParseOrgKind(row.text(3)).value_or(domain::OrgKind::kTrust),
          OptionalId(row, 4), row.null(5) ? std::string() : row.text(5)};
}

domain::Account ToAccount(const Row& row) {
  return {row.i64(0), row.text(1), row.text(2), row.text(3), row.i64(4) != 0};
}

domain::Member ToMember(const Row& row) {
  return {
      row.i64(0),     row.i64(1),
      row.text(2),    row.text(3),
      row.text(4),    domain::ParseMembership(row.text(5)).value_or(domain::Membership::kExecutive),
      row.i64(6) != 0};
}

domain::Round ToRound(const Row& row) {
  return {row.i64(0),
          row.i64(1),
          row.i64(2),
          row.text(3),
          row.text(4),
          domain::ParseRoundStatus(row.text(5)).value_or(domain::RoundStatus::kDraft),
          row.null(6) ? std::string() : row.text(6),
          row.i64(7) != 0};
}

ResponseRecord ToResponse(const Row& row) {
  ResponseRecord r;
  r.respondent = row.text(0);
  r.member_id = OptionalId(row, 1);
  r.membership = domain::ParseMembership(row.text(2)).value_or(domain::Membership::kExecutive);
  r.item_ref = row.text(3);
  if (!row.null(4)) r.rating = static_cast<std::int8_t>(row.i64(4));
  r.evidence = row.text(5);
  return r;
}

template <typename T, typename Fn>
std::optional<T> First(const Rows& rows, Fn convert) {
  if (rows.empty()) return std::nullopt;
  return convert(rows.front());
}

template <typename T, typename Fn>
std::vector<T> All(const Rows& rows, Fn convert) {
  std::vector<T> out;
  out.reserve(rows.size());
  for (const Row& row : rows) out.push_back(convert(row));
  return out;
}

/// Migration files are named NNN_description.sql; NNN is the version.
int MigrationVersion(std::string_view file_name) {
  int version = 0;
  std::from_chars(file_name.data(), file_name.data() + file_name.size(), version);
  return version;
}

}  // namespace

int Store::Migrate() {
  const std::string prefix = dialect() == Dialect::kSqlite ? "sqlite/" : "postgres/";
  std::vector<EmbeddedFile> files;
  for (const EmbeddedFile& f : EmbeddedMigrations()) {
    if (f.name.rfind(prefix, 0) == 0) files.push_back(f);
  }
  std::sort(files.begin(), files.end(),
            [](const auto& a, const auto& b) { return a.name < b.name; });
  int applied = 0;
  for (const EmbeddedFile& f : files) {
    const std::string name(f.name.substr(prefix.size()));
    const int version = MigrationVersion(name);
    Transaction([&] {
      if (dialect() == Dialect::kPostgres) db_->Query(sql::kPostgresMigrationLock, {});
      db_->ExecScript(sql::kCreateMigrationsTable);
      if (!db_->Query(sql::kMigrationApplied, {std::int64_t{version}}).empty()) return;
      db_->ExecScript(f.data);
      db_->Query(sql::kRecordMigration,
                 {std::int64_t{version}, Text(name), std::int64_t{std::time(nullptr)}});
      ++applied;
    });
  }
  return applied;
}

void Store::Ping() { db_->Query(sql::kPing, {}); }

// Organisations

Id Store::InsertOrganisation(const domain::Organisation& org, std::int64_t now) {
  return db_
      ->Query(sql::kInsertOrganisation,
              {Text(org.ods_code), Text(org.name), Text(domain::ToString(org.kind)),
               Nullable(org.parent_id), now})
      .at(0)
      .i64(0);
}

std::optional<domain::Organisation> Store::FindOrganisation(Id id) {
  return First<domain::Organisation>(db_->Query(sql::kFindOrganisation, {id}), ToOrganisation);
}

std::optional<domain::Organisation> Store::FindOrganisationByOds(const std::string& ods) {
  return First<domain::Organisation>(db_->Query(sql::kFindOrganisationByOds, {ods}),
                                     ToOrganisation);
}

std::optional<std::pair<domain::Organisation, std::optional<domain::Role>>>
Store::FindOrganisationAndRole(const std::string& ods, Id account_id) {
  const Rows rows = db_->Query(sql::kFindOrganisationAndRole, {ods, account_id});
  if (rows.empty()) return std::nullopt;
  return std::pair{ToOrganisation(rows[0]),
                   rows[0].null(6) ? std::nullopt : domain::ParseRole(rows[0].text(6))};
}

std::vector<domain::Organisation> Store::ListOrganisations() {
  return All<domain::Organisation>(db_->Query(sql::kListOrganisations, {}), ToOrganisation);
}

// Accounts, roles, sessions

Id Store::InsertAccount(const domain::Account& a, std::int64_t now) {
  return db_
      ->Query(sql::kInsertAccount,
              {a.email, a.name, a.password_hash, std::int64_t{a.platform_admin ? 1 : 0}, now})
      .at(0)
      .i64(0);
}

std::optional<domain::Account> Store::FindAccountByEmail(const std::string& email) {
  return First<domain::Account>(db_->Query(sql::kFindAccountByEmail, {email}), ToAccount);
}

void Store::SetRole(Id org_id, Id account_id, domain::Role role) {
  db_->Query(sql::kSetRole, {org_id, account_id, Text(domain::ToString(role))});
}

std::vector<std::pair<domain::Organisation, domain::Role>> Store::ListRolesOf(Id account_id) {
  return All<std::pair<domain::Organisation, domain::Role>>(
      db_->Query(sql::kListRolesOf, {account_id}), [](const Row& row) {
        return std::pair{ToOrganisation(row),
                         domain::ParseRole(row.text(6)).value_or(domain::Role::kViewer)};
      });
}

void Store::InsertSession(const std::string& token_hash, const SessionRecord& s,
                          const std::string& name, std::int64_t now) {
  db_->Query(sql::kInsertSession,
             {token_hash, s.account_id, s.kind, name, s.csrf_token, now, s.expires_at});
}

std::optional<SessionRecord> Store::FindSession(const std::string& token_hash, std::int64_t now,
                                                std::int64_t idle_since) {
  return First<SessionRecord>(
      db_->Query(sql::kFindSession, {token_hash, now, idle_since}), [](const Row& r) {
        return SessionRecord{
            r.i64(0),  r.text(1),
            r.text(2), r.i64(3),
            r.i64(4),  domain::Account{r.i64(5), r.text(6), r.text(7), r.text(8), r.i64(9) != 0}};
      });
}

void Store::TouchSession(const std::string& token_hash, std::int64_t now) {
  db_->Query(sql::kTouchSession, {token_hash, now});
}

void Store::DeleteSession(const std::string& token_hash) {
  db_->Query(sql::kDeleteSession, {token_hash});
}

void Store::DeleteOtherBrowserSessions(Id account_id, const std::string& keep_hash) {
  db_->Query(sql::kDeleteOtherBrowserSessions, {account_id, keep_hash});
}

void Store::DeleteSessionsOf(Id account_id) { db_->Query(sql::kDeleteSessionsOf, {account_id}); }

std::vector<ApiTokenRecord> Store::ListApiTokens(Id account_id, std::int64_t now) {
  return All<ApiTokenRecord>(db_->Query(sql::kListApiTokens, {account_id, now}), [](const Row& r) {
    return ApiTokenRecord{r.text(0), r.text(1), r.i64(2), r.i64(3)};
  });
}

std::optional<std::string> Store::DeleteApiToken(Id account_id, const std::string& id) {
  return First<std::string>(db_->Query(sql::kDeleteApiToken, {account_id, id}),
                            [](const Row& r) { return r.text(0); });
}

void Store::SetPasswordHash(Id account_id, const std::string& hash) {
  db_->Query(sql::kSetPasswordHash, {account_id, hash});
}

std::pair<int, int> Store::CountLoginFailures(const std::string& email, const std::string& source,
                                              std::int64_t since) {
  const Rows rows = db_->Query(sql::kCountLoginFailures, {email, source, since});
  return {rows.at(0).i32(0), rows.at(0).i32(1)};
}

void Store::RecordLoginFailure(const std::string& email, const std::string& source,
                               std::int64_t now) {
  db_->Query(sql::kRecordLoginFailure, {email, source, now});
}

void Store::DeleteExpired(std::int64_t now, std::int64_t window_start) {
  db_->Query(sql::kDeleteExpiredSessions, {now});
  db_->Query(sql::kDeleteExpiredInvitations, {now});
  db_->Query(sql::kForgetLoginFailuresBefore, {window_start});
}

void Store::ClearLoginFailures(const std::string& email) {
  db_->Query(sql::kClearLoginFailures, {email});
}

// Invitations

void Store::InsertInvitation(const std::string& token_hash, const InvitationRecord& invitation,
                             std::int64_t now) {
  db_->Query(sql::kInsertInvitation, {token_hash, invitation.org_id, invitation.member_id,
                                      Nullable(invitation.created_by), now, invitation.expires_at});
}

void Store::DeleteInvitationsOf(Id org_id, Id member_id) {
  db_->Query(sql::kDeleteInvitationsOf, {org_id, member_id});
}

std::optional<InvitationRecord> Store::FindInvitation(const std::string& token_hash,
                                                      std::int64_t now) {
  return First<InvitationRecord>(
      db_->Query(sql::kFindInvitation, {token_hash, now}), [](const Row& r) {
        return InvitationRecord{r.i64(0), r.i64(1), OptionalId(r, 2), r.i64(3)};
      });
}

std::vector<MemberAccessRecord> Store::ListMemberAccess(Id org_id, std::int64_t now) {
  return All<MemberAccessRecord>(db_->Query(sql::kListMemberAccess, {org_id, now}),
                                 [](const Row& r) {
                                   MemberAccessRecord access{r.i64(0), std::nullopt, std::nullopt};
                                   if (!r.null(1)) access.role = domain::ParseRole(r.text(1));
                                   if (!r.null(2)) access.invited_until = r.i64(2);
                                   return access;
                                 });
}

// Frameworks

Id Store::InsertFramework(const domain::Framework& fw, std::optional<Id> owner, std::int64_t now) {
  const Id id = db_->Query(sql::kInsertFramework,
                           {fw.ref, std::int64_t{fw.version.parts[0]},
                            std::int64_t{fw.version.parts[1]}, std::int64_t{fw.version.parts[2]},
                            Nullable(owner), fw.title, fw.source, fw.description, now})
                    .at(0)
                    .i64(0);
  std::int64_t position = 0;
  for (const auto& item : fw.items) {
    db_->Query(sql::kInsertFrameworkItem,
               {id, position++, item.ref, item.title, item.question, item.levels[0], item.levels[1],
                item.levels[2], item.levels[3], item.levels[4]});
  }
  return id;
}

std::optional<StoredFramework> Store::FindFramework(Id id) {
  return First<StoredFramework>(db_->Query(sql::kFindFramework, {id}), [this](const Row& row) {
    StoredFramework out;
    out.id = row.i64(0);
    out.framework.ref = row.text(1);
    for (std::size_t i = 0; i < 3; ++i) {
      out.framework.version.parts.at(i) = static_cast<std::uint32_t>(row.i64(2 + i));
    }
    out.owner_org_id = OptionalId(row, 5);
    out.framework.title = row.text(6);
    out.framework.source = row.text(7);
    out.framework.description = row.text(8);
    for (const Row& item : db_->Query(sql::kListFrameworkItems, {out.id})) {
      domain::FrameworkItem fi{item.text(0), item.text(1), item.text(2), {}};
      for (std::size_t level = 0; level < 5; ++level) fi.levels.at(level) = item.text(3 + level);
      out.framework.items.push_back(std::move(fi));
    }
    return out;
  });
}

std::optional<StoredFramework> Store::FindLatestFramework(const std::string& ref) {
  const Rows rows = db_->Query(sql::kFindLatestFramework, {ref});
  if (rows.empty()) return std::nullopt;
  return FindFramework(rows[0].i64(0));
}

std::vector<StoredFramework> Store::ListFrameworks(std::optional<Id> org_id) {
  std::vector<StoredFramework> out;
  for (const Row& row : db_->Query(sql::kListLatestFrameworks, {Nullable(org_id)})) {
    if (auto fw = FindFramework(row.i64(0))) out.push_back(std::move(*fw));
  }
  return out;
}

// Board members

Id Store::InsertMember(const domain::Member& m) {
  return db_
      ->Query(sql::kInsertMember,
              {m.org_id, m.name, m.email, m.job_title, Text(domain::ToString(m.membership)),
               std::int64_t{m.voting ? 1 : 0}})
      .at(0)
      .i64(0);
}

void Store::UpdateMember(const domain::Member& m) {
  db_->Query(sql::kUpdateMember,
             {m.org_id, m.id, m.name, m.email, m.job_title, Text(domain::ToString(m.membership)),
              std::int64_t{m.voting ? 1 : 0}});
}

std::optional<domain::Member> Store::FindMember(Id org_id, Id id) {
  return First<domain::Member>(db_->Query(sql::kFindMember, {org_id, id}), ToMember);
}

std::optional<domain::Member> Store::FindMemberByEmail(Id org_id, const std::string& email) {
  return First<domain::Member>(db_->Query(sql::kFindMemberByEmail, {org_id, email}), ToMember);
}

std::vector<domain::Member> Store::ListMembers(Id org_id) {
  return All<domain::Member>(db_->Query(sql::kListMembers, {org_id}), ToMember);
}

bool Store::MemberHasAnswered(Id org_id, Id member_id) {
  return !db_->Query(sql::kMemberHasAnswered, {org_id, member_id}).empty();
}

void Store::UpdateOpenResponsesMembership(const domain::Member& m) {
  db_->Query(sql::kUpdateOpenResponsesMembership,
             {m.org_id, m.id, Text(domain::ToString(m.membership))});
}

// Rounds and answers

Id Store::InsertRound(const domain::Round& r, std::int64_t now) {
  return db_
      ->Query(sql::kInsertRound,
              {r.org_id, r.framework_id, r.framework_ref, r.title, Text(domain::ToString(r.status)),
               r.closed_on.empty() ? Value{nullptr} : Value{r.closed_on},
               std::int64_t{r.imported ? 1 : 0}, now})
      .at(0)
      .i64(0);
}

std::optional<domain::Round> Store::FindRound(Id org_id, Id id) {
  return First<domain::Round>(db_->Query(sql::kFindRound, {org_id, id}), ToRound);
}

std::optional<std::pair<domain::Round, std::int64_t>> Store::FindRoundAndEpoch(Id org_id, Id id) {
  const Rows rows = db_->Query(sql::kFindRoundAndEpoch, {org_id, id});
  if (rows.empty()) return std::nullopt;
  return std::pair{ToRound(rows[0]), rows[0].i64(8)};
}

std::optional<domain::Round> Store::FindRoundAnyOrg(Id id) {
  return First<domain::Round>(db_->Query(sql::kFindRoundAnyOrg, {id}), ToRound);
}

std::vector<domain::Round> Store::ListRounds(Id org_id) {
  return All<domain::Round>(db_->Query(sql::kListRounds, {org_id}), ToRound);
}

void Store::UpdateRoundStatus(const domain::Round& r) {
  db_->Query(sql::kUpdateRoundStatus, {r.org_id, r.id, Text(domain::ToString(r.status)),
                                       r.closed_on.empty() ? Value{nullptr} : Value{r.closed_on}});
}

bool Store::LockOpenRound(Id org_id, Id round_id) {
  return !db_->Query(sql::kLockOpenRound, {org_id, round_id}).empty();
}

void Store::UpsertResponse(Id org_id, Id round_id, const ResponseRecord& r, std::int64_t now) {
  db_->Query(
      sql::kUpsertResponse,
      {org_id, round_id, r.respondent, Nullable(r.member_id), Text(domain::ToString(r.membership)),
       r.item_ref, r.rating ? Value{std::int64_t{*r.rating}} : Value{nullptr}, r.evidence, now});
}

void Store::InsertResponse(Id org_id, Id round_id, const ResponseRecord& r, std::int64_t now) {
  db_->Query(
      sql::kInsertResponse,
      {org_id, round_id, r.respondent, Nullable(r.member_id), Text(domain::ToString(r.membership)),
       r.item_ref, r.rating ? Value{std::int64_t{*r.rating}} : Value{nullptr}, r.evidence, now});
}

std::vector<ResponseRecord> Store::ListResponses(Id org_id, Id round_id) {
  return All<ResponseRecord>(db_->Query(sql::kListResponses, {org_id, round_id}), ToResponse);
}

std::vector<ResponseRecord> Store::ListResponsesOf(Id org_id, Id round_id,
                                                   const std::string& respondent) {
  return All<ResponseRecord>(db_->Query(sql::kListResponsesOf, {org_id, round_id, respondent}),
                             ToResponse);
}

std::vector<CompletionRecord> Store::ListCompletion(Id org_id, Id round_id) {
  return All<CompletionRecord>(db_->Query(sql::kListCompletion, {org_id, round_id}),
                               [](const Row& row) {
                                 return CompletionRecord{ToMember(row), row.i32(7)};
                               });
}

// Frozen item means

void Store::InsertItemMeans(Id org_id, Id round_id, const ItemMeans& means) {
  for (const auto& [item, mean] : means) {
    db_->Query(sql::kInsertItemMean,
               {org_id, round_id, item, mean ? Value{*mean} : Value{nullptr}});
  }
}

std::optional<ItemMeans> Store::PreviousRoundMeans(const domain::Round& round) {
  const Rows previous = db_->Query(sql::kFindPreviousRound,
                                   {round.org_id, round.framework_ref, round.closed_on, round.id});
  if (previous.empty()) return std::nullopt;
  return All<std::pair<std::string, std::optional<double>>>(
      db_->Query(sql::kListItemMeans, {round.org_id, previous[0].i64(0)}), [](const Row& row) {
        return std::pair{row.text(0), row.null(1) ? std::nullopt : std::optional(row.f64(1))};
      });
}

ItemMeans Store::PeerMeans(const domain::Round& round) {
  return All<std::pair<std::string, std::optional<double>>>(
      db_->Query(sql::kPeerMeans, {round.framework_ref, round.closed_on, round.org_id}),
      [](const Row& row) {
        return std::pair{row.text(0), std::optional(row.f64(1))};
      });
}

void Store::BumpResultsEpoch(const std::string& framework_ref) {
  db_->Query(sql::kBumpResultsEpoch, {framework_ref});
}

}  // namespace boardlens::storage
