// Results on both engines: the trend, the management response, change and peer standing from
// the right rounds, and caches that follow new rounds.

#include <gtest/gtest.h>

#include "boardlens/base/error.hpp"
#include "boardlens/base/error_kind_test.hpp"
#include "boardlens/features/orgs/board.hpp"
#include "boardlens/features/results/responses.hpp"
#include "boardlens/features/results/results.hpp"
#include "boardlens/features/results/trends.hpp"
#include "boardlens/features/rounds/rounds.hpp"
#include "support/store_fixture.hpp"

namespace boardlens {
namespace {

using testing::KindOf;

class ResultsStoreTest : public testing::StoreFixture {};

TEST_P(ResultsStoreTest, TheTrendFollowsEachItemAcrossClosedRoundsInClosingOrder) {
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

TEST_P(ResultsStoreTest, OnlyTheNamedResponderWritesTheManagementResponse) {
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

TEST_P(ResultsStoreTest, ChangeAndPeerStandingUseTheRightRounds) {
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

TEST_P(ResultsStoreTest, SmallItemsAreFrozenAsNullSoChangeCannotRevealThem) {
  MakeBoard("RAA", 3, 0);
  RunRound("RAA", 2, {1}, "2026-01-31");  // two ratings an item: frozen as null
  const Id id = RunRound("RAA", 3, {4}, "2026-06-30");
  const auto r = Results().Of(op_, "RAA", id)->results.items.at(0);
  EXPECT_NEAR(*r.mean.value, 4.0, 1e-9);
  EXPECT_FALSE(r.change.value);
  EXPECT_EQ(r.change.reason, "the previous round has no mean for this item");
}

TEST_P(ResultsStoreTest, CachedResultsFollowNewPeerRounds) {
  MakeBoard("RAA", 3, 0);
  const Id id = RunRound("RAA", 3, {3}, "2026-06-30");
  EXPECT_EQ(Results().Of(op_, "RAA", id)->results.items[0].peers, 0);
  MakeBoard("RBB", 3, 0);
  RunRound("RBB", 3, {4}, "2026-05-01");
  EXPECT_EQ(Results().Of(op_, "RAA", id)->results.items[0].peers, 1);
}

INSTANTIATE_TEST_SUITE_P(Databases, ResultsStoreTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& test) { return test.param; });

}  // namespace
}  // namespace boardlens
