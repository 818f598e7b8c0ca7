#pragma once
/// Every SQL statement boardlens runs, by name. Portable between SQLite (3.35+) and
/// PostgreSQL: $n placeholders, RETURNING, ON CONFLICT, integers for booleans and times.

#include <string_view>

namespace boardlens::storage::sql {

inline constexpr std::string_view kPing = "SELECT 1";

// Migrations
inline constexpr std::string_view kCreateMigrationsTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT "
    "NULL, applied_at BIGINT NOT NULL)";
inline constexpr std::string_view kMigrationApplied =
    "SELECT 1 FROM schema_migrations WHERE version = $1";
inline constexpr std::string_view kRecordMigration =
    "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)";
/// Serialises concurrent `migrate` runs on PostgreSQL (SQLite's BEGIN IMMEDIATE already does).
inline constexpr std::string_view kPostgresMigrationLock = "SELECT pg_advisory_xact_lock(4242001)";

// Organisations
inline constexpr std::string_view kInsertOrganisation =
    "INSERT INTO organisations (ods_code, name, kind, parent_id, created_at) "
    "VALUES ($1, $2, $3, $4, $5) RETURNING id";
// Organisation columns with the parent's ODS code, shared by the queries that read them.
#define BOARDLENS_ORGANISATION_COLUMNS "o.id, o.ods_code, o.name, o.kind, o.parent_id, p.ods_code"
#define BOARDLENS_ORGANISATION_SELECT      \
  "SELECT " BOARDLENS_ORGANISATION_COLUMNS \
  " FROM organisations o LEFT JOIN organisations p ON p.id = o.parent_id "
inline constexpr std::string_view kFindOrganisation =
    BOARDLENS_ORGANISATION_SELECT "WHERE o.id = $1";
inline constexpr std::string_view kFindOrganisationByOds =
    BOARDLENS_ORGANISATION_SELECT "WHERE o.ods_code = $1";
inline constexpr std::string_view kListOrganisations =
    BOARDLENS_ORGANISATION_SELECT "ORDER BY o.ods_code";
/// The organisation and the account's role in it (NULL when it has none), in one round trip:
/// every organisation-scoped request starts with it.
inline constexpr std::string_view kFindOrganisationAndRole =
    "SELECT " BOARDLENS_ORGANISATION_COLUMNS
    ", r.role FROM organisations o "
    "LEFT JOIN organisations p ON p.id = o.parent_id "
    "LEFT JOIN roles r ON r.org_id = o.id AND r.account_id = $2 WHERE o.ods_code = $1";

// Accounts, roles, sessions
inline constexpr std::string_view kInsertAccount =
    "INSERT INTO accounts (email, name, password_hash, platform_admin, created_at) "
    "VALUES ($1, $2, $3, $4, $5) RETURNING id";
inline constexpr std::string_view kFindAccountByEmail =
    "SELECT id, email, name, password_hash, platform_admin FROM accounts WHERE email = $1";
inline constexpr std::string_view kSetRole =
    "INSERT INTO roles (org_id, account_id, role) VALUES ($1, $2, $3) "
    "ON CONFLICT (org_id, account_id) DO UPDATE SET role = excluded.role";
inline constexpr std::string_view kListRolesOf =
    "SELECT " BOARDLENS_ORGANISATION_COLUMNS
    ", r.role FROM roles r "
    "JOIN organisations o ON o.id = r.org_id "
    "LEFT JOIN organisations p ON p.id = o.parent_id WHERE r.account_id = $1 ORDER BY o.name";
#undef BOARDLENS_ORGANISATION_SELECT
#undef BOARDLENS_ORGANISATION_COLUMNS
inline constexpr std::string_view kInsertSession =
    "INSERT INTO sessions (token_hash, account_id, kind, name, csrf_token, created_at, "
    "expires_at, last_seen_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $6)";
/// The live session or token and its account, in one round trip: every request starts with it.
/// A browser session also ends when it has not been used since $3.
inline constexpr std::string_view kFindSession =
    "SELECT s.account_id, s.kind, s.csrf_token, s.expires_at, s.last_seen_at, a.id, a.email, "
    "a.name, a.password_hash, a.platform_admin FROM sessions s "
    "JOIN accounts a ON a.id = s.account_id WHERE s.token_hash = $1 AND s.expires_at > $2 "
    "AND (s.kind = 'api' OR s.last_seen_at > $3)";
inline constexpr std::string_view kTouchSession =
    "UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1";
inline constexpr std::string_view kDeleteSession = "DELETE FROM sessions WHERE token_hash = $1";
inline constexpr std::string_view kDeleteOtherBrowserSessions =
    "DELETE FROM sessions WHERE account_id = $1 AND kind = 'session' AND token_hash <> $2";
inline constexpr std::string_view kDeleteSessionsOf = "DELETE FROM sessions WHERE account_id = $1";
/// An account's API tokens go by the first 16 characters of their hash: enough to tell them
/// apart, and no use for signing in.
inline constexpr std::string_view kListApiTokens =
    "SELECT substr(token_hash, 1, 16), name, created_at, expires_at FROM sessions "
    "WHERE account_id = $1 AND kind = 'api' AND expires_at > $2 "
    "ORDER BY created_at, name, token_hash";
inline constexpr std::string_view kDeleteApiToken =
    "DELETE FROM sessions WHERE account_id = $1 AND kind = 'api' "
    "AND substr(token_hash, 1, 16) = $2 RETURNING token_hash";
inline constexpr std::string_view kSetPasswordHash =
    "UPDATE accounts SET password_hash = $2 WHERE id = $1";
inline constexpr std::string_view kCountLoginFailures =
    "SELECT (SELECT COUNT(*) FROM login_failures WHERE email = $1 AND at >= $3), "
    "(SELECT COUNT(*) FROM login_failures WHERE source = $2 AND at >= $3)";
inline constexpr std::string_view kRecordLoginFailure =
    "INSERT INTO login_failures (email, source, at) VALUES ($1, $2, $3)";
inline constexpr std::string_view kForgetLoginFailuresBefore =
    "DELETE FROM login_failures WHERE at < $1";
inline constexpr std::string_view kDeleteExpiredSessions =
    "DELETE FROM sessions WHERE expires_at <= $1";
inline constexpr std::string_view kClearLoginFailures =
    "DELETE FROM login_failures WHERE email = $1";

// Invitations
inline constexpr std::string_view kInsertInvitation =
    "INSERT INTO invitations (token_hash, org_id, member_id, created_by, created_at, expires_at) "
    "VALUES ($1, $2, $3, $4, $5, $6)";
inline constexpr std::string_view kDeleteInvitationsOf =
    "DELETE FROM invitations WHERE org_id = $1 AND member_id = $2";
inline constexpr std::string_view kFindInvitation =
    "SELECT org_id, member_id, created_by, expires_at FROM invitations WHERE token_hash = $1 AND "
    "expires_at > $2";
inline constexpr std::string_view kDeleteExpiredInvitations =
    "DELETE FROM invitations WHERE expires_at <= $1";
/// For each board member: their account's role here (NULL if none) and when their live
/// invitation link ends (NULL if none).
inline constexpr std::string_view kListMemberAccess =
    "SELECT m.id, r.role, (SELECT MAX(i.expires_at) FROM invitations i WHERE i.org_id = m.org_id "
    "AND i.member_id = m.id AND i.expires_at > $2) FROM members m "
    "LEFT JOIN accounts a ON a.email = m.email "
    "LEFT JOIN roles r ON r.org_id = m.org_id AND r.account_id = a.id WHERE m.org_id = $1";

// Frameworks
inline constexpr std::string_view kInsertFramework =
    "INSERT INTO frameworks (ref, version_major, version_minor, version_patch, owner_org_id, "
    "title, source, description, loaded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) "
    "RETURNING id";
inline constexpr std::string_view kInsertFrameworkItem =
    "INSERT INTO framework_items (framework_id, position, ref, title, question, level_1, "
    "level_2, level_3, level_4, level_5) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)";
inline constexpr std::string_view kFindFramework =
    "SELECT id, ref, version_major, version_minor, version_patch, owner_org_id, title, source, "
    "description FROM frameworks WHERE id = $1";
inline constexpr std::string_view kFindLatestFramework =
    "SELECT id, ref, version_major, version_minor, version_patch, owner_org_id, title, source, "
    "description FROM frameworks WHERE ref = $1 "
    "ORDER BY version_major DESC, version_minor DESC, version_patch DESC LIMIT 1";
inline constexpr std::string_view kListLatestFrameworks =
    "SELECT f.id FROM frameworks f WHERE (f.owner_org_id IS NULL OR f.owner_org_id = $1) "
    "AND NOT EXISTS (SELECT 1 FROM frameworks g WHERE g.ref = f.ref AND (g.version_major, "
    "g.version_minor, g.version_patch) > (f.version_major, f.version_minor, f.version_patch)) "
    "ORDER BY f.owner_org_id IS NOT NULL, f.ref";
inline constexpr std::string_view kListFrameworkItems =
    "SELECT ref, title, question, level_1, level_2, level_3, level_4, level_5 "
    "FROM framework_items WHERE framework_id = $1 ORDER BY position";

// Board members
inline constexpr std::string_view kInsertMember =
    "INSERT INTO members (org_id, name, email, job_title, membership, voting) "
    "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id";
inline constexpr std::string_view kUpdateMember =
    "UPDATE members SET name = $3, email = $4, job_title = $5, membership = $6, voting = $7 "
    "WHERE org_id = $1 AND id = $2";
inline constexpr std::string_view kFindMember =
    "SELECT id, org_id, name, email, job_title, membership, voting FROM members "
    "WHERE org_id = $1 AND id = $2";
inline constexpr std::string_view kFindMemberByEmail =
    "SELECT id, org_id, name, email, job_title, membership, voting FROM members "
    "WHERE org_id = $1 AND email = $2";
inline constexpr std::string_view kMemberHasAnswered =
    "SELECT 1 FROM responses WHERE org_id = $1 AND member_id = $2 LIMIT 1";
/// A member's answers in rounds not yet closed follow a change of membership; closed rounds
/// keep the membership they were given under.
inline constexpr std::string_view kUpdateOpenResponsesMembership =
    "UPDATE responses SET membership = $3 WHERE org_id = $1 AND member_id = $2 AND round_id IN "
    "(SELECT id FROM rounds WHERE org_id = $1 AND status <> 'closed')";
inline constexpr std::string_view kListMembers =
    "SELECT id, org_id, name, email, job_title, membership, voting FROM members "
    "WHERE org_id = $1 ORDER BY membership, name";

// Rounds and answers
inline constexpr std::string_view kInsertRound =
    "INSERT INTO rounds (org_id, framework_id, framework_ref, title, status, closed_on, "
    "imported, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id";
inline constexpr std::string_view kFindRound =
    "SELECT id, org_id, framework_id, framework_ref, title, status, closed_on, imported "
    "FROM rounds WHERE org_id = $1 AND id = $2";
/// The round with its framework's results epoch, which says whether cached results are stale.
inline constexpr std::string_view kFindRoundAndEpoch =
    "SELECT r.id, r.org_id, r.framework_id, r.framework_ref, r.title, r.status, r.closed_on, "
    "r.imported, COALESCE(e.epoch, 0) FROM rounds r "
    "LEFT JOIN results_epochs e ON e.framework_ref = r.framework_ref "
    "WHERE r.org_id = $1 AND r.id = $2";
inline constexpr std::string_view kFindRoundAnyOrg =
    "SELECT id, org_id, framework_id, framework_ref, title, status, closed_on, imported "
    "FROM rounds WHERE id = $1";
inline constexpr std::string_view kListRounds =
    "SELECT id, org_id, framework_id, framework_ref, title, status, closed_on, imported "
    "FROM rounds WHERE org_id = $1 ORDER BY id DESC";
inline constexpr std::string_view kUpdateRoundStatus =
    "UPDATE rounds SET status = $3, closed_on = $4 WHERE org_id = $1 AND id = $2";
/// Locks an open round's row for the rest of the transaction, so that answers and closing
/// are serialised on PostgreSQL too; no row means the round is not open (any more).
inline constexpr std::string_view kLockOpenRound =
    "UPDATE rounds SET status = status WHERE org_id = $1 AND id = $2 AND status = 'open' "
    "RETURNING id";
inline constexpr std::string_view kUpsertResponse =
    "INSERT INTO responses (org_id, round_id, respondent, member_id, membership, item_ref, "
    "rating, evidence, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) "
    "ON CONFLICT (org_id, round_id, respondent, item_ref) DO UPDATE SET "
    "membership = excluded.membership, rating = excluded.rating, "
    "evidence = excluded.evidence, updated_at = excluded.updated_at";
inline constexpr std::string_view kInsertResponse =
    "INSERT INTO responses (org_id, round_id, respondent, member_id, membership, item_ref, "
    "rating, evidence, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)";
inline constexpr std::string_view kListResponses =
    "SELECT respondent, member_id, membership, item_ref, rating, evidence FROM responses "
    "WHERE org_id = $1 AND round_id = $2 ORDER BY respondent, item_ref";
inline constexpr std::string_view kListResponsesOf =
    "SELECT respondent, member_id, membership, item_ref, rating, evidence FROM responses "
    "WHERE org_id = $1 AND round_id = $2 AND respondent = $3 ORDER BY item_ref";
inline constexpr std::string_view kListCompletion =
    "SELECT m.id, m.org_id, m.name, m.email, m.job_title, m.membership, m.voting, "
    "(SELECT COUNT(*) FROM responses r WHERE r.org_id = m.org_id AND r.round_id = $2 "
    "AND r.member_id = m.id) FROM members m WHERE m.org_id = $1 ORDER BY m.membership, m.name";

// Frozen item means
inline constexpr std::string_view kInsertItemMean =
    "INSERT INTO round_item_means (org_id, round_id, item_ref, mean) VALUES ($1, $2, $3, $4)";
inline constexpr std::string_view kFindPreviousRound =
    "SELECT id FROM rounds WHERE org_id = $1 AND framework_ref = $2 AND status = 'closed' "
    "AND (closed_on < $3 OR (closed_on = $3 AND id < $4)) "
    "ORDER BY closed_on DESC, id DESC LIMIT 1";
inline constexpr std::string_view kListItemMeans =
    "SELECT item_ref, mean FROM round_item_means WHERE org_id = $1 AND round_id = $2";
/// For every other organisation with a closed round of the framework: the item means of its
/// latest round closed on or before the given date (ties broken by the later id).
inline constexpr std::string_view kPeerMeans =
    "SELECT m.item_ref, m.mean FROM round_item_means m WHERE m.mean IS NOT NULL AND m.round_id IN "
    "(SELECT (SELECT r.id FROM rounds r WHERE r.org_id = p.org_id AND r.framework_ref = $1 "
    "AND r.status = 'closed' AND r.closed_on <= $2 ORDER BY r.closed_on DESC, r.id DESC LIMIT 1) "
    "FROM (SELECT DISTINCT org_id FROM rounds WHERE framework_ref = $1 AND status = 'closed' "
    "AND org_id <> $3) p)";
inline constexpr std::string_view kBumpResultsEpoch =
    "INSERT INTO results_epochs (framework_ref, epoch) VALUES ($1, 1) "
    "ON CONFLICT (framework_ref) DO UPDATE SET epoch = results_epochs.epoch + 1";

}  // namespace boardlens::storage::sql
