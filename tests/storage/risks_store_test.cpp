// The risk register on both engines: who may keep it and who reads it, organisations kept
// apart, actions and reviews, the appetite, and an import that stores all or nothing.

#include <gtest/gtest.h>

#include "boardlens/base/csv.hpp"
#include "boardlens/base/error.hpp"
#include "boardlens/base/error_kind_test.hpp"
#include "boardlens/features/portfolio/portfolio.hpp"
#include "boardlens/features/risks/risk_csv.hpp"
#include "boardlens/features/risks/risk_register.hpp"
#include "support/store_fixture.hpp"

namespace boardlens {
namespace {

using risks::Rating;
using risks::RiskInput;
using testing::KindOf;

class RisksStoreTest : public testing::StoreFixture {
 protected:
  risks::RiskRegister& Register() { return scope_->Get<risks::RiskRegister>(); }
  /// Member 0 is an executive, member 1 a non-executive.
  void SetUpBoard() { MakeBoard("RK1", 1, 1); }
  Id Member(int i) { return Board().ListMembers(op_, "RK1").at(static_cast<std::size_t>(i)).id; }
  /// "Offline backups", owned by member 1 and due in five days.
  actions::ActionInput Backups() {
    actions::ActionInput action;
    action.title = "Offline backups";
    action.owner_member_id = Member(1);
    action.due_on = IsoDate(clock_.Now() + 5 * kSecondsPerDay);
    return action;
  }
  RiskInput Risk(const std::string& title, Rating current = {3, 4}) {
    RiskInput in;
    in.title = title;
    in.objective = "Safe digital care";
    in.owner_member_id = Member(0);
    in.category = risks::Category::kCyberSecurity;
    in.inherent = {5, 5};
    in.current = current;
    in.target = {1, 4};
    in.review_on = "2099-01-01";
    return in;
  }
  /// A proposal in the organisation's portfolio, not yet approved.
  Id Proposal(const std::string& ods, const std::string& name) {
    portfolio::ItemInput in;
    in.stage = portfolio::Stage::kProposed;
    in.name = name;
    return scope_->Get<portfolio::Portfolio>().Add(op_, ods, in).id;
  }
  static std::string Header() {
    std::string h;
    for (const auto c : risks::kRiskColumns) h += (h.empty() ? "" : ",") + std::string(c);
    return h + "\n";
  }
};

TEST_P(RisksStoreTest, KeepersChangeTheRegisterBoardMembersReadItOtherOrganisationsSeeNothing) {
  SetUpBoard();
  const Caller executive = As(MemberEmail("RK1", 0));
  const Caller non_executive = As(MemberEmail("RK1", 1));
  const auto added = Register().Add(executive, "RK1", Risk("Ransomware"));
  EXPECT_EQ(added.owner_name, "Member 0");
  EXPECT_EQ(added.updated_by, executive.account_id);
  Register().Add(Secretary("RK1"), "RK1", Risk("Supplier failure", {5, 4}));
  EXPECT_EQ(KindOf([&] { Register().Add(non_executive, "RK1", Risk("Skills")); }),
            ErrorKind::kForbidden);
  EXPECT_EQ(KindOf([&] { Register().RecordReview(non_executive, "RK1", added.id, {}); }),
            ErrorKind::kForbidden);
  EXPECT_EQ(KindOf([&] {
              Register().SetAppetite(
                  non_executive, "RK1",
                  {risks::Category::kFinance, risks::AppetiteLevel::kOpen, 12, {}, 0});
            }),
            ErrorKind::kForbidden);
  const auto list = Register().List(non_executive, "RK1");
  ASSERT_EQ(list.size(), 2U);
  EXPECT_EQ(list.front().what.title, "Supplier failure");  // highest current score first
  // Unknown owners and duplicate titles are refused, naming the field.
  RiskInput stranger = Risk("Stranger");
  stranger.owner_member_id = 987654;
  try {
    Register().Add(executive, "RK1", stranger);
    FAIL() << "a stranger owned a risk";
  } catch (const Error& e) {
    EXPECT_EQ(e.where(), "owner");
  }
  EXPECT_EQ(KindOf([&] { Register().Add(executive, "RK1", Risk("Ransomware")); }),
            ErrorKind::kConflict);
  // Another organisation sees nothing of it, and cannot name its members as owners.
  MakeBoard("RK2", 1, 0);
  EXPECT_EQ(KindOf([&] { Register().Get(Secretary("RK2"), "RK1", added.id); }),
            ErrorKind::kNotFound);
  EXPECT_EQ(KindOf([&] { Register().Get(Secretary("RK2"), "RK2", added.id); }),
            ErrorKind::kNotFound);
  EXPECT_TRUE(Register().List(Secretary("RK2"), "RK2").empty());
  RiskInput borrowed = Risk("Borrowed owner");
  EXPECT_EQ(KindOf([&] { Register().Add(Secretary("RK2"), "RK2", borrowed); }),
            ErrorKind::kInvalid);
}

TEST_P(RisksStoreTest, ARiskOfNotActingLinksToAProposalInItsOwnPortfolio) {
  SetUpBoard();
  MakeBoard("RK2", 1, 0);
  const Id proposal = Proposal("RK1", "Results in the patient record");
  const Id elsewhere = Proposal("RK2", "Someone else's proposal");
  RiskInput in = Risk("Staying on the old results viewer");
  in.blocks_item_id = proposal;
  const Id id = Register().Add(op_, "RK1", in).id;
  const auto read = Register().Get(As(MemberEmail("RK1", 1)), "RK1", id);
  EXPECT_EQ(read.what.blocks_item_id, proposal);
  EXPECT_EQ(read.blocks_item_name, "Results in the patient record");
  // Another organisation's proposal, or none at all, is refused by name with the owner's fault.
  for (const Id wrong : {elsewhere, Id{987654}}) {
    RiskInput bad = Risk("Borrowed proposal");
    bad.blocks_item_id = wrong;
    bad.owner_member_id = 987654;
    try {
      Register().Add(op_, "RK1", bad);
      FAIL() << "a risk named proposal " << wrong;
    } catch (const Error& e) {
      std::vector<std::string> fields;
      for (const auto& p : e.problems()) fields.push_back(p.where);
      EXPECT_EQ(fields, (std::vector<std::string>{"owner", "blocks_proposal"}));
    }
  }
  // The proposal keeps its link once the board approves it and it goes into delivery.
  auto& items = scope_->Get<portfolio::Portfolio>();
  portfolio::ItemInput approved = items.Get(op_, "RK1", proposal).what;
  approved.stage = portfolio::Stage::kInDelivery;
  items.Update(op_, "RK1", proposal, approved);
  in.title = "Staying on the old results viewer, still";
  EXPECT_EQ(Register().Update(op_, "RK1", id, in).blocks_item_name,
            "Results in the patient record");
}

TEST_P(RisksStoreTest, ReviewsRecordTheScoreWithWhoAndWhenAndMovementFollows) {
  SetUpBoard();
  const Caller secretary = Secretary("RK1");
  const Id id = Register().Add(secretary, "RK1", Risk("Ransomware", {3, 4})).id;
  EXPECT_EQ(risks::MovementOf(Register().Get(secretary, "RK1", id)), risks::Movement::kNew);
  const auto review = Register().RecordReview(secretary, "RK1", id, {"Seen at ARC", "2099-06-30"});
  EXPECT_EQ(review.reviewed_at, clock_.Now());
  auto risk = Register().Get(secretary, "RK1", id);
  EXPECT_EQ(risk.what.review_on, "2099-06-30");
  ASSERT_TRUE(risk.last_review);
  EXPECT_EQ(risk.last_review->reviewer_name, "Secretary");
  EXPECT_EQ(risk.last_review->current, (Rating{3, 4}));
  EXPECT_EQ(risks::MovementOf(risk), risks::Movement::kUnchanged);
  // The score rises after the review: the register shows it going up until the next one.
  clock_.Advance(kSecondsPerDay);
  RiskInput worse = risk.what;
  worse.current = {4, 4};
  Register().Update(secretary, "RK1", id, worse);
  EXPECT_EQ(risks::MovementOf(Register().Get(secretary, "RK1", id)), risks::Movement::kUp);
  Register().RecordReview(secretary, "RK1", id, {"", ""});
  const auto reviews = Register().Reviews(secretary, "RK1", id);
  ASSERT_EQ(reviews.size(), 2U);
  EXPECT_EQ(reviews.front().current, (Rating{4, 4}));  // newest first
  EXPECT_EQ(risks::MovementOf(Register().Get(secretary, "RK1", id)), risks::Movement::kUnchanged);
  // A next review in the past is refused by name.
  try {
    Register().RecordReview(secretary, "RK1", id, {"", "2000-01-01"});
    FAIL() << "a past review date was taken";
  } catch (const Error& e) {
    EXPECT_EQ(e.where(), "next_review_on");
  }
}

TEST_P(RisksStoreTest, ActionsAndReviewsFallOverdueAsTheClockMoves) {
  SetUpBoard();
  RiskInput in = Risk("Ransomware");
  in.review_on = IsoDate(clock_.Now() + 10 * kSecondsPerDay);
  const Id id = Register().Add(op_, "RK1", in).id;
  const actions::ActionInput action = Backups();
  const auto added = Register().AddAction(op_, "RK1", id, action);
  EXPECT_EQ(added.owner_name, "Member 1");
  const auto today = [&] { return Register().Today(); };
  EXPECT_FALSE(risks::Overdue(Register().Get(op_, "RK1", id), today()));
  clock_.Advance(6 * kSecondsPerDay);
  auto risk = Register().Get(op_, "RK1", id);
  EXPECT_TRUE(actions::IsOverdue(risk.actions.at(0), today()));
  EXPECT_FALSE(risks::ReviewOverdue(risk.what, today()));
  Register().SetActionStatus(op_, "RK1", id, added.id, actions::ActionStatus::kDone);
  EXPECT_FALSE(risks::Overdue(Register().Get(op_, "RK1", id), today()));
  clock_.Advance(5 * kSecondsPerDay);
  EXPECT_TRUE(risks::ReviewOverdue(Register().Get(op_, "RK1", id).what, today()));
  // An action on another organisation's risk does not exist for this one.
  MakeBoard("RK2", 1, 0);
  EXPECT_EQ(KindOf([&] {
              Register().SetActionStatus(Secretary("RK2"), "RK2", id, added.id,
                                         actions::ActionStatus::kOpen);
            }),
            ErrorKind::kNotFound);
}

TEST_P(RisksStoreTest, ActionsOnRisksAreTheActionLogs) {
  SetUpBoard();
  RiskInput in = Risk("Ransomware");
  const Id id = Register().Add(op_, "RK1", in).id;
  const actions::ActionInput action = Backups();
  const auto added = Register().AddAction(op_, "RK1", id, action);
  // The log holds it, raised from the risk, and the secretary follows it there.
  auto& log = scope_->Get<actions::Actions>();
  const auto all = log.List(op_, "RK1");
  ASSERT_EQ(all.size(), 1U);
  EXPECT_EQ(all[0].id, added.id);
  EXPECT_EQ(all[0].source.kind, actions::SourceKind::kRisk);
  EXPECT_EQ(all[0].source.id, id);
  actions::ActionInput progress = all[0].what;
  progress.progress = "Two of three sites done";
  log.Update(op_, "RK1", added.id, progress);
  EXPECT_EQ(Register().Get(op_, "RK1", id).actions.at(0).what.progress, "Two of three sites done");
  // Marking it done from the risk keeps what the log recorded.
  Register().SetActionStatus(op_, "RK1", id, added.id, actions::ActionStatus::kDone);
  const auto after = log.Get(op_, "RK1", added.id);
  EXPECT_EQ(after.what.status, actions::ActionStatus::kDone);
  EXPECT_EQ(after.what.progress, "Two of three sites done");
  // The log's own form cannot raise an action on a risk, nor the risk's on another risk.
  EXPECT_EQ(KindOf([&] { log.Record(op_, "RK1", action, actions::Source::Risk(id)); }),
            ErrorKind::kInvalid);
  const Id other = Register().Add(op_, "RK1", Risk("Skills gap")).id;
  EXPECT_EQ(KindOf([&] {
              Register().SetActionStatus(op_, "RK1", other, added.id, actions::ActionStatus::kOpen);
            }),
            ErrorKind::kNotFound);
  // A member who keeps no register may not add one.
  EXPECT_EQ(KindOf([&] { Register().AddAction(As(MemberEmail("RK1", 1)), "RK1", id, action); }),
            ErrorKind::kForbidden);
}

TEST_P(RisksStoreTest, TheAppetiteIsKeptPerCategory) {
  SetUpBoard();
  Register().SetAppetite(
      op_, "RK1", {risks::Category::kCyberSecurity, risks::AppetiteLevel::kMinimal, 6, {}, 0});
  Register().SetAppetite(
      op_, "RK1", {risks::Category::kCyberSecurity, risks::AppetiteLevel::kCautious, 8, {}, 0});
  const auto appetites = Register().Appetites(op_, "RK1");
  ASSERT_EQ(appetites.size(), 1U);
  EXPECT_EQ(appetites[0].level, risks::AppetiteLevel::kCautious);
  EXPECT_EQ(risks::Compare(12, risks::AppetiteFor(appetites, risks::Category::kCyberSecurity)),
            risks::AppetiteStance::kAbove);
}

TEST_P(RisksStoreTest, AnImportAddsAndUpdatesByTitleOrWritesNothing) {
  SetUpBoard();
  const Id proposal = Proposal("RK1", "Electronic patient record");
  const Id id = Register().Add(op_, "RK1", Risk("Ransomware")).id;
  Register().RecordReview(op_, "RK1", id, {"first", ""});
  const auto done = Register().Import(
      op_, "RK1",
      Header() +
          "Ransomware,Safe care,Phishing,Systems down,member 0,ARC,cyber_security,5,5,4,4,2,4,"
          "Backups,,Reports,ARC,Internal audit,,2099-03-31,,"
          "\"2099-01-01 | Member 1 | open | Offline backups\"\n"
          "Skills gap,Workforce,,,Member 1,People Committee,workforce,4,3,3,3,2,2,,,,,,,"
          "2099-03-31,Electronic patient record,\n",
      "risks.csv");
  EXPECT_EQ(done.added, 1U);
  EXPECT_EQ(done.updated, 1U);
  auto list = Register().List(op_, "RK1");
  ASSERT_EQ(list.size(), 2U);
  EXPECT_EQ(list[0].what.title, "Ransomware");
  EXPECT_EQ(list[0].what.current, (Rating{4, 4}));
  ASSERT_EQ(list[0].actions.size(), 1U);
  EXPECT_EQ(list[0].actions[0].owner_name, "Member 1");
  EXPECT_TRUE(list[0].last_review);  // reviews survive an import
  EXPECT_EQ(list[1].what.blocks_item_id, proposal);
  const std::string before = WriteCsv(risks::RiskTable(list));

  // One bad line: nothing is written, and each problem says line and column.
  try {
    Register().Import(op_, "RK1",
                      Header() +
                          "New risk,Safe care,,,Member 0,,delivery,3,3,3,3,1,1,,,,,,,2099-01-01,,\n"
                          "Ransomware,Safe care,,,Nobody,,cyber_security,5,5,2,2,3,3,,,,,,,"
                          "2099-01-01,,\n",
                      "risks.csv");
    FAIL() << "expected an error";
  } catch (const Error& e) {
    ASSERT_EQ(e.problems().size(), 2U);
    EXPECT_EQ(e.problems().at(0).where, "risks.csv:3:5");
    EXPECT_EQ(e.problems().at(1).where, "risks.csv:3:12");
  }
  EXPECT_EQ(WriteCsv(risks::RiskTable(Register().List(op_, "RK1"))), before);

  // A line whose action cannot be recorded stores nothing either, actions included.
  const std::size_t logged = scope_->Get<actions::Actions>().List(op_, "RK1").size();
  EXPECT_EQ(KindOf([&] {
              Register().Import(
                  op_, "RK1",
                  Header() +
                      "Third risk,Safe care,,,Member 0,,delivery,3,3,3,3,1,1,,,,,,,2099-01-01,,"
                      "\"2099-01-01 | Member 1 | open | New action\"\n"
                      "Fourth risk,Safe care,,,Member 0,,delivery,3,3,3,3,1,1,,,,,,,2099-01-01,,"
                      "\"2000-01-01 | Member 1 | open | Too late\"\n",
                  "risks.csv");
            }),
            ErrorKind::kInvalid);
  EXPECT_EQ(scope_->Get<actions::Actions>().List(op_, "RK1").size(), logged);
  EXPECT_EQ(WriteCsv(risks::RiskTable(Register().List(op_, "RK1"))), before);

  // What the register exports, it imports back unchanged, its actions updated in place.
  const auto again = Register().Import(op_, "RK1", before, "export.csv");
  EXPECT_EQ(again.updated, 2U);
  EXPECT_EQ(WriteCsv(risks::RiskTable(Register().List(op_, "RK1"))), before);
  EXPECT_EQ(scope_->Get<actions::Actions>().List(op_, "RK1").size(), logged);
  // Only keepers import.
  EXPECT_EQ(KindOf([&] { Register().Import(As(MemberEmail("RK1", 1)), "RK1", before, "x.csv"); }),
            ErrorKind::kForbidden);
}

INSTANTIATE_TEST_SUITE_P(Databases, RisksStoreTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& test) { return test.param; });

}  // namespace
}  // namespace boardlens
