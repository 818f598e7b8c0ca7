#include "boardlens/features/orgs/repository.hpp"

namespace boardlens::orgs {
namespace {

using db::Row;

constexpr std::string_view kInsertOrganisation =
    "INSERT INTO organisations (ods_code, name, kind, parent_id, created_at) "
    "VALUES ($1, $2, $3, $4, $5) RETURNING id";
// Organisation columns with the parent's ODS code, shared by the queries that read them.
#define BOARDLENS_ORGANISATION_COLUMNS \
  "o.id, o.ods_code, o.name, o.kind, o.parent_id, p.ods_code AS parent_ods"
#define BOARDLENS_ORGANISATION_SELECT      \
  "SELECT " BOARDLENS_ORGANISATION_COLUMNS \
  " FROM organisations o LEFT JOIN organisations p ON p.id = o.parent_id "
constexpr std::string_view kFindOrganisation = BOARDLENS_ORGANISATION_SELECT "WHERE o.id = $1";
constexpr std::string_view kFindOrganisationByOds =
    BOARDLENS_ORGANISATION_SELECT "WHERE o.ods_code = $1";
constexpr std::string_view kListOrganisations = BOARDLENS_ORGANISATION_SELECT "ORDER BY o.ods_code";
/// The organisation and the account's role in it (NULL when it has none), in one round trip:
/// every organisation-scoped request starts with it.
constexpr std::string_view kFindOrganisationAndRole =
    "SELECT " BOARDLENS_ORGANISATION_COLUMNS
    ", r.role FROM organisations o "
    "LEFT JOIN organisations p ON p.id = o.parent_id "
    "LEFT JOIN roles r ON r.org_id = o.id AND r.account_id = $2 WHERE o.ods_code = $1";
constexpr std::string_view kListRolesOf =
    "SELECT " BOARDLENS_ORGANISATION_COLUMNS
    ", r.role FROM roles r "
    "JOIN organisations o ON o.id = r.org_id "
    "LEFT JOIN organisations p ON p.id = o.parent_id WHERE r.account_id = $1 ORDER BY o.name";
#undef BOARDLENS_ORGANISATION_SELECT
#undef BOARDLENS_ORGANISATION_COLUMNS
constexpr std::string_view kSetRole =
    "INSERT INTO roles (org_id, account_id, role) VALUES ($1, $2, $3) "
    "ON CONFLICT (org_id, account_id) DO UPDATE SET role = excluded.role";

#define BOARDLENS_MEMBER_SELECT \
  "SELECT id, org_id, name, email, job_title, membership, voting FROM members "
constexpr std::string_view kInsertMember =
    "INSERT INTO members (org_id, name, email, job_title, membership, voting) "
    "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id";
constexpr std::string_view kUpdateMember =
    "UPDATE members SET name = $3, email = $4, job_title = $5, membership = $6, voting = $7 "
    "WHERE org_id = $1 AND id = $2";
constexpr std::string_view kFindMember = BOARDLENS_MEMBER_SELECT "WHERE org_id = $1 AND id = $2";
constexpr std::string_view kFindMemberByEmail =
    BOARDLENS_MEMBER_SELECT "WHERE org_id = $1 AND email = $2";
constexpr std::string_view kListMembers =
    BOARDLENS_MEMBER_SELECT "WHERE org_id = $1 ORDER BY membership, name";
#undef BOARDLENS_MEMBER_SELECT
// The rounds feature's answers, which carry the membership they were given under.
constexpr std::string_view kMemberHasAnswered =
    "SELECT 1 AS answered FROM responses WHERE org_id = $1 AND member_id = $2 LIMIT 1";
constexpr std::string_view kUpdateOpenAnswersMembership =
    "UPDATE responses SET membership = $3 WHERE org_id = $1 AND member_id = $2 AND round_id IN "
    "(SELECT id FROM rounds WHERE org_id = $1 AND status <> 'closed')";

constexpr std::string_view kInsertInvitation =
    "INSERT INTO invitations (token_hash, org_id, member_id, email, role, created_by, created_at, "
    "expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";
constexpr std::string_view kDeleteInvitationsOf =
    "DELETE FROM invitations WHERE org_id = $1 AND member_id = $2";
constexpr std::string_view kDeleteRoleInvitationsOf =
    "DELETE FROM invitations WHERE org_id = $1 AND email = $2";
constexpr std::string_view kFindInvitation =
    "SELECT org_id, member_id, email, role, expires_at FROM invitations WHERE token_hash = $1 AND "
    "expires_at > $2";
constexpr std::string_view kDeleteExpiredInvitations =
    "DELETE FROM invitations WHERE expires_at <= $1";
/// For each board member: their account's role here (NULL if none) and when their live
/// invitation link ends (NULL if none).
constexpr std::string_view kListMemberAccess =
    "SELECT m.id, r.role, (SELECT MAX(i.expires_at) FROM invitations i WHERE i.org_id = m.org_id "
    "AND i.member_id = m.id AND i.expires_at > $2) AS invited_until FROM members m "
    "LEFT JOIN accounts a ON a.email = m.email "
    "LEFT JOIN roles r ON r.org_id = m.org_id AND r.account_id = a.id WHERE m.org_id = $1";

Organisation ToOrganisation(const Row& row) {
  return {row.i64("id"),
          row.text("ods_code"),
          row.text("name"),
          ParseOrgKind(row.text("kind")).value_or(OrgKind::kTrust),
          row.optional_i64("parent_id"),
          row.text_or_empty("parent_ods")};
}

std::optional<Role> RoleOf(const Row& row) {
  return row.null("role") ? std::nullopt : ParseRole(row.text("role"));
}

Member ToMember(const Row& row) {
  return {row.i64("id"),
          row.i64("org_id"),
          row.text("name"),
          row.text("email"),
          row.text("job_title"),
          ParseMembership(row.text("membership")).value_or(Membership::kExecutive),
          row.flag("voting")};
}

}  // namespace

Id Repository::InsertOrganisation(const Organisation& org, std::int64_t now) {
  return db_
      .Query(kInsertOrganisation, {org.ods_code, org.name, std::string(ToString(org.kind)),
                                   db::OrNull(org.parent_id), now})
      .at(0)
      .i64("id");
}

std::optional<Organisation> Repository::FindOrganisation(Id id) {
  return db::First(db_.Query(kFindOrganisation, {id}), ToOrganisation);
}

std::optional<Organisation> Repository::FindOrganisationByOds(const std::string& ods) {
  return db::First(db_.Query(kFindOrganisationByOds, {ods}), ToOrganisation);
}

std::optional<std::pair<Organisation, std::optional<Role>>> Repository::FindOrganisationAndRole(
    const std::string& ods, Id account_id) {
  return db::First(db_.Query(kFindOrganisationAndRole, {ods, account_id}), [](const Row& row) {
    return std::pair{ToOrganisation(row), RoleOf(row)};
  });
}

std::vector<Organisation> Repository::ListOrganisations() {
  return db::All(db_.Query(kListOrganisations, {}), ToOrganisation);
}

void Repository::SetRole(Id org_id, Id account_id, Role role) {
  db_.Query(kSetRole, {org_id, account_id, std::string(ToString(role))});
}

std::vector<OrgAccess> Repository::ListRolesOf(Id account_id) {
  return db::All(db_.Query(kListRolesOf, {account_id}), [](const Row& row) {
    return OrgAccess{ToOrganisation(row), RoleOf(row).value_or(Role::kViewer)};
  });
}

Id Repository::InsertMember(const Member& m) {
  return db_
      .Query(kInsertMember, {m.org_id, m.name, m.email, m.job_title,
                             std::string(ToString(m.membership)), std::int64_t{m.voting ? 1 : 0}})
      .at(0)
      .i64("id");
}

void Repository::UpdateMember(const Member& m) {
  db_.Query(kUpdateMember, {m.org_id, m.id, m.name, m.email, m.job_title,
                            std::string(ToString(m.membership)), std::int64_t{m.voting ? 1 : 0}});
}

std::optional<Member> Repository::FindMember(Id org_id, Id id) {
  return db::First(db_.Query(kFindMember, {org_id, id}), ToMember);
}

std::optional<Member> Repository::FindMemberByEmail(Id org_id, const std::string& email) {
  return db::First(db_.Query(kFindMemberByEmail, {org_id, email}), ToMember);
}

std::vector<Member> Repository::ListMembers(Id org_id) {
  return db::All(db_.Query(kListMembers, {org_id}), ToMember);
}

bool Repository::MemberHasAnswered(Id org_id, Id member_id) {
  return !db_.Query(kMemberHasAnswered, {org_id, member_id}).empty();
}

void Repository::UpdateOpenAnswersMembership(const Member& m) {
  db_.Query(kUpdateOpenAnswersMembership, {m.org_id, m.id, std::string(ToString(m.membership))});
}

void Repository::InsertInvitation(const std::string& token_hash, const StoredInvitation& inv,
                                  std::optional<Id> created_by, std::int64_t now) {
  db_.Query(kInsertInvitation,
            {token_hash, inv.org_id, db::OrNull(inv.member_id), db::OrNull(inv.email),
             db::OrNull(inv.role ? std::string(ToString(*inv.role)) : std::string()),
             db::OrNull(created_by), now, inv.expires_at});
}

void Repository::DeleteRoleInvitationsOf(Id org_id, const std::string& email) {
  db_.Query(kDeleteRoleInvitationsOf, {org_id, email});
}

void Repository::DeleteInvitationsOf(Id org_id, Id member_id) {
  db_.Query(kDeleteInvitationsOf, {org_id, member_id});
}

std::optional<StoredInvitation> Repository::FindInvitation(const std::string& token_hash,
                                                           std::int64_t now) {
  return db::First(db_.Query(kFindInvitation, {token_hash, now}), [](const Row& r) {
    return StoredInvitation{r.i64("org_id"), r.optional_i64("member_id"), r.text_or_empty("email"),
                            RoleOf(r), r.i64("expires_at")};
  });
}

void Repository::DeleteExpiredInvitations(std::int64_t now) {
  db_.Query(kDeleteExpiredInvitations, {now});
}

std::vector<MemberAccess> Repository::ListMemberAccess(Id org_id, std::int64_t now) {
  return db::All(db_.Query(kListMemberAccess, {org_id, now}), [](const Row& r) {
    return MemberAccess{r.i64("id"), RoleOf(r), r.optional_i64("invited_until")};
  });
}

}  // namespace boardlens::orgs
