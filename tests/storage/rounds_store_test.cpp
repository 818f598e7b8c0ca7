// Rounds on both engines: the journey from draft to closed, answers frozen and private, a
// withdrawn round, and an import that stores all or nothing.

#include <gtest/gtest.h>

#include "boardlens/base/error.hpp"
#include "boardlens/base/error_kind_test.hpp"
#include "boardlens/features/orgs/board.hpp"
#include "boardlens/features/results/json.hpp"
#include "boardlens/features/results/results.hpp"
#include "boardlens/features/rounds/rounds.hpp"
#include "support/store_fixture.hpp"

namespace boardlens {
namespace {

using testing::KindOf;

class RoundsStoreTest : public testing::StoreFixture {};

TEST_P(RoundsStoreTest, RoundJourneyFreezesAnswersAndKeepsThemPrivate) {
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

TEST_P(RoundsStoreTest, ARoundClosesOnlyWithAnswersAndNotBeforeItOpened) {
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

TEST_P(RoundsStoreTest, AWithdrawnRoundHasNoResultsAndCanBeDeleted) {
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

TEST_P(RoundsStoreTest, ImportIsAllOrNothing) {
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

INSTANTIATE_TEST_SUITE_P(Databases, RoundsStoreTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& test) { return test.param; });

}  // namespace
}  // namespace boardlens
