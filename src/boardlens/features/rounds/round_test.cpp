// Rounds' rules without I/O: statuses and the moves between them, the dates a round closes
// and is answered by, who has finished, and the warnings of who answered (issue 19, found in
// use 10).

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "boardlens/base/error.hpp"
#include "boardlens/features/rounds/round.hpp"

namespace boardlens::rounds {
namespace {

/// "kind where: message" of the error `fn` throws, or "accepted".
std::string Refusal(const std::function<void()>& fn) {
  try {
    fn();
  } catch (const Error& e) {
    return std::string(e.kind() == ErrorKind::kConflict ? "conflict " : "invalid ") + e.where() +
           ": " + e.what();
  }
  return "accepted";
}

Round InStatus(RoundStatus status) {
  Round round;
  round.id = 12;
  round.status = status;
  return round;
}

TEST(TurnoutWarnings, NameASideThatBarelyAnswered) {
  const auto w = TurnoutWarnings({7, 2}, std::nullopt, "");
  ASSERT_EQ(w.size(), 1U);
  EXPECT_EQ(w[0].rfind("Only 2 non-executives answered, against 7 executives", 0), 0U) << w[0];
  const auto execs = TurnoutWarnings({1, 6}, std::nullopt, "");
  ASSERT_EQ(execs.size(), 1U);
  EXPECT_EQ(execs[0].rfind("Only 1 executive answered, against 6 non-executives", 0), 0U);
  // Half as many is the threshold: at it, no warning.
  const auto none = TurnoutWarnings({7, 0}, std::nullopt, "");
  ASSERT_EQ(none.size(), 1U);
  EXPECT_EQ(none[0].rfind("No non-executives answered, against 7 executives", 0), 0U) << none[0];
  EXPECT_TRUE(TurnoutWarnings({6, 3}, std::nullopt, "").empty());
  EXPECT_TRUE(TurnoutWarnings({7, 7}, std::nullopt, "").empty());
}

TEST(TurnoutWarnings, NameAPreviousRoundAnsweredByWidelyMoreOrFewer) {
  const auto w = TurnoutWarnings({5, 4}, Turnout{7, 7}, "Spring 2026");
  ASSERT_EQ(w.size(), 1U);
  EXPECT_EQ(w[0].rfind("9 members answered this round and 14 answered the one before, "
                       "\"Spring 2026\"",
                       0),
            0U)
      << w[0];
  EXPECT_EQ(TurnoutWarnings({7, 2}, Turnout{7, 7}, "Spring").size(), 2U);
  // 10 of 14 is over two thirds: comparable.
  EXPECT_TRUE(TurnoutWarnings({5, 5}, Turnout{7, 7}, "Spring").empty());
  EXPECT_TRUE(TurnoutWarnings({7, 7}, Turnout{5, 5}, "Spring").empty());
  EXPECT_EQ(TurnoutWarnings({7, 7}, Turnout{4, 4}, "Spring").size(), 1U);
}

TEST(RoundRules, StatusNamesGoBothWaysAndNothingElseIsOne) {
  for (const RoundStatus status :
       {RoundStatus::kDraft, RoundStatus::kOpen, RoundStatus::kClosed, RoundStatus::kWithdrawn}) {
    EXPECT_EQ(ParseRoundStatus(ToString(status)), status) << ToString(status);
  }
  EXPECT_EQ(ToString(RoundStatus::kWithdrawn), "withdrawn");
  for (const char* other : {"", "Open", "closing", "draft "}) {
    EXPECT_EQ(ParseRoundStatus(other), std::nullopt) << other;
  }
}

TEST(RoundRules, OnlyADraftOrOpenRoundCanBeWithdrawn) {
  EXPECT_TRUE(CanWithdraw(InStatus(RoundStatus::kDraft)));
  EXPECT_TRUE(CanWithdraw(InStatus(RoundStatus::kOpen)));
  EXPECT_FALSE(CanWithdraw(InStatus(RoundStatus::kClosed)));
  EXPECT_FALSE(CanWithdraw(InStatus(RoundStatus::kWithdrawn)));
}

TEST(RoundRules, AStepFromTheWrongStatusIsAConflictThatSaysWhy) {
  EXPECT_EQ(Refusal([] { RequireStatus(InStatus(RoundStatus::kOpen), RoundStatus::kOpen, ""); }),
            "accepted");
  EXPECT_EQ(Refusal([] {
              RequireStatus(InStatus(RoundStatus::kClosed), RoundStatus::kDraft,
                            "only a draft opens");
            }),
            "conflict status: round 12 is closed; only a draft opens");
  EXPECT_EQ(Refusal([] { RequireSomeAnswers(InStatus(RoundStatus::kOpen), 1); }), "accepted");
  EXPECT_EQ(Refusal([] { RequireSomeAnswers(InStatus(RoundStatus::kOpen), 0); }),
            "conflict status: nobody has answered round 12, so it has no results to close with; "
            "withdraw it instead");
}

TEST(RoundRules, ARoundClosesOnARealDateFromItsOpeningToTomorrow) {
  const auto closing = [](const std::string& date, const std::string& opened_on) {
    return Refusal([&] { RequireClosingDate(date, opened_on, "2026-03-02"); });
  };
  EXPECT_EQ(closing("2026-03-01", "2026-02-01"), "accepted");
  EXPECT_EQ(closing("2026-03-02", "2026-02-01"), "accepted") << "a day's grace";
  EXPECT_EQ(closing("2026-02-01", "2026-02-01"), "accepted") << "the day it opened";
  EXPECT_EQ(closing("2019-01-01", ""), "accepted") << "an imported round never opened";
  EXPECT_EQ(closing("2026-03-03", "2026-02-01"),
            "invalid closed_on: the date the round closed must be today or in the past");
  EXPECT_EQ(closing("2026-01-31", "2026-02-01"),
            "invalid closed_on: the date the round closed must be on or after the day it opened, "
            "2026-02-01");
  EXPECT_EQ(closing("2026-02-30", ""),
            "invalid closed_on: \"2026-02-30\" is not a date written YYYY-MM-DD");
}

TEST(RoundRules, TheDateToAnswerByIsNoneOrARealDateFromToday) {
  const auto deadline = [](const std::string& date) {
    return Refusal([&] { RequireDeadline(date, "2026-03-01"); });
  };
  EXPECT_EQ(deadline(""), "accepted");
  EXPECT_EQ(deadline("2026-03-01"), "accepted");
  EXPECT_EQ(deadline("2026-02-28"),
            "invalid closes_by: the date to answer by must be today or later");
  EXPECT_EQ(deadline("1 March"), "invalid closes_by: \"1 March\" is not a date written YYYY-MM-DD");
}

TEST(RoundRules, TheLatestClosedRoundComesFirstAndTheNewerOfOneDay) {
  Round spring = InStatus(RoundStatus::kClosed);
  spring.closed_on = "2026-03-31";
  Round summer = spring;
  summer.closed_on = "2026-06-30";
  summer.id = 3;
  EXPECT_TRUE(ClosedLater(summer, spring));
  EXPECT_FALSE(ClosedLater(spring, summer));
  Round same_day = spring;
  same_day.id = 13;
  EXPECT_TRUE(ClosedLater(same_day, spring));
  EXPECT_FALSE(ClosedLater(spring, spring));

  spring.framework_ref = summer.framework_ref = "self-assessment";
  Round open = InStatus(RoundStatus::kOpen);
  open.id = 20;
  Round other = spring;
  other.id = 4;
  other.framework_ref = "other";
  other.closed_on = "2026-09-30";
  EXPECT_EQ(LatestClosed({spring, open, summer, other})->id, 4) << "any framework";
  EXPECT_EQ(LatestClosed({spring, open, summer, other}, "self-assessment")->id, 3);
  EXPECT_FALSE(LatestClosed({open}).has_value()) << "an open round has no results yet";
}

TEST(RoundRules, AMemberHasFinishedWhenEveryItemIsAnsweredAndIsAskedTheFirstOneLeft) {
  const auto of_eight = [](int answered) {
    CompletionRow row;
    row.answered = answered;
    row.items = 8;
    return row;
  };
  EXPECT_EQ(CountComplete({of_eight(8), of_eight(7), of_eight(0), of_eight(8)}), 2);
  frameworks::Framework fw;
  fw.items = {{.ref = "risk", .title = {}, .why = {}, .question = {}, .levels = {}},
              {.ref = "users", .title = {}, .why = {}, .question = {}, .levels = {}},
              {.ref = "culture", .title = {}, .why = {}, .question = {}, .levels = {}}};
  std::vector<Answer> answers;
  const auto answer = [&](const std::string& item_ref) {
    Answer a;
    a.respondent = MemberRespondent(4);
    a.item_ref = item_ref;
    answers.push_back(a);  // no rating: don't know, which is an answer
  };
  EXPECT_EQ(FirstUnanswered(fw, answers), 0U);
  answer("risk");
  answer("culture");
  EXPECT_EQ(FirstUnanswered(fw, answers), 1U);
  answer("users");
  EXPECT_EQ(FirstUnanswered(fw, answers), std::nullopt);
  EXPECT_EQ(MemberRespondent(4), "member:4");
}

}  // namespace
}  // namespace boardlens::rounds
