// The board-questions checklist on both engines: who may keep it, what another organisation
// sees, the history each change leaves, a failed change that writes nothing, an imported
// checklist framework joining the checklist, and the all-or-nothing import.

#include <gtest/gtest.h>

#include "boardlens/base/error.hpp"
#include "boardlens/base/error_kind_test.hpp"
#include "boardlens/features/questions/checklist.hpp"
#include "support/store_fixture.hpp"

namespace boardlens {
namespace {

using questions::AnswerInput;
using questions::Status;
using testing::KindOf;

constexpr const char* kFw = "board-questions";

class QuestionsStoreTest : public testing::StoreFixture {
 protected:
  questions::Checklist& Checklist() { return scope_->Get<questions::Checklist>(); }
  /// Member 0 is an executive, member 1 a non-executive.
  void SetUpBoard() { MakeBoard("RQ1", 1, 1); }
  Id Member(int i) { return Board().ListMembers(op_, "RQ1").at(static_cast<std::size_t>(i)).id; }
  AnswerInput Answer(Status status, const std::string& review_on = "") {
    AnswerInput in;
    in.answer = "The board has agreed what digital means.";
    in.status = status;
    in.owner_member_id = Member(0);
    in.next_review_on = review_on;
    in.evidence = {{"Board paper", "https://intranet.example/paper.pdf"}};
    return in;
  }
  /// Rows in the checklist's tables, to see that nothing was written.
  std::int64_t RecordRows() {
    return Db().Query("SELECT COUNT(*) AS n FROM question_records", {}).at(0).i64("n") +
           Db().Query("SELECT COUNT(*) AS n FROM question_evidence", {}).at(0).i64("n");
  }
};

TEST_P(QuestionsStoreTest, TheShippedBoardQuestionsAreTheChecklistNotStartedAtFirst) {
  SetUpBoard();
  const auto list = Checklist().List(As(MemberEmail("RQ1", 1)), "RQ1");
  ASSERT_EQ(list.size(), 10U);
  EXPECT_EQ(list.front().framework_ref, kFw);
  EXPECT_EQ(list.front().item_ref, "digital-beyond-it");
  for (const auto& q : list) {
    EXPECT_EQ(q.status(), Status::kNotStarted);
    EXPECT_FALSE(q.record.has_value());
  }
}

TEST_P(QuestionsStoreTest, KeepersChangeTheChecklistMembersReadItOthersSeeNothing) {
  SetUpBoard();
  const Caller executive = As(MemberEmail("RQ1", 0));
  const Caller non_executive = As(MemberEmail("RQ1", 1));
  const auto saved =
      Checklist().Update(executive, "RQ1", kFw, "digital-lens", Answer(Status::kAssured));
  EXPECT_EQ(saved.record->owner_name, "Member 0");
  EXPECT_EQ(saved.record->changed_by_name, "Member 0");
  Checklist().Update(Secretary("RQ1"), "RQ1", kFw, "user-needs", Answer(Status::kPartlyAssured));
  EXPECT_EQ(KindOf([&] {
              Checklist().Update(non_executive, "RQ1", kFw, "digital-lens",
                                 Answer(Status::kNotStarted));
            }),
            ErrorKind::kForbidden);
  EXPECT_EQ(Checklist().Get(non_executive, "RQ1", kFw, "digital-lens").status(), Status::kAssured);
  // Another organisation's board sees its own empty checklist, and nothing of this one.
  MakeBoard("RQ2", 1, 0);
  const Caller other = Secretary("RQ2");
  EXPECT_EQ(KindOf([&] { Checklist().List(other, "RQ1"); }), ErrorKind::kNotFound);
  EXPECT_EQ(KindOf([&] { Checklist().Get(other, "RQ1", kFw, "digital-lens"); }),
            ErrorKind::kNotFound);
  EXPECT_EQ(KindOf([&] { Checklist().Update(other, "RQ1", kFw, "digital-lens", AnswerInput{}); }),
            ErrorKind::kNotFound);
  for (const auto& q : Checklist().List(other, "RQ2")) EXPECT_FALSE(q.record.has_value());
  // An owner from another board is refused as unknown.
  AnswerInput stranger = Answer(Status::kAssured);
  stranger.owner_member_id = Board().ListMembers(op_, "RQ2").at(0).id;
  EXPECT_EQ(KindOf([&] { Checklist().Update(executive, "RQ1", kFw, "user-needs", stranger); }),
            ErrorKind::kInvalid);
  // A question not in a checklist framework is not found.
  EXPECT_EQ(KindOf([&] { Checklist().Get(executive, "RQ1", kFw, "no-such-question"); }),
            ErrorKind::kNotFound);
  EXPECT_EQ(KindOf([&] { Checklist().Get(executive, "RQ1", "nhs-digital-boards", "users"); }),
            ErrorKind::kNotFound);
}

TEST_P(QuestionsStoreTest, EveryChangeIsKeptWithWhoAndWhenAndOverdueFollowsTheClock) {
  SetUpBoard();
  const Caller executive = As(MemberEmail("RQ1", 0));
  const std::int64_t first = clock_.Now();
  Checklist().Update(executive, "RQ1", kFw, "digital-lens", Answer(Status::kPartlyAssured));
  clock_.Advance(3 * kSecondsPerDay);
  const std::string review_on = IsoDate(clock_.Now() + 10 * kSecondsPerDay);
  AnswerInput second = Answer(Status::kAssured, review_on);
  second.evidence.push_back({"Audit", "https://audit.example/2026"});
  Checklist().Update(Secretary("RQ1"), "RQ1", kFw, "digital-lens", second);

  const auto history = Checklist().History(As(MemberEmail("RQ1", 1)), "RQ1", kFw, "digital-lens");
  ASSERT_EQ(history.size(), 2U);
  EXPECT_EQ(history[0].what.status, Status::kAssured);
  EXPECT_EQ(history[0].changed_by_name, "Secretary");
  EXPECT_EQ(history[0].changed_at, first + 3 * kSecondsPerDay);
  EXPECT_EQ(history[0].what.evidence.size(), 2U);
  EXPECT_EQ(history[1].what.status, Status::kPartlyAssured);
  EXPECT_EQ(history[1].changed_by_name, "Member 0");
  EXPECT_EQ(history[1].changed_at, first);
  EXPECT_EQ(history[1].what.evidence.size(), 1U);

  const auto current = Checklist().Get(executive, "RQ1", kFw, "digital-lens");
  EXPECT_EQ(current.record->what.next_review_on, review_on);
  EXPECT_FALSE(questions::IsOverdue(current, Checklist().Today()));
  clock_.Advance(11 * kSecondsPerDay);
  EXPECT_TRUE(questions::IsOverdue(current, Checklist().Today()));
  const auto counts = questions::CountOf(Checklist().List(executive, "RQ1"), Checklist().Today());
  EXPECT_EQ(counts.assured, 1U);
  EXPECT_EQ(counts.not_started, 9U);
  EXPECT_EQ(counts.overdue, 1U);
}

TEST_P(QuestionsStoreTest, AFailedChangeWritesNothing) {
  SetUpBoard();
  const Caller executive = As(MemberEmail("RQ1", 0));
  Checklist().Update(executive, "RQ1", kFw, "digital-lens", Answer(Status::kPartlyAssured));
  const std::int64_t rows = RecordRows();
  AnswerInput bad = Answer(Status::kAssured, "2027-13-01");
  bad.evidence.push_back({"Script", "javascript:alert(1)"});
  std::set<std::string> fields;  // stays empty, and fails below, if nothing is refused
  try {
    Checklist().Update(executive, "RQ1", kFw, "digital-lens", bad);
  } catch (const Error& e) {
    for (const auto& p : e.problems()) fields.insert(p.where);
  }
  EXPECT_EQ(fields, (std::set<std::string>{"next_review_on", "evidence[1].url"}));
  AnswerInput unknown_owner = Answer(Status::kAssured);
  unknown_owner.owner_member_id = 999999;
  EXPECT_EQ(
      KindOf([&] { Checklist().Update(executive, "RQ1", kFw, "digital-lens", unknown_owner); }),
      ErrorKind::kInvalid);
  EXPECT_EQ(RecordRows(), rows);
  EXPECT_EQ(Checklist().Get(executive, "RQ1", kFw, "digital-lens").status(),
            Status::kPartlyAssured);
}

TEST_P(QuestionsStoreTest, AnImportedChecklistFrameworkJoinsOnlyItsOwnOrganisationsChecklist) {
  SetUpBoard();
  MakeBoard("RQ2", 1, 0);
  const std::string yaml = R"(format: boardlens-framework/1
ref: rq1-audit-questions
version: 1
title: Our audit committee's questions
source: Our own board
checklist: true
items:
  - ref: cyber-drill
    title: Cyber drill
    question: When did we last rehearse losing every clinical system?
    levels: {1: a, 2: b, 3: c, 4: d, 5: e}
)";
  const auto loaded = Frameworks().Import(Secretary("RQ1"), yaml, "q.yaml", "RQ1");
  EXPECT_TRUE(loaded.stored.framework.checklist);
  EXPECT_TRUE(Frameworks().Get(Secretary("RQ1"), "rq1-audit-questions", "RQ1").framework.checklist);
  const auto list = Checklist().List(Secretary("RQ1"), "RQ1");
  ASSERT_EQ(list.size(), 11U);
  EXPECT_EQ(list.back().framework_ref, "rq1-audit-questions");
  Checklist().Update(Secretary("RQ1"), "RQ1", "rq1-audit-questions", "cyber-drill",
                     Answer(Status::kNotStarted));
  EXPECT_EQ(Checklist().List(Secretary("RQ2"), "RQ2").size(), 10U);
  EXPECT_EQ(KindOf([&] {
              Checklist().Get(Secretary("RQ2"), "RQ2", "rq1-audit-questions", "cyber-drill");
            }),
            ErrorKind::kNotFound);
}

TEST_P(QuestionsStoreTest, AnImportStoresEveryAnswerOrNone) {
  SetUpBoard();
  const std::string header =
      "framework,question,title,status,owner,next_review_on,overdue,answer,evidence\n";
  const std::int64_t rows = RecordRows();
  EXPECT_EQ(KindOf([&] {
              Checklist().Import(op_, "RQ1",
                                 header +
                                     "board-questions,digital-lens,,assured,Member 0,,,Yes,\n"
                                     "board-questions,user-needs,,assured,Nobody,,,No,\n",
                                 "a.csv");
            }),
            ErrorKind::kInvalid);
  EXPECT_EQ(RecordRows(), rows);
  EXPECT_EQ(KindOf([&] {
              Checklist().Import(As(MemberEmail("RQ1", 1)), "RQ1",
                                 header + "board-questions,digital-lens,,assured,,,,Yes,\n",
                                 "a.csv");
            }),
            ErrorKind::kForbidden);
  EXPECT_EQ(
      Checklist().Import(Secretary("RQ1"), "RQ1",
                         header + "board-questions,digital-lens,,assured,member 0,2027-01-31,,"
                                  "Yes,Paper https://example.org/p\n"
                                  "board-questions,user-needs,,partly_assured,,,,Partly,\n",
                         "a.csv"),
      2U);
  const auto q = Checklist().Get(op_, "RQ1", kFw, "digital-lens");
  EXPECT_EQ(q.record->owner_name, "Member 0");
  EXPECT_EQ(q.record->changed_by_name, "Secretary");
  ASSERT_EQ(q.record->what.evidence.size(), 1U);
  EXPECT_EQ(q.record->what.evidence[0].url, "https://example.org/p");
}

INSTANTIATE_TEST_SUITE_P(Databases, QuestionsStoreTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& test) { return test.param; });

}  // namespace
}  // namespace boardlens
