// Organisations and their boards on both engines: invitations, roles offered and taken, a
// member's email, and one organisation's data kept from another.

#include <gtest/gtest.h>

#include <tuple>

#include "boardlens/base/error.hpp"
#include "boardlens/base/error_kind_test.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/features/accounts/accounts.hpp"
#include "boardlens/features/orgs/board.hpp"
#include "boardlens/features/orgs/organisations.hpp"
#include "boardlens/features/results/results.hpp"
#include "boardlens/features/rounds/rounds.hpp"
#include "support/store_fixture.hpp"

namespace boardlens {
namespace {

using orgs::Membership;
using testing::KindOf;

class OrgsStoreTest : public testing::StoreFixture {};

TEST_P(OrgsStoreTest, DuplicateOrganisationIsRefusedAndNothingChanges) {
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

TEST_P(OrgsStoreTest, AnInvitationLinkMakesOneAccountForOneMemberOnce) {
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

TEST_P(OrgsStoreTest, AnAccountThatExistsJoinsOnlyWithItsOwnPassword) {
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

TEST_P(OrgsStoreTest, ARoleIsOfferedAndTakenOnlyWhenAccepted) {
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

TEST_P(OrgsStoreTest, AnotherOrganisationsDataIsInvisible) {
  MakeBoard("RAA", 1, 0);
  MakeBoard("RBB", 1, 0);
  const Id id = RunRound("RAA", 1, {3}, "2026-01-31");
  const Caller outsider = Secretary("RBB");
  EXPECT_EQ(KindOf([&] { Results().Of(outsider, "RAA", id); }), ErrorKind::kNotFound);
  EXPECT_EQ(KindOf([&] { Board().ListMembers(outsider, "RAA"); }), ErrorKind::kNotFound);
  EXPECT_EQ(KindOf([&] { Rounds().GetRound(outsider, "RBB", id); }), ErrorKind::kNotFound);
  EXPECT_EQ(Orgs().MyOrganisations(outsider).size(), 1U);
}

TEST_P(OrgsStoreTest, EmailOfAMemberWhoAnsweredCannotChange) {
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

TEST_P(OrgsStoreTest, CachedAccessFollowsRoleChangesAndNeverCrossesOrganisations) {
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

INSTANTIATE_TEST_SUITE_P(Databases, OrgsStoreTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& test) { return test.param; });

}  // namespace
}  // namespace boardlens
