// The storage suite: the use cases of every feature against SQLite and a real PostgreSQL, so
// that every repository's SQL runs on both dialects. Time is a ManualClock the tests move.

#include <gtest/gtest.h>

#include <set>
#include <tuple>

#include "boardlens/app/application.hpp"
#include "boardlens/base/embedded.hpp"
#include "boardlens/base/error.hpp"
#include "boardlens/base/error_kind_test.hpp"
#include "boardlens/base/secrets.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/db/migrations.hpp"
#include "boardlens/db/transaction.hpp"
#include "boardlens/features/accounts/accounts.hpp"
#include "boardlens/features/actions/actions.hpp"
#include "boardlens/features/frameworks/frameworks.hpp"
#include "boardlens/features/orgs/board.hpp"
#include "boardlens/features/orgs/organisations.hpp"
#include "boardlens/features/results/json.hpp"
#include "boardlens/features/results/response.hpp"
#include "boardlens/features/results/results.hpp"
#include "boardlens/features/results/trend.hpp"
#include "boardlens/features/rounds/rounds.hpp"
#include "support/store_fixture.hpp"

namespace boardlens {
namespace {

using orgs::Membership;
using testing::KindOf;
using testing::ShippedMigrations;

class StoreTest : public testing::StoreFixture {};

TEST_P(StoreTest, MigrationsAndShippedFrameworksApplyOnce) {
  // Both dialects move through the same numbered steps.
  EXPECT_EQ(ShippedMigrations("sqlite"), ShippedMigrations("postgres"));
  EXPECT_EQ(db::Migrate(Db(), clock_.Now()), 0);
  EXPECT_EQ(Frameworks().LoadShipped(), 0);
  const auto fw = Frameworks().Get(op_, "nhs-digital-boards", "");
  ASSERT_EQ(fw.framework.items.size(), 8U);
  EXPECT_EQ(fw.framework.items[0].ref, "outcomes");
  EXPECT_EQ(fw.framework.items[7].ref, "culture");
  EXPECT_FALSE(fw.framework.items[3].levels[4].empty());
}

TEST_P(StoreTest, ATransactionInsideAnotherIsASavepointOfIt) {
  const auto count = [&] {
    return Db().Query("SELECT COUNT(*) AS n FROM organisations", {}).at(0).i64("n");
  };
  const std::int64_t before = count();
  EXPECT_THROW(db::Transaction(Db(),
                               [&] {
                                 db::Transaction(Db(), [&] {
                                   Orgs().AddOrganisation(op_, "QAA", "Some ICB", "icb", "");
                                 });
                                 EXPECT_TRUE(Db().in_transaction());
                                 throw Invalid("the outer change fails");
                               }),
               Error);
  EXPECT_FALSE(Db().in_transaction());
  EXPECT_EQ(count(), before) << "the inner change went with the outer";
  db::Transaction(Db(), [&] {
    db::Transaction(Db(), [&] { Orgs().AddOrganisation(op_, "QAA", "Some ICB", "icb", ""); });
  });
  EXPECT_EQ(count(), before + 1);
  // An inner change that fails, even on an error of the database's own (which leaves a
  // PostgreSQL transaction unusable but for a savepoint), is undone alone: the outer one goes on.
  db::Transaction(Db(), [&] {
    EXPECT_ANY_THROW(db::Transaction(Db(), [&] {
      Orgs().AddOrganisation(op_, "QBB", "Inner ICB", "icb", "");
      Db().Query(
          "INSERT INTO organisations (ods_code, name, kind, parent_id, created_at) "
          "VALUES ('QBB', 'Twice', 'icb', NULL, 0)",
          {});
    }));
    Orgs().AddOrganisation(op_, "QCC", "Outer ICB", "icb", "");
  });
  EXPECT_EQ(count(), before + 2);
  EXPECT_EQ(KindOf([&] { Orgs().GetOrganisation(op_, "QBB"); }), ErrorKind::kNotFound);
  EXPECT_EQ(Orgs().GetOrganisation(op_, "QCC").name, "Outer ICB");
}

TEST_P(StoreTest, DuplicateOrganisationIsRefusedAndNothingChanges) {
  Orgs().AddOrganisation(op_, "QAA", "Some ICB", "icb", "");
  Orgs().AddOrganisation(op_, "RAA", "Some Trust", "trust", "QAA");
  EXPECT_EQ(KindOf([&] { Orgs().AddOrganisation(op_, "RAA", "Again", "trust", ""); }),
            ErrorKind::kConflict);
  EXPECT_EQ(KindOf([&] { Orgs().AddOrganisation(op_, "RBB", "Bad parent", "trust", "RAA"); }),
            ErrorKind::kInvalid);
  EXPECT_EQ(KindOf([&] { Orgs().AddOrganisation(op_, "rbb", "Lower case", "trust", ""); }),
            ErrorKind::kInvalid);
  const auto orgs = Orgs().MyOrganisations(op_);
  ASSERT_EQ(orgs.size(), 2U);
  EXPECT_EQ(Orgs().GetOrganisation(op_, "RAA").name, "Some Trust");
  EXPECT_EQ(Orgs().GetOrganisation(op_, "RAA").parent_id, orgs[0].org.id);
}

TEST_P(StoreTest, SessionsAndRateLimitedLogin) {
  Accounts().AddAccount(op_, "Ann@Example.org", "Ann", kPassword, false);
  const auto login = Accounts().Login("ann@example.org", kPassword, "10.0.0.1");
  const auto caller = Accounts().Authenticate(login.token);
  ASSERT_TRUE(caller);
  EXPECT_EQ(caller->email, "ann@example.org");
  EXPECT_EQ(caller->csrf_token, login.csrf_token);
  Accounts().Logout(login.token);
  EXPECT_FALSE(Accounts().Authenticate(login.token));

  for (int i = 0; i < Settings().accounts.login_failures_allowed; ++i) {
    EXPECT_EQ(KindOf([&] { Accounts().Login("ann@example.org", "wrong password!", "10.0.0.1"); }),
              ErrorKind::kUnauthenticated);
  }
  EXPECT_EQ(KindOf([&] { Accounts().Login("ann@example.org", kPassword, "10.0.0.1"); }),
            ErrorKind::kTooManyRequests);
  EXPECT_EQ(KindOf([&] { Accounts().Login("nobody@example.org", kPassword, "10.0.0.1"); }),
            ErrorKind::kUnauthenticated);
}

TEST_P(StoreTest, BrowserSessionsEndWhenLeftIdleButApiTokensDoNot) {
  Accounts().AddAccount(op_, "ann@example.org", "Ann", kPassword, false);
  const auto login = Accounts().Login("ann@example.org", kPassword, "10.0.0.1");
  const std::string api = Accounts().CreateApiToken(op_, "ann@example.org", "board pack").token;
  ASSERT_TRUE(Accounts().Authenticate(login.token));

  // Each use within the idle limit moves the limit on; a cached caller is no exception.
  const std::int64_t idle = Settings().accounts.session_idle_seconds;
  clock_.Advance(idle - kSecondsPerMinute);
  ASSERT_TRUE(Accounts().Authenticate(login.token));
  clock_.Advance(idle - kSecondsPerMinute);
  ASSERT_TRUE(Accounts().Authenticate(login.token));
  clock_.Advance(idle + 1);
  EXPECT_FALSE(Accounts().Authenticate(login.token));
  EXPECT_TRUE(Accounts().Authenticate(api));
}

TEST_P(StoreTest, SessionsTokensAndLockoutsEndWhenTheirTimeIsUp) {
  Accounts().AddAccount(op_, "ann@example.org", "Ann", kPassword, false);
  const auto& settings = Settings().accounts;
  const std::string api = Accounts().CreateApiToken(op_, "ann@example.org", "board pack").token;
  auto login = Accounts().Login("ann@example.org", kPassword, "10.0.0.1");
  // However busy, a browser session lasts a working day.
  for (std::int64_t used = 0; used < settings.session_seconds; used += 30 * kSecondsPerMinute) {
    ASSERT_TRUE(Accounts().Authenticate(login.token)) << used;
    clock_.Advance(30 * kSecondsPerMinute);
  }
  EXPECT_FALSE(Accounts().Authenticate(login.token));
  ASSERT_TRUE(Accounts().Authenticate(api));
  clock_.Advance(settings.api_token_seconds);
  EXPECT_FALSE(Accounts().Authenticate(api));

  // A locked email can try again once the window has passed.
  for (int i = 0; i < settings.login_failures_allowed; ++i) {
    EXPECT_EQ(KindOf([&] { Accounts().Login("ann@example.org", "wrong password!", "10.0.0.1"); }),
              ErrorKind::kUnauthenticated);
  }
  clock_.Advance(settings.login_window_seconds - 1);
  try {
    Accounts().Login("ann@example.org", kPassword, "10.0.0.1");
    ADD_FAILURE() << "still locked out";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kTooManyRequests);
    EXPECT_EQ(e.retry_after_seconds(), settings.login_window_seconds);
    EXPECT_NE(std::string(e.what()).find(DurationText(settings.login_window_seconds)),
              std::string::npos)
        << e.what();
  }
  clock_.Advance(1);
  EXPECT_NO_THROW(login = Accounts().Login("ann@example.org", kPassword, "10.0.0.1"));
}

TEST_P(StoreTest, ApiTokensAreListedAndRevokedByTheirOwnerOnly) {
  Accounts().AddAccount(op_, "ann@example.org", "Ann", kPassword, false);
  Accounts().AddAccount(op_, "bob@example.org", "Bob", kPassword, false);
  const Caller ann = As("ann@example.org");
  const Caller bob = As("bob@example.org");
  const auto pack = Accounts().CreateApiToken(ann, "ann@example.org", "board pack");
  const auto sync = Accounts().CreateApiToken(ann, "ann@example.org", "sync");
  Accounts().CreateApiToken(bob, "bob@example.org", "bob's");
  const auto login = Accounts().Login("ann@example.org", kPassword, "10.0.0.1");
  ASSERT_TRUE(Accounts().Authenticate(pack.token));  // now cached as well as stored

  // Browser sessions are not tokens; the listing never holds the token itself.
  const auto listed = Accounts().ApiTokens(ann, "ann@example.org");
  ASSERT_EQ(listed.size(), 2U);
  EXPECT_EQ(listed[0].id, pack.about.id);
  EXPECT_EQ(listed[0].name, "board pack");
  EXPECT_EQ(listed[0].expires_at, pack.about.expires_at);
  EXPECT_EQ(listed[1].id, sync.about.id);
  EXPECT_NE(listed[0].id, pack.token.substr(0, listed[0].id.size()));

  // Nobody else's, by email or by id; an operator may.
  EXPECT_EQ(KindOf([&] { Accounts().ApiTokens(bob, "ann@example.org"); }), ErrorKind::kForbidden);
  EXPECT_EQ(KindOf([&] { Accounts().RevokeApiToken(bob, "bob@example.org", pack.about.id); }),
            ErrorKind::kNotFound);
  EXPECT_EQ(Accounts().ApiTokens(op_, "ann@example.org").size(), 2U);

  Accounts().RevokeApiToken(ann, "ann@example.org", pack.about.id);
  EXPECT_FALSE(Accounts().Authenticate(pack.token));
  EXPECT_TRUE(Accounts().Authenticate(sync.token));
  EXPECT_TRUE(Accounts().Authenticate(login.token));
  ASSERT_EQ(Accounts().ApiTokens(ann, "ann@example.org").size(), 1U);
  EXPECT_EQ(KindOf([&] { Accounts().RevokeApiToken(ann, "ann@example.org", pack.about.id); }),
            ErrorKind::kNotFound);
  EXPECT_EQ(Accounts().ApiTokens(bob, "bob@example.org").size(), 1U);
}

TEST_P(StoreTest, AnInvitationLinkMakesOneAccountForOneMemberOnce) {
  MakeBoard("RA1", 1, 0);
  MakeBoard("RB1", 1, 0);
  orgs::Member newcomer;
  newcomer.name = "Nia Newcomer";
  newcomer.email = "nia@ra1.example";
  newcomer.job_title = "Non-executive Director";
  newcomer.membership = Membership::kNonExecutive;
  const auto nia = Board().AddMember(Secretary("RA1"), "RA1", newcomer);
  const auto access_of = [&](Id id) {
    for (const auto& a : Board().Access(Secretary("RA1"), "RA1")) {
      if (a.member_id == id) return a;
    }
    throw std::logic_error("no such member");
  };
  EXPECT_FALSE(access_of(nia.id).role);
  EXPECT_FALSE(access_of(nia.id).invited_until);

  // Only this organisation's secretary invites, and only its own members.
  EXPECT_EQ(KindOf([&] { Board().InviteMember(Secretary("RB1"), "RA1", nia.id); }),
            ErrorKind::kNotFound);
  EXPECT_EQ(KindOf([&] { Board().InviteMember(Secretary("RB1"), "RB1", nia.id); }),
            ErrorKind::kNotFound);
  EXPECT_EQ(KindOf([&] { Board().InviteMember(As(MemberEmail("RA1", 0)), "RA1", nia.id); }),
            ErrorKind::kForbidden);

  // A new link replaces the old one.
  const auto first = Board().InviteMember(Secretary("RA1"), "RA1", nia.id);
  ASSERT_EQ(first.outcome, orgs::Invitation::Outcome::kLinkCreated);
  const auto second = Board().InviteMember(Secretary("RA1"), "RA1", nia.id);
  EXPECT_EQ(KindOf([&] { Board().FindInvitation(first.token); }), ErrorKind::kNotFound);
  const auto target = Board().FindInvitation(second.token);
  EXPECT_EQ(target.org.ods_code, "RA1");
  EXPECT_EQ(target.email, "nia@ra1.example");
  EXPECT_EQ(access_of(nia.id).invited_until, second.expires_at);

  // A weak password is refused and nothing is made; the link still works.
  EXPECT_EQ(KindOf([&] { Board().AcceptInvitation(second.token, "too short", "10.0.0.1"); }),
            ErrorKind::kInvalid);
  EXPECT_FALSE(Accounts().FindByEmail("nia@ra1.example"));

  const auto login = Board().AcceptInvitation(second.token, kPassword, "10.0.0.1");
  const auto caller = Accounts().Authenticate(login.token);
  ASSERT_TRUE(caller);
  EXPECT_TRUE(caller->browser_session);
  EXPECT_EQ(caller->name, "Nia Newcomer");
  EXPECT_EQ(Board().MyMembership(*caller, "RA1")->id, nia.id);
  EXPECT_EQ(KindOf([&] { Orgs().Require(*caller, "RB1", Role::kViewer); }), ErrorKind::kNotFound);
  EXPECT_EQ(access_of(nia.id).role, Role::kMember);
  EXPECT_FALSE(access_of(nia.id).invited_until);
  EXPECT_NO_THROW(Accounts().Login("nia@ra1.example", kPassword, "10.0.0.1"));

  // Used up.
  EXPECT_EQ(KindOf([&] { Board().AcceptInvitation(second.token, kPassword, "10.0.0.1"); }),
            ErrorKind::kNotFound);
  EXPECT_EQ(Board().InviteMember(Secretary("RA1"), "RA1", nia.id).outcome,
            orgs::Invitation::Outcome::kAlreadyHasAccess);

  // Links stop working when their time is up.
  newcomer.name = "Lee Later";
  newcomer.email = "lee@ra1.example";
  const auto lee = Board().AddMember(Secretary("RA1"), "RA1", newcomer);
  const auto late = Board().InviteMember(Secretary("RA1"), "RA1", lee.id);
  ASSERT_NO_THROW(Board().FindInvitation(late.token));
  clock_.Advance(Settings().orgs.invitation_seconds);
  EXPECT_EQ(KindOf([&] { Board().FindInvitation(late.token); }), ErrorKind::kNotFound);
}

TEST_P(StoreTest, AnAccountThatExistsJoinsOnlyWithItsOwnPassword) {
  MakeBoard("RA1", 1, 0);
  MakeBoard("RB1", 1, 0);
  // Kai joined RA1's board through RA1's link; RB1's secretary now adds Kai too.
  const std::string kai = MemberEmail("RA1", 0);
  orgs::Member member;
  member.name = "Kai";
  member.email = kai;
  member.job_title = "Chair";
  member.membership = Membership::kNonExecutive;
  member = Board().AddMember(Secretary("RB1"), "RB1", member);

  // Only the link gives access, and only to whoever knows the account's password: a
  // secretary who puts someone's address on their board gains nothing over that account.
  const auto invitation = Board().InviteMember(Secretary("RB1"), "RB1", member.id);
  ASSERT_EQ(invitation.outcome, orgs::Invitation::Outcome::kLinkCreated);
  EXPECT_EQ(KindOf([&] { Orgs().Require(As(kai), "RB1", Role::kViewer); }), ErrorKind::kNotFound);
  EXPECT_TRUE(Board().FindInvitation(invitation.token).has_account);
  EXPECT_EQ(KindOf([&] {
              Board().AcceptInvitation(invitation.token, "a password of my own", "10.0.0.1");
            }),
            ErrorKind::kInvalid);
  EXPECT_EQ(KindOf([&] { Orgs().Require(As(kai), "RB1", Role::kViewer); }), ErrorKind::kNotFound);

  const auto login = Board().AcceptInvitation(invitation.token, kPassword, "10.0.0.1");
  EXPECT_EQ(login.account.email, *NormaliseEmail(kai));
  EXPECT_EQ(Orgs().Require(As(kai), "RB1", Role::kViewer).role, Role::kMember);
  EXPECT_EQ(Orgs().Require(As(kai), "RA1", Role::kViewer).role, Role::kMember);
  EXPECT_EQ(Board().InviteMember(Secretary("RB1"), "RB1", member.id).outcome,
            orgs::Invitation::Outcome::kAlreadyHasAccess);
}

TEST_P(StoreTest, ARoleIsOfferedAndTakenOnlyWhenAccepted) {
  MakeBoard("RA1", 1, 0);
  MakeBoard("RB1", 1, 0);
  Orgs().SetRole(op_, "RA1", Secretary("RA1").email, Role::kAdmin);
  const Caller admin = Secretary("RA1");
  // Only an admin offers a role, and nobody but the operator gives one outright.
  EXPECT_EQ(
      KindOf([&] { Board().InviteToRole(Secretary("RB1"), "RB1", "x@y.example", Role::kViewer); }),
      ErrorKind::kForbidden);
  EXPECT_EQ(KindOf([&] { Orgs().SetRole(admin, "RA1", MemberEmail("RB1", 0), Role::kViewer); }),
            ErrorKind::kForbidden);

  // Someone else's account: no role until they accept with their password.
  const std::string kai = MemberEmail("RB1", 0);
  const auto offer = Board().InviteToRole(admin, "RA1", kai, Role::kSecretary);
  EXPECT_EQ(KindOf([&] { Orgs().Require(As(kai), "RA1", Role::kViewer); }), ErrorKind::kNotFound);
  const auto target = Board().FindInvitation(offer.token);
  EXPECT_FALSE(target.member);
  EXPECT_EQ(target.role, Role::kSecretary);
  // A wrong password for the account and a weak one for a new account get the same answer,
  // so whoever holds a link does not learn whether its address has an account.
  const auto refusal = [&](const std::string& token, const std::string& password) {
    try {
      Board().AcceptInvitation(token, password, "10.0.0.1", "Some One");
    } catch (const Error& e) {
      return std::make_tuple(e.kind(), e.where(), std::string(e.what()));
    }
    return std::make_tuple(ErrorKind::kNotFound, std::string(), std::string("taken"));
  };
  const auto unknown = Board().InviteToRole(admin, "RA1", "nobody@new.example", Role::kViewer);
  EXPECT_EQ(refusal(offer.token, "not the password"), refusal(unknown.token, "short"));
  EXPECT_EQ(std::get<0>(refusal(offer.token, "not the password")), ErrorKind::kInvalid);
  Board().AcceptInvitation(offer.token, kPassword, "10.0.0.1", "Some One");
  EXPECT_EQ(Orgs().Require(As(kai), "RA1", Role::kViewer).role, Role::kSecretary);
  EXPECT_EQ(KindOf([&] { Board().FindInvitation(offer.token); }), ErrorKind::kNotFound);

  // No account: the link makes one, named by whoever accepts it.
  const auto fresh = Board().InviteToRole(admin, "RA1", "Ola@New.example", Role::kViewer);
  EXPECT_EQ(KindOf([&] { Board().AcceptInvitation(fresh.token, kPassword, "10.0.0.1", ""); }),
            ErrorKind::kInvalid);
  const auto login = Board().AcceptInvitation(fresh.token, kPassword, "10.0.0.1", "Ola New");
  EXPECT_EQ(login.account.name, "Ola New");
  EXPECT_EQ(Orgs().Require(As("ola@new.example"), "RA1", Role::kViewer).role, Role::kViewer);
}

TEST_P(StoreTest, ManyEmailsFromOneSourceAreRateLimitedToo) {
  Settings().accounts.login_failures_per_source_allowed = 3;
  Accounts().AddAccount(op_, "bea@example.org", "Bea", kPassword, false);
  for (const char* email : {"x@example.org", "y@example.org", "z@example.org"}) {
    EXPECT_EQ(KindOf([&] { Accounts().Login(email, kPassword, "192.0.2.7"); }),
              ErrorKind::kUnauthenticated);
  }
  EXPECT_EQ(KindOf([&] { Accounts().Login("bea@example.org", kPassword, "192.0.2.7"); }),
            ErrorKind::kTooManyRequests);
  EXPECT_FALSE(Accounts().Login("bea@example.org", kPassword, "192.0.2.8").token.empty());
}

TEST_P(StoreTest, FrameworkVersionsOwnersAndVisibility) {
  Orgs().AddOrganisation(op_, "RAA", "Trust A", "trust", "");
  Orgs().AddOrganisation(op_, "RBB", "Trust B", "trust", "");
  const auto yaml = [](const std::string& version, const std::string& title) {
    return "format: boardlens-framework/1\nref: raa-values\nversion: " + version +
           "\ntitle: " + title +
           "\nsource: Our own\nitems:\n  - ref: candour\n    title: Candour\n    question: Are "
           "we candid?\n    levels: {1: a, 2: b, 3: c, 4: d, 5: e}\n";
  };
  using Outcome = frameworks::FrameworkLoad::Outcome;
  EXPECT_EQ(Frameworks().Import(op_, yaml("1.0", "Values"), "v.yaml", "RAA").outcome,
            Outcome::kLoaded);
  EXPECT_EQ(Frameworks().Import(op_, yaml("1.0.0", "Values"), "v.yaml", "RAA").outcome,
            Outcome::kUnchanged);
  EXPECT_EQ(KindOf([&] { Frameworks().Import(op_, yaml("1.0.0", "Changed"), "v.yaml", "RAA"); }),
            ErrorKind::kConflict);
  EXPECT_EQ(KindOf([&] { Frameworks().Import(op_, yaml("0.9", "Values"), "v.yaml", "RAA"); }),
            ErrorKind::kConflict);
  EXPECT_EQ(KindOf([&] { Frameworks().Import(op_, yaml("2.0", "Values"), "v.yaml", "RBB"); }),
            ErrorKind::kConflict);
  EXPECT_EQ(Frameworks().Import(op_, yaml("1.1", "Values two"), "v.yaml", "RAA").outcome,
            Outcome::kLoaded);
  EXPECT_EQ(Frameworks().Get(op_, "raa-values", "RAA").framework.title, "Values two");
  EXPECT_EQ(KindOf([&] { Frameworks().Get(op_, "raa-values", "RBB"); }), ErrorKind::kNotFound);
  EXPECT_EQ(Frameworks().List(op_, "RAA").size(), 7U);
  EXPECT_EQ(Frameworks().List(op_, "RBB").size(), 6U);
}

TEST_P(StoreTest, RoundJourneyFreezesAnswersAndKeepsThemPrivate) {
  MakeBoard("RAA", 3, 3);
  const Caller sec = Secretary("RAA");
  const auto round = Rounds().CreateRound(sec, "RAA", "nhs-digital-boards", "Q1");
  const Id id = round.round.id;
  EXPECT_EQ(KindOf([&] {
              Rounds().SubmitAnswers(As(MemberEmail("RAA", 0)), "RAA", id, {{"risk", 3, "", "a"}});
            }),
            ErrorKind::kConflict);  // still a draft
  Rounds().OpenRound(sec, "RAA", id, {});
  Rounds().SubmitAnswers(As(MemberEmail("RAA", 0)), "RAA", id, {{"risk", 2, "saw the BAF", "a"}});
  Rounds().SubmitAnswers(As(MemberEmail("RAA", 0)), "RAA", id, {{"risk", 4, "changed", "a"}});
  Rounds().SubmitAnswers(As(MemberEmail("RAA", 1)), "RAA", id,
                         {{"risk", 5, "", "a"}, {"users", std::nullopt, "", "b"}});
  Rounds().SubmitAnswers(As(MemberEmail("RAA", 3)), "RAA", id, {{"risk", 1, "", "a"}});
  EXPECT_EQ(KindOf([&] {
              Rounds().SubmitAnswers(
                  As(MemberEmail("RAA", 2)), "RAA", id,
                  {{"risk", 3, "", "answers[0]"}, {"risk", 4, "", "answers[1]"}});
            }),
            ErrorKind::kInvalid);
  EXPECT_EQ(KindOf([&] {
              Rounds().SubmitAnswers(As(MemberEmail("RAA", 2)), "RAA", id, {{"nope", 3, "", "a"}});
            }),
            ErrorKind::kInvalid);
  const auto mine = Rounds().MyAnswers(As(MemberEmail("RAA", 0)), "RAA", id);
  ASSERT_EQ(mine.size(), 1U);
  EXPECT_EQ(*mine[0].rating, 4);
  EXPECT_EQ(mine[0].evidence, "changed");
  EXPECT_TRUE(Rounds().MyAnswers(sec, "RAA", id).empty());  // the secretary is no board member
  EXPECT_EQ(KindOf([&] { Rounds().Completion(As(MemberEmail("RAA", 0)), "RAA", id); }),
            ErrorKind::kForbidden);
  int answered_total = 0;
  for (const auto& row : Rounds().Completion(sec, "RAA", id)) answered_total += row.answered;
  EXPECT_EQ(answered_total, 4);

  EXPECT_EQ(KindOf([&] { Results().Of(sec, "RAA", id); }), ErrorKind::kConflict);
  Rounds().CloseRound(sec, "RAA", id, IsoDate(clock_.Now()));
  EXPECT_EQ(KindOf([&] {
              Rounds().SubmitAnswers(As(MemberEmail("RAA", 2)), "RAA", id, {{"risk", 3, "", "a"}});
            }),
            ErrorKind::kConflict);
  const auto results = Results().Of(As(MemberEmail("RAA", 4)), "RAA", id);
  const auto& risk = results->results.items.at(1);
  EXPECT_EQ(risk.item, "risk");
  EXPECT_EQ(risk.n, 3);
  EXPECT_NEAR(*risk.mean.value, 10.0 / 3.0, 1e-9);
  EXPECT_NEAR(*risk.median.value, 4.0, 1e-9);
  EXPECT_FALSE(risk.exec_mean.value);  // two executive ratings
  EXPECT_EQ(results->results.items.at(6).dont_know, 1);
  EXPECT_EQ(results->results.respondents.executive, 2);
  EXPECT_EQ(results->results.respondents.non_executive, 1);
  EXPECT_NE(results::JsonText(*results, {}).find("\"reasons\""), std::string::npos);
}

TEST_P(StoreTest, ARoundClosesOnlyWithAnswersAndNotBeforeItOpened) {
  MakeBoard("RAA", 2, 1);
  const Caller sec = Secretary("RAA");
  const std::string today = IsoDate(clock_.Now());
  const std::string yesterday = IsoDate(clock_.Now() - kSecondsPerDay);
  const Id id = Rounds().CreateRound(sec, "RAA", "nhs-digital-boards", "Q1").round.id;
  EXPECT_EQ(KindOf([&] { Rounds().OpenRound(sec, "RAA", id, yesterday); }),
            ErrorKind::kInvalid);  // a date to answer by already gone
  EXPECT_EQ(Rounds().GetRound(sec, "RAA", id).round.status, rounds::RoundStatus::kDraft);
  const std::string fortnight = IsoDate(clock_.Now() + 14 * kSecondsPerDay);
  const auto opened = Rounds().OpenRound(sec, "RAA", id, fortnight).round;
  EXPECT_EQ(opened.opened_on, today);
  EXPECT_EQ(opened.closes_by, fortnight);
  EXPECT_EQ(Rounds().SetDeadline(sec, "RAA", id, {}).round.closes_by, "");
  EXPECT_EQ(KindOf([&] { Rounds().SetDeadline(As(MemberEmail("RAA", 0)), "RAA", id, today); }),
            ErrorKind::kForbidden);

  // Nobody has answered: there is nothing to close with.
  EXPECT_EQ(KindOf([&] { Rounds().CloseRound(sec, "RAA", id, today); }), ErrorKind::kConflict);
  Rounds().SubmitAnswers(As(MemberEmail("RAA", 0)), "RAA", id, {{"risk", 3, "", "a"}});
  // Not before the day it opened, whatever the clock says.
  EXPECT_EQ(KindOf([&] { Rounds().CloseRound(sec, "RAA", id, yesterday); }), ErrorKind::kInvalid);
  EXPECT_EQ(KindOf([&] { Rounds().CloseRound(sec, "RAA", id, "2020-01-01"); }),
            ErrorKind::kInvalid);
  EXPECT_EQ(Rounds().GetRound(sec, "RAA", id).round.status, rounds::RoundStatus::kOpen);
  EXPECT_EQ(KindOf([&] { Rounds().DeleteRound(sec, "RAA", id); }), ErrorKind::kConflict);
  clock_.Advance(3 * kSecondsPerDay);
  EXPECT_EQ(Rounds().CloseRound(sec, "RAA", id, today).round.closed_on, today);
  EXPECT_EQ(KindOf([&] { Rounds().WithdrawRound(sec, "RAA", id); }), ErrorKind::kConflict);
}

TEST_P(StoreTest, AWithdrawnRoundHasNoResultsAndCanBeDeleted) {
  MakeBoard("RAA", 2, 1);
  const Caller sec = Secretary("RAA");
  const Id id = Rounds().CreateRound(sec, "RAA", "nhs-digital-boards", "Q1").round.id;
  Rounds().OpenRound(sec, "RAA", id, {});
  Rounds().SubmitAnswers(As(MemberEmail("RAA", 0)), "RAA", id, {{"risk", 3, "", "a"}});
  EXPECT_EQ(KindOf([&] { Rounds().WithdrawRound(As(MemberEmail("RAA", 0)), "RAA", id); }),
            ErrorKind::kForbidden);
  const auto withdrawn = Rounds().WithdrawRound(sec, "RAA", id).round;
  EXPECT_EQ(withdrawn.status, rounds::RoundStatus::kWithdrawn);
  EXPECT_EQ(withdrawn.withdrawn_on, IsoDate(clock_.Now()));
  EXPECT_EQ(Rounds().GetRound(sec, "RAA", id).round.status, rounds::RoundStatus::kWithdrawn);
  EXPECT_EQ(KindOf([&] {
              Rounds().SubmitAnswers(As(MemberEmail("RAA", 1)), "RAA", id, {{"risk", 3, "", "a"}});
            }),
            ErrorKind::kConflict);
  EXPECT_EQ(KindOf([&] { Rounds().CloseRound(sec, "RAA", id, {}); }), ErrorKind::kConflict);
  EXPECT_EQ(KindOf([&] { Results().Of(sec, "RAA", id); }), ErrorKind::kConflict);
  Rounds().DeleteRound(sec, "RAA", id);
  EXPECT_EQ(KindOf([&] { Rounds().GetRound(sec, "RAA", id); }), ErrorKind::kNotFound);
  EXPECT_TRUE(Rounds().ListRounds(sec, "RAA").empty());
}

TEST_P(StoreTest, ActionsHaveAnOwnerOnTheBoardAndBecomeOverdue) {
  MakeBoard("RAA", 2, 1);
  MakeBoard("RBB", 1, 0);
  const Caller sec = Secretary("RAA");
  const Id round = RunRound("RAA", 3, {2, 3}, IsoDate(clock_.Now()));
  const Id owner = Board().ListMembers(sec, "RAA").at(1).id;
  const Id outsider = Board().ListMembers(Secretary("RBB"), "RBB").at(0).id;
  const std::string next_week = IsoDate(clock_.Now() + 7 * kSecondsPerDay);

  // Every problem at once, each against its field.
  actions::ActionInput bad;
  bad.due_on = "2026-02-30";
  try {
    Actions().Record(sec, "RAA", bad, {});
    FAIL() << "an empty action was recorded";
  } catch (const Error& e) {
    std::set<std::string> fields;
    for (const auto& p : e.problems()) fields.insert(p.where);
    EXPECT_EQ(fields, (std::set<std::string>{"title", "owner", "due_on"}));
  }
  actions::ActionInput in{"Bring a digital inclusion plan", "", outsider, next_week, {}, ""};
  EXPECT_EQ(KindOf([&] { Actions().Record(sec, "RAA", in, {}); }), ErrorKind::kInvalid);
  in.owner_member_id = owner;
  EXPECT_EQ(KindOf([&] { Actions().Record(As(MemberEmail("RAA", 0)), "RAA", in, {}); }),
            ErrorKind::kForbidden);
  EXPECT_EQ(
      KindOf([&] { Actions().Record(sec, "RAA", in, actions::Source::Assessment(round, "nope")); }),
      ErrorKind::kInvalid);
  const auto action = Actions().Record(sec, "RAA", in, actions::Source::Assessment(round, "users"));
  EXPECT_EQ(action.owner_name, "Member 1");
  EXPECT_TRUE(Actions().List(Secretary("RBB"), "RBB").empty());
  EXPECT_EQ(KindOf([&] { Actions().Get(Secretary("RBB"), "RAA", action.id); }),
            ErrorKind::kNotFound);

  const auto said = Actions().FromRounds(As(MemberEmail("RAA", 2)), "RAA", {round});
  ASSERT_EQ(said.size(), 1U);
  EXPECT_EQ(said[0].source.ref, "users");
  EXPECT_FALSE(actions::IsOverdue(said[0], Actions().Today()));
  clock_.Advance(8 * kSecondsPerDay);
  EXPECT_TRUE(actions::IsOverdue(Actions().Get(sec, "RAA", action.id), Actions().Today()));

  // A late action can still be updated (its date is not new), and a done one is not overdue.
  in.status = actions::ActionStatus::kDone;
  in.progress = "Approved at the January board";
  const auto done = Actions().Update(sec, "RAA", action.id, in);
  EXPECT_FALSE(actions::IsOverdue(done, Actions().Today()));
  EXPECT_EQ(Actions().Get(sec, "RAA", action.id).what.progress, "Approved at the January board");
  EXPECT_EQ(Actions().Get(sec, "RAA", action.id).updated_at, clock_.Now());
}

TEST_P(StoreTest, TheTrendFollowsEachItemAcrossClosedRoundsInClosingOrder) {
  MakeBoard("RAA", 3, 1);
  MakeBoard("RBB", 3, 0);
  auto& trends = scope_->Get<results::Trends>();
  EXPECT_TRUE(trends.Of(Secretary("RAA"), "RAA", "nhs-digital-boards").rounds.empty());
  RunRound("RAA", 4, {4}, "2026-06-30");
  RunRound("RAA", 2, {5}, "2026-03-31");  // made later, closed earlier; two ratings: suppressed
  RunRound("RAA", 3, {2, 3}, "2026-09-30");
  RunRound("RBB", 3, {1}, "2026-08-31");  // another organisation's round is no part of it
  const auto trend = trends.Of(As(MemberEmail("RAA", 3)), "RAA", "nhs-digital-boards");
  ASSERT_EQ(trend.rounds.size(), 3U);
  EXPECT_EQ(trend.rounds[0].closed_on, "2026-03-31");
  EXPECT_EQ(trend.rounds[2].closed_on, "2026-09-30");
  ASSERT_EQ(trend.items.size(), 8U);
  const auto& users = trend.items[6];
  EXPECT_EQ(users.ref, "users");
  ASSERT_EQ(users.means.size(), 3U);
  EXPECT_FALSE(users.means[0]);
  EXPECT_NEAR(*users.means[1], 4.0, 1e-9);
  EXPECT_NEAR(*users.means[2], 7.0 / 3.0, 1e-9);
  EXPECT_NEAR(*users.change, 2.3 - 4.0, 1e-9);
  EXPECT_EQ(KindOf([&] { trends.Of(Secretary("RBB"), "RAA", "nhs-digital-boards"); }),
            ErrorKind::kNotFound);
}

TEST_P(StoreTest, OnlyTheNamedResponderWritesTheManagementResponse) {
  MakeBoard("RAA", 3, 1);
  auto& responses = scope_->Get<results::Responses>();
  const Caller sec = Secretary("RAA");
  const Caller lead = As(MemberEmail("RAA", 1));
  const Id open = Rounds().CreateRound(sec, "RAA", "nhs-digital-boards", "Open").round.id;
  Rounds().OpenRound(sec, "RAA", open, {});
  const Id lead_id = Board().ListMembers(sec, "RAA").at(1).id;
  EXPECT_EQ(KindOf([&] { responses.NameResponder(sec, "RAA", open, lead_id); }),
            ErrorKind::kConflict);  // results come first
  const Id round = RunRound("RAA", 3, {3}, IsoDate(clock_.Now()));
  EXPECT_FALSE(responses.Get(lead, "RAA", round));
  EXPECT_EQ(KindOf([&] { responses.NameResponder(lead, "RAA", round, lead_id); }),
            ErrorKind::kForbidden);
  EXPECT_EQ(responses.NameResponder(sec, "RAA", round, lead_id).responder.id, lead_id);
  EXPECT_EQ(KindOf([&] { responses.Write(As(MemberEmail("RAA", 0)), "RAA", round, "Mine"); }),
            ErrorKind::kForbidden);
  EXPECT_EQ(KindOf([&] { responses.Write(lead, "RAA", round, "   "); }), ErrorKind::kInvalid);
  const auto written = responses.Write(lead, "RAA", round, "We will bring a plan in March.");
  EXPECT_EQ(written.text, "We will bring a plan in March.");
  EXPECT_EQ(written.written_at, clock_.Now());
  // Asking someone else keeps what was written.
  const Id other = Board().ListMembers(sec, "RAA").at(2).id;
  EXPECT_EQ(responses.NameResponder(sec, "RAA", round, other).text, written.text);
  EXPECT_EQ(KindOf([&] { responses.Write(lead, "RAA", round, "More"); }), ErrorKind::kForbidden);
}

TEST_P(StoreTest, AnotherOrganisationsDataIsInvisible) {
  MakeBoard("RAA", 1, 0);
  MakeBoard("RBB", 1, 0);
  const Id id = RunRound("RAA", 1, {3}, "2026-01-31");
  const Caller outsider = Secretary("RBB");
  EXPECT_EQ(KindOf([&] { Results().Of(outsider, "RAA", id); }), ErrorKind::kNotFound);
  EXPECT_EQ(KindOf([&] { Board().ListMembers(outsider, "RAA"); }), ErrorKind::kNotFound);
  EXPECT_EQ(KindOf([&] { Rounds().GetRound(outsider, "RBB", id); }), ErrorKind::kNotFound);
  EXPECT_EQ(Orgs().MyOrganisations(outsider).size(), 1U);
}

TEST_P(StoreTest, ImportIsAllOrNothing) {
  MakeBoard("RAA", 0, 0);
  const std::string bad =
      "respondent,membership,item,rating,evidence\n"
      "a,executive,risk,3,\n"
      "b,non-executive,risk,4,\n"
      "c,executive,risk,9,\n";
  try {
    Rounds().ImportRound(op_, "RAA", "nhs-digital-boards", "Old", "2025-12-31", bad, "old.csv");
    FAIL() << "expected the import to fail";
  } catch (const Error& e) {
    EXPECT_EQ(e.where(), "old.csv:4:4");
  }
  EXPECT_TRUE(Rounds().ListRounds(op_, "RAA").empty());
  const std::string good =
      "respondent,membership,item,rating,evidence\na,executive,risk,3,\nb,executive,risk,2,\n"
      "c,non-executive,risk,4,\n";
  const Id id =
      Rounds().ImportRound(op_, "RAA", "nhs-digital-boards", "Old", "2025-12-31", good, "old.csv");
  const auto rounds = Rounds().ListRounds(op_, "RAA");
  ASSERT_EQ(rounds.size(), 1U);
  EXPECT_EQ(rounds[0].id, id);
  EXPECT_TRUE(rounds[0].imported);
  EXPECT_NEAR(*Results().Of(op_, "RAA", id)->results.items.at(1).mean.value, 3.0, 1e-9);
}

TEST_P(StoreTest, ChangeAndPeerStandingUseTheRightRounds) {
  MakeBoard("RAA", 2, 2);
  const Id first = RunRound("RAA", 4, {2}, "2026-01-31");
  // Five peers: each has an old round (rating 5) and a newer one (rating p + 1) before ours,
  // and one after ours (rating 1) that must be ignored.
  for (int p = 0; p < 5; ++p) {
    const std::string ods = "RP" + std::to_string(p);
    MakeBoard(ods, 3, 0);
    RunRound(ods, 3, {5}, "2026-01-01");
    RunRound(ods, 3, {p + 1}, "2026-02-01");
    RunRound(ods, 3, {1}, "2026-09-01");
  }
  const Id second = RunRound("RAA", 4, {3, 4}, "2026-06-30");
  const auto r = Results().Of(op_, "RAA", second)->results.items.at(0);
  EXPECT_NEAR(*r.mean.value, 3.5, 1e-9);
  EXPECT_NEAR(*r.change.value, 1.5, 1e-9);
  EXPECT_EQ(r.peers, 5);
  // peers 1,2,3 below 3.5; 4,5 above → 100 × 3 / 5
  EXPECT_NEAR(*r.percentile.value, 60.0, 1e-9);
  const auto f = Results().Of(op_, "RAA", first)->results.items.at(0);
  EXPECT_FALSE(f.change.value);
  // Our first round (2.0) sees each peer's 2026-01-01 round (5.0) only.
  EXPECT_EQ(f.peers, 5);
  EXPECT_NEAR(*f.percentile.value, 0.0, 1e-9);
}

TEST_P(StoreTest, SmallItemsAreFrozenAsNullSoChangeCannotRevealThem) {
  MakeBoard("RAA", 3, 0);
  RunRound("RAA", 2, {1}, "2026-01-31");  // two ratings an item: frozen as null
  const Id id = RunRound("RAA", 3, {4}, "2026-06-30");
  const auto r = Results().Of(op_, "RAA", id)->results.items.at(0);
  EXPECT_NEAR(*r.mean.value, 4.0, 1e-9);
  EXPECT_FALSE(r.change.value);
  EXPECT_EQ(r.change.reason, "the previous round has no mean for this item");
}

TEST_P(StoreTest, EmailOfAMemberWhoAnsweredCannotChange) {
  MakeBoard("RAA", 2, 0);
  RunRound("RAA", 1, {3}, "2026-01-31");
  auto answered = *Board().MyMembership(As(MemberEmail("RAA", 0)), "RAA");
  answered.email = "secretary@raa.example";
  EXPECT_EQ(KindOf([&] { Board().UpdateMember(Secretary("RAA"), "RAA", answered); }),
            ErrorKind::kConflict);
  auto fresh = *Board().MyMembership(As(MemberEmail("RAA", 1)), "RAA");
  fresh.email = "new.address@raa.example";
  fresh.membership = Membership::kNonExecutive;
  EXPECT_EQ(Board().UpdateMember(Secretary("RAA"), "RAA", fresh).email, "new.address@raa.example");
}

TEST_P(StoreTest, CachedResultsFollowNewPeerRounds) {
  MakeBoard("RAA", 3, 0);
  const Id id = RunRound("RAA", 3, {3}, "2026-06-30");
  EXPECT_EQ(Results().Of(op_, "RAA", id)->results.items[0].peers, 0);
  MakeBoard("RBB", 3, 0);
  RunRound("RBB", 3, {4}, "2026-05-01");
  EXPECT_EQ(Results().Of(op_, "RAA", id)->results.items[0].peers, 1);
}

TEST_P(StoreTest, CachedAccessFollowsRoleChangesAndNeverCrossesOrganisations) {
  MakeBoard("RAA", 1, 0);
  MakeBoard("RBB", 1, 0);
  const Id id = RunRound("RAA", 1, {3}, "2026-01-31");
  const Caller member = As(MemberEmail("RAA", 0));
  ASSERT_TRUE(Results().Of(member, "RAA", id));  // now cached as fresh
  const Caller other = Secretary("RBB");
  EXPECT_EQ(KindOf([&] { Results().Of(other, "RBB", id); }), ErrorKind::kNotFound);
  EXPECT_EQ(KindOf([&] { Results().Of(other, "RAA", id); }), ErrorKind::kNotFound);
  Orgs().SetRole(op_, "RAA", MemberEmail("RAA", 0), Role::kViewer);
  EXPECT_EQ(KindOf([&] { Rounds().MyAnswers(member, "RAA", id); }), ErrorKind::kForbidden);
}

TEST_P(StoreTest, AResetLinkSetsThePasswordOnceAndEndsEverySession) {
  Accounts().AddAccount(op_, "ann@example.org", "Ann", kPassword, false);
  const auto browser = Accounts().Login("ann@example.org", kPassword, "10.0.0.1");
  const auto api = Accounts().CreateApiToken(As("ann@example.org"), "ann@example.org", "pack");
  EXPECT_FALSE(Accounts().RequestPasswordReset("nobody@example.org", "10.0.0.1"))
      << "no account: no link, and the caller answers alike";
  const auto first = Accounts().RequestPasswordReset("Ann@Example.org", "10.0.0.1");
  ASSERT_TRUE(first);
  const auto link = Accounts().RequestPasswordReset("ann@example.org", "10.0.0.1");
  ASSERT_TRUE(link);
  EXPECT_EQ(KindOf([&] { Accounts().FindPasswordReset(first->token); }), ErrorKind::kNotFound)
      << "a newer link replaces the older";
  EXPECT_EQ(Accounts().FindPasswordReset(link->token).email, "ann@example.org");
  // Only the hash is stored.
  EXPECT_TRUE(Db().Query("SELECT 1 AS x FROM password_resets WHERE token_hash = $1", {link->token})
                  .empty());

  EXPECT_EQ(KindOf([&] { Accounts().ResetPasswordWithLink(link->token, "short"); }),
            ErrorKind::kInvalid);
  const std::string replacement = "purple staple quantum kettle";
  Accounts().ResetPasswordWithLink(link->token, replacement);
  EXPECT_FALSE(Accounts().Authenticate(browser.token));
  EXPECT_FALSE(Accounts().Authenticate(api.token));
  EXPECT_EQ(KindOf([&] { Accounts().Login("ann@example.org", kPassword, "10.0.0.2"); }),
            ErrorKind::kUnauthenticated);
  EXPECT_TRUE(Accounts().Login("ann@example.org", replacement, "10.0.0.2").account.id > 0);
  EXPECT_EQ(KindOf([&] { Accounts().ResetPasswordWithLink(link->token, kPassword); }),
            ErrorKind::kNotFound)
      << "a link works once";
}

TEST_P(StoreTest, ResetLinksExpireAndRequestsAreRateLimited) {
  Accounts().AddAccount(op_, "ann@example.org", "Ann", kPassword, false);
  const auto& settings = Settings().accounts;
  const auto link = Accounts().RequestPasswordReset("ann@example.org", "10.0.0.1");
  ASSERT_TRUE(link);
  clock_.Advance(settings.reset_link_seconds - 1);
  EXPECT_EQ(Accounts().FindPasswordReset(link->token).email, "ann@example.org");
  clock_.Advance(1);
  EXPECT_EQ(KindOf([&] { Accounts().ResetPasswordWithLink(link->token, "purple staple quantum"); }),
            ErrorKind::kNotFound);
  EXPECT_EQ(KindOf([&] { Accounts().FindPasswordReset("not-a-token"); }), ErrorKind::kNotFound);

  clock_.Advance(settings.reset_window_seconds);
  // Issue 19: a stranger asking for Ann's link again and again, from anywhere, blocked her own
  // request. Now her request is answered as any other, and the newest link, in her inbox, works
  // until a new one may be sent.
  std::optional<accounts::ResetLink> newest;
  for (int i = 0; i < settings.reset_links_per_email; ++i) {
    newest = Accounts().RequestPasswordReset("ann@example.org", "10.0.1." + std::to_string(i));
    ASSERT_TRUE(newest);
  }
  EXPECT_FALSE(Accounts().RequestPasswordReset("ann@example.org", "10.0.0.2"))
      << "nothing more is sent to her inbox";
  clock_.Advance(settings.reset_window_seconds - 1);
  EXPECT_FALSE(Accounts().RequestPasswordReset("ann@example.org", "10.0.1.0"));
  EXPECT_EQ(Accounts().FindPasswordReset(newest->token).email, "ann@example.org")
      << "asking beyond the limit replaced nothing";
  clock_.Advance(1);
  const auto fresh = Accounts().RequestPasswordReset("ann@example.org", "10.0.0.2");
  ASSERT_TRUE(fresh) << "a link is sent again once the first request leaves the window";
  EXPECT_EQ(Accounts().FindPasswordReset(fresh->token).email, "ann@example.org");

  clock_.Advance(settings.reset_window_seconds);
  for (int i = 0; i < settings.reset_requests_per_source; ++i) {
    Accounts().RequestPasswordReset("x" + std::to_string(i) + "@example.org", "10.0.0.1");
  }
  EXPECT_EQ(KindOf([&] { Accounts().RequestPasswordReset("ann@example.org", "10.0.0.1"); }),
            ErrorKind::kTooManyRequests)
      << "one source cannot ask for many addresses";
  EXPECT_TRUE(Accounts().RequestPasswordReset("ann@example.org", "10.0.0.2"));
  clock_.Advance(settings.reset_window_seconds);
  EXPECT_TRUE(Accounts().RequestPasswordReset("ann@example.org", "10.0.0.1"));
}

INSTANTIATE_TEST_SUITE_P(Databases, StoreTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& test) { return test.param; });

}  // namespace
}  // namespace boardlens
