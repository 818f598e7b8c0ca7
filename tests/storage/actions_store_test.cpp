// The action log on both engines: each action has an owner on the board and falls overdue.

#include <gtest/gtest.h>

#include <set>

#include "boardlens/base/error.hpp"
#include "boardlens/base/error_kind_test.hpp"
#include "boardlens/features/actions/actions.hpp"
#include "boardlens/features/orgs/board.hpp"
#include "support/store_fixture.hpp"

namespace boardlens {
namespace {

using testing::KindOf;

class ActionsStoreTest : public testing::StoreFixture {};

TEST_P(ActionsStoreTest, ActionsHaveAnOwnerOnTheBoardAndBecomeOverdue) {
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

INSTANTIATE_TEST_SUITE_P(Databases, ActionsStoreTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& test) { return test.param; });

}  // namespace
}  // namespace boardlens
