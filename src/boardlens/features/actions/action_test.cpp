// The action log's rules without I/O: what an action must have, when it is overdue, how its
// state reads and in what order the log lists actions.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "boardlens/base/error.hpp"
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

/// A good new action: owned, due on the day the tests call today.
ActionInput Good() {
  ActionInput in;
  in.title = "  Test the restore of the patient record  ";
  in.owner_member_id = 4;
  in.due_on = "2026-12-07";
  in.progress = " Backups found ";
  return in;
}

/// The fields CheckAction names, in its order; empty when it takes the input.
std::vector<std::string> Faults(ActionInput in, bool is_new = true) {
  std::vector<std::string> out;
  try {
    CheckAction(in, "2026-12-07", is_new);
  } catch (const Error& e) {
    for (const auto& p : e.AllProblems()) out.push_back(p.where);
  }
  return out;
}

TEST(ActionRules, AGoodActionIsKeptTrimmed) {
  ActionInput in = Good();
  CheckAction(in, "2026-12-07", true);
  EXPECT_EQ(in.title, "Test the restore of the patient record");
  EXPECT_EQ(in.progress, "Backups found");
}

TEST(ActionRules, EveryFaultIsNamedAtOnceByItsField) {
  EXPECT_TRUE(Faults(Good()).empty());
  ActionInput bad = Good();
  bad.title = "  ";
  bad.owner_member_id.reset();
  bad.due_on = "7 December";
  bad.progress = std::string(kMaxProgressLength + 1, 'x');
  EXPECT_EQ(Faults(bad), (std::vector<std::string>{"title", "owner", "due_on", "progress"}));
}

TEST(ActionRules, ANewActionIsDueFromTodayButAKnownOneMayKeepADatePast) {
  ActionInput past = Good();
  past.due_on = "2026-12-06";
  EXPECT_EQ(Faults(past, true), (std::vector<std::string>{"due_on"}));
  EXPECT_TRUE(Faults(past, false).empty());
}

TEST(ActionRules, StatusesAreReadAsPeopleWriteThemAndSourcesOnlyByTheirName) {
  EXPECT_EQ(ParseActionStatus(" Done "), ActionStatus::kDone);
  EXPECT_EQ(ParseActionStatus("DROPPED"), ActionStatus::kDropped);
  EXPECT_EQ(ParseActionStatus("closed"), std::nullopt);
  for (const ActionStatus status :
       {ActionStatus::kOpen, ActionStatus::kDone, ActionStatus::kDropped}) {
    EXPECT_EQ(ParseActionStatus(ToString(status)), status);
  }
  for (const SourceKind kind : {SourceKind::kNone, SourceKind::kAssessment, SourceKind::kRisk}) {
    EXPECT_EQ(ParseSourceKind(ToString(kind)), kind);
  }
  EXPECT_EQ(ParseSourceKind("Risk"), std::nullopt);
  const Source from_round = Source::Assessment(12, "culture");
  EXPECT_EQ(from_round.kind, SourceKind::kAssessment);
  EXPECT_EQ(from_round.id, 12);
  EXPECT_EQ(from_round.ref, "culture");
}

TEST(ActionRules, TheLogListsOpenActionsByDateThenTheRestNewestFirst) {
  std::vector<Action> log;
  const auto add = [&](Id id, const std::string& due_on, ActionStatus status,
                       std::int64_t updated_at) {
    Action a = Due(due_on, status);
    a.id = id;
    a.updated_at = updated_at;
    log.push_back(a);
  };
  add(1, "2026-01-01", ActionStatus::kDone, 100);
  add(2, "2026-06-30", ActionStatus::kOpen, 0);
  add(3, "2026-02-01", ActionStatus::kDropped, 300);
  add(4, "2026-03-31", ActionStatus::kOpen, 0);
  SortForLog(log);
  ASSERT_EQ(log.size(), 4U);
  EXPECT_EQ((std::vector<Id>{log[0].id, log[1].id, log[2].id, log[3].id}),
            (std::vector<Id>{4, 2, 3, 1}));
}

}  // namespace
}  // namespace boardlens::actions
