// Rounds' rules without I/O: the warnings of who answered (issue 19, found in use 10).

#include <gtest/gtest.h>

#include "boardlens/features/rounds/round.hpp"

namespace boardlens::rounds {
namespace {

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

}  // namespace
}  // namespace boardlens::rounds
