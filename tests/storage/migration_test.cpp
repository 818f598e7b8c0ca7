// Migrations on a database that holds data: a board set up under the first schema carries on
// working under the latest, on both engines.

#include <gtest/gtest.h>

#include "boardlens/app/application.hpp"
#include "boardlens/base/error.hpp"
#include "boardlens/base/secrets.hpp"
#include "boardlens/db/migrations.hpp"
#include "boardlens/features/accounts/accounts.hpp"
#include "boardlens/features/actions/actions.hpp"
#include "boardlens/features/orgs/board.hpp"
#include "boardlens/features/orgs/organisations.hpp"
#include "boardlens/features/portfolio/portfolio.hpp"
#include "boardlens/features/risks/risk_register.hpp"
#include "boardlens/features/services/service_register.hpp"
#include "support/test_database.hpp"

namespace boardlens {
namespace {

constexpr const char* kPassword = "correct horse battery";

class MigrationTest : public ::testing::TestWithParam<std::string> {};

/// 200 characters, as risk text could be, in 400 bytes.
std::string LongName() {
  std::string name;
  for (int i = 0; i < 200; ++i) name += "\xc3\xa9";  // é
  return name;
}

/// Trust A (RAA) with one executive, Omar Owner, written as any schema since the first has
/// them: the organisation's id and the member's.
std::pair<std::int64_t, std::int64_t> TrustWithAnOwner(db::Database& db, std::int64_t now) {
  const std::int64_t org = db.Query(
                                 "INSERT INTO organisations (ods_code, name, kind, parent_id, "
                                 "created_at) VALUES ('RAA', 'Trust A', 'trust', NULL, $1) "
                                 "RETURNING id",
                                 {now})
                               .at(0)
                               .i64("id");
  const std::int64_t owner =
      db.Query(
            "INSERT INTO members (org_id, name, email, job_title, membership, voting) VALUES "
            "($1, 'Omar Owner', 'omar@raa.example', 'CDIO', 'executive', 1) RETURNING id",
            {org})
          .at(0)
          .i64("id");
  return {org, owner};
}

TEST_P(MigrationTest, DataStoredUnderTheFirstSchemaWorksUnderTheLatest) {
  testing::TestDatabase database(GetParam());
  if (!database.Available()) GTEST_SKIP() << "BOARDLENS_TEST_POSTGRES is not set";
  ManualClock clock(SystemClock().Now());
  const std::int64_t now = clock.Now();
  const std::string token = RandomToken();
  {
    const auto db = db::OpenDatabase(database.url());
    ASSERT_EQ(db::Migrate(*db, now, 1), 1);
    // What a board looked like then, written as the first schema has it.
    const std::int64_t org =
        db->Query(
              "INSERT INTO organisations (ods_code, name, kind, parent_id, created_at) "
              "VALUES ('RAA', 'Trust A', 'trust', NULL, $1) RETURNING id",
              {now})
            .at(0)
            .i64("id");
    const std::int64_t account =
        db->Query(
              "INSERT INTO accounts (email, name, password_hash, platform_admin, created_at) "
              "VALUES ('sec@raa.example', 'Sam Secretary', $1, 0, $2) RETURNING id",
              {HashPassword(kPassword), now})
            .at(0)
            .i64("id");
    db->Query("INSERT INTO roles (org_id, account_id, role) VALUES ($1, $2, 'secretary')",
              {org, account});
    db->Query(
        "INSERT INTO sessions (token_hash, account_id, kind, name, csrf_token, created_at, "
        "expires_at) VALUES ($1, $2, 'session', 'browser', 'csrf', $3, $4)",
        {TokenHash(token), account, now, now + kSecondsPerHour});
    db->Query(
        "INSERT INTO members (org_id, name, email, job_title, membership, voting) "
        "VALUES ($1, 'Nia Newcomer', 'nia@raa.example', 'Chair', 'non-executive', 1)",
        {org});
  }

  app::Application app(clock);
  Scope& scope = app.Open(database.url());  // applies the rest
  EXPECT_EQ(db::Migrate(scope.Get<db::Database>(), now), 0);
  auto& accounts = scope.Get<accounts::Accounts>();
  const auto caller = accounts.Authenticate(token);
  ASSERT_TRUE(caller) << "a session from before the idle limit existed still works";
  EXPECT_EQ(caller->name, "Sam Secretary");
  EXPECT_NO_THROW(accounts.Login("sec@raa.example", kPassword, "10.0.0.1"));
  EXPECT_EQ(scope.Get<orgs::Organisations>().Require(*caller, "RAA", Role::kSecretary).org.name,
            "Trust A");
  auto& board = scope.Get<orgs::Board>();
  const auto members = board.ListMembers(*caller, "RAA");
  ASSERT_EQ(members.size(), 1U);
  EXPECT_EQ(members[0].membership, orgs::Membership::kNonExecutive);
  // Invitations came with a later migration; old members can be invited.
  const auto invitation = board.InviteMember(*caller, "RAA", members[0].id);
  EXPECT_EQ(board.FindInvitation(invitation.token).email, "nia@raa.example");
}

TEST_P(MigrationTest, ProposalsThatRisksNamedInTextBecomeProposedPortfolioItems) {
  testing::TestDatabase database(GetParam());
  if (!database.Available()) GTEST_SKIP() << "BOARDLENS_TEST_POSTGRES is not set";
  ManualClock clock(SystemClock().Now());
  const std::int64_t now = clock.Now();
  {
    const auto db = db::OpenDatabase(database.url());
    ASSERT_EQ(db::Migrate(*db, now, 15), 15);
    const auto [org, owner] = TrustWithAnOwner(*db, now);
    db->Query(
        "INSERT INTO portfolio_items (org_id, kind, name, description, created_at, updated_at) "
        "VALUES ($1, 'programme', 'Shared care record', '', $2, $2)",
        {org, now});
    // Two risks name one new proposal; one names a programme already in the portfolio.
    for (const auto& [title, proposal] : std::vector<std::pair<std::string, std::string>>{
             {"Old viewer", "Results in the record"},
             {"Paper results", "Results in the record"},
             {"No shared record", "Shared care record"},
             {"Plain risk", ""},
             {"Long name", LongName()}}) {
      db->Query(
          "INSERT INTO risks (org_id, title, objective, cause, effect, owner_member_id, "
          "committee, category, inherent_likelihood, inherent_consequence, current_likelihood, "
          "current_consequence, target_likelihood, target_consequence, controls, control_gaps, "
          "assurance_first, assurance_second, assurance_third, assurance_gaps, review_on, "
          "blocks_proposal, created_at, updated_at) VALUES ($1, $2, 'Safe care', '', '', $3, "
          "'', 'delivery', 4, 4, 3, 4, 1, 3, '', '', '', '', '', '', '2099-01-01', $4, $5, $5)",
          {org, title, owner, proposal, now});
    }
  }
  app::Application app(clock);
  Scope& scope = app.Open(database.url());
  const Caller op = Caller::Operator();
  std::map<std::string, std::string> blocks;
  for (const auto& risk : scope.Get<risks::RiskRegister>().List(op, "RAA")) {
    blocks[risk.what.title] = risk.blocks_item_name;
  }
  EXPECT_EQ(blocks, (std::map<std::string, std::string>{{"Old viewer", "Results in the record"},
                                                        {"Paper results", "Results in the record"},
                                                        {"No shared record", "Shared care record"},
                                                        {"Plain risk", ""},
                                                        {"Long name", LongName()}}));
  std::map<std::string, portfolio::Stage> stages;
  for (const auto& item : scope.Get<portfolio::Portfolio>().List(op, "RAA")) {
    stages[item.what.name] = item.what.stage;
  }
  EXPECT_EQ(stages, (std::map<std::string, portfolio::Stage>{
                        {"Results in the record", portfolio::Stage::kProposed},
                        {"Shared care record", portfolio::Stage::kInDelivery},
                        {LongName(), portfolio::Stage::kProposed}}));
  // A proposal made from a long name can be approved: names are limited in characters.
  auto& items = scope.Get<portfolio::Portfolio>();
  for (const auto& item : items.List(op, "RAA")) {
    if (item.what.name != LongName()) continue;
    portfolio::ItemInput approved = item.what;
    approved.stage = portfolio::Stage::kInDelivery;
    EXPECT_NO_THROW(items.Update(op, "RAA", item.id, approved));
  }
  // The database itself keeps a risk to its own organisation's portfolio, on both engines.
  auto& db = scope.Get<db::Database>();
  const std::int64_t other = db.Query(
                                   "INSERT INTO organisations (ods_code, name, kind, parent_id, "
                                   "created_at) VALUES ('RBB', 'Trust B', 'trust', NULL, $1) "
                                   "RETURNING id",
                                   {now})
                                 .at(0)
                                 .i64("id");
  const std::int64_t theirs =
      db.Query(
            "INSERT INTO portfolio_items (org_id, kind, name, description, created_at, "
            "updated_at) VALUES ($1, 'project', 'Their plan', '', $2, $2) RETURNING id",
            {other, now})
          .at(0)
          .i64("id");
  EXPECT_ANY_THROW(
      db.Query("UPDATE risks SET blocks_item_id = $1 WHERE title = 'Plain risk'", {theirs}));
}

TEST_P(MigrationTest, RiskActionsJoinTheActionLogAndServicesSayWhoUsesThem) {
  testing::TestDatabase database(GetParam());
  if (!database.Available()) GTEST_SKIP() << "BOARDLENS_TEST_POSTGRES is not set";
  ManualClock clock(SystemClock().Now());
  const std::int64_t now = clock.Now();
  {
    const auto db = db::OpenDatabase(database.url());
    ASSERT_GT(db::Migrate(*db, now, 19), 0);
    const auto [org, owner] = TrustWithAnOwner(*db, now);
    const std::int64_t risk =
        db->Query(
              "INSERT INTO risks (org_id, title, objective, cause, effect, owner_member_id, "
              "committee, category, inherent_likelihood, inherent_consequence, "
              "current_likelihood, current_consequence, target_likelihood, target_consequence, "
              "controls, control_gaps, assurance_first, assurance_second, assurance_third, "
              "assurance_gaps, review_on, created_at, updated_at) VALUES ($1, 'Ransomware', "
              "'Safe care', '', '', $2, '', 'cyber_security', 4, 4, 3, 4, 1, 3, '', '', '', '', "
              "'', '', '2099-01-01', $3, $3) RETURNING id",
              {org, owner, now})
            .at(0)
            .i64("id");
    for (const auto& [title, status] : std::vector<std::pair<std::string, std::string>>{
             {"Offline backups", "done"}, {"Phishing drill", "open"}}) {
      db->Query(
          "INSERT INTO risk_actions (org_id, risk_id, title, owner_member_id, due_on, status, "
          "updated_at) VALUES ($1, $2, $3, $4, '2027-01-31', $5, $6)",
          {org, risk, title, owner, status, now});
    }
    db->Query(
        "INSERT INTO actions (org_id, title, detail, owner_member_id, due_on, status, progress, "
        "source_kind, created_at, updated_at) VALUES ($1, 'Digital inclusion plan', '', $2, "
        "'2027-03-31', 'open', '', 'none', $3, $3)",
        {org, owner, now});
    // Services described in words before the register asked who uses them (migration 021).
    for (const auto& [name, users] : std::vector<std::pair<std::string, std::string>>{
             {"Rota", "All staff and their managers"},
             {"Portal", "Patients and carers"},
             {"Video clinic", "Outpatients and their clinicians"},
             {"Intranet", ""}}) {
      db->Query(
          "INSERT INTO services (org_id, name, purpose, owner_member_id, user_groups, stage, "
          "supplier, created_at, updated_at) VALUES ($1, $2, '', $3, $4, 'live', '', $5, $5)",
          {org, name, owner, users, now});
    }
  }
  app::Application app(clock);
  Scope& scope = app.Open(database.url());
  const Caller op = Caller::Operator();
  std::map<std::string, std::string> kinds;
  for (const auto& a : scope.Get<actions::Actions>().List(op, "RAA")) {
    kinds[a.what.title] = std::string(actions::ToString(a.source.kind)) + " " +
                          std::string(actions::ToString(a.what.status));
  }
  EXPECT_EQ(kinds, (std::map<std::string, std::string>{{"Digital inclusion plan", "none open"},
                                                       {"Offline backups", "risk done"},
                                                       {"Phishing drill", "risk open"}}));
  const auto risks = scope.Get<risks::RiskRegister>().List(op, "RAA");
  ASSERT_EQ(risks.size(), 1U);
  ASSERT_EQ(risks[0].actions.size(), 2U);
  EXPECT_EQ(risks[0].actions[0].owner_name, "Omar Owner");
  std::map<std::string, services::Audience> audiences;
  for (const auto& s : scope.Get<services::ServiceRegister>().List(op, "RAA")) {
    audiences[s.what.name] = s.what.audience;
  }
  EXPECT_EQ(audiences, (std::map<std::string, services::Audience>{
                           {"Intranet", services::Audience::kBoth},
                           {"Portal", services::Audience::kPatients},
                           {"Rota", services::Audience::kStaff},
                           {"Video clinic", services::Audience::kBoth}}));
}

INSTANTIATE_TEST_SUITE_P(Databases, MigrationTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& test) { return test.param; });

}  // namespace
}  // namespace boardlens
