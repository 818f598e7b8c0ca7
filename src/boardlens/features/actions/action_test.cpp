// The action log's rules without I/O: when an action is overdue and how its state reads.

#include <gtest/gtest.h>

#include "boardlens/features/actions/action.hpp"

namespace boardlens::actions {
namespace {

Action Due(std::string due_on, ActionStatus status) {
  Action a;
  a.what.due_on = std::move(due_on);
  a.what.status = status;
  return a;
}

TEST(ActionRules, AnOpenActionPastItsDateIsOverdueAndSaysSo) {
  const std::string today = "2026-12-07";
  EXPECT_EQ(StatusWord(Due("2026-12-06", ActionStatus::kOpen), today), "Overdue");
  EXPECT_EQ(StatusWord(Due("2026-12-07", ActionStatus::kOpen), today), "Open") << "due today";
  EXPECT_EQ(StatusWord(Due("2026-01-01", ActionStatus::kDone), today), "Done");
  EXPECT_EQ(StatusWord(Due("2026-01-01", ActionStatus::kDropped), today), "Dropped");
  EXPECT_FALSE(IsOverdue(Due("2026-01-01", ActionStatus::kDone), today));
}

}  // namespace
}  // namespace boardlens::actions
