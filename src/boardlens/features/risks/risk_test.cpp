// The risk register's rules: scores and bands at every boundary, appetite, overdue reviews
// and actions as the clock moves, movement since the last review, and the register's CSV.

#include <gtest/gtest.h>

#include "boardlens/base/clock.hpp"
#include "boardlens/base/csv.hpp"
#include "boardlens/base/error.hpp"
#include "boardlens/features/risks/risk.hpp"
#include "boardlens/features/risks/risk_csv.hpp"

namespace boardlens::risks {
namespace {

RiskInput Valid() {
  RiskInput in;
  in.title = "Ransomware stops clinical systems";
  in.objective = "Safe, reliable digital care";
  in.owner_member_id = 7;
  in.category = Category::kCyberSecurity;
  in.inherent = {5, 5};
  in.current = {4, 4};
  in.target = {2, 4};
  in.review_on = "2027-03-31";
  return in;
}

std::vector<std::string> WheresOf(const std::function<void()>& fn) {
  try {
    fn();
  } catch (const Error& e) {
    std::vector<std::string> out;
    if (e.problems().empty()) out.push_back(e.where());
    for (const auto& p : e.problems()) out.push_back(p.where);
    return out;
  }
  return {};
}

TEST(RiskRules, ScoreIsLikelihoodTimesConsequence) {
  EXPECT_EQ(Score({1, 1}), 1);
  EXPECT_EQ(Score({3, 4}), 12);
  EXPECT_EQ(Score({5, 5}), 25);
  EXPECT_EQ(Score({5, 1}), 5);
}

TEST(RiskRules, BandsChangeAtEveryBoundaryOfTheMatrix) {
  EXPECT_EQ(BandOf(1), Band::kLow);
  EXPECT_EQ(BandOf(3), Band::kLow);
  EXPECT_EQ(BandOf(4), Band::kModerate);
  EXPECT_EQ(BandOf(6), Band::kModerate);
  EXPECT_EQ(BandOf(8), Band::kHigh);
  EXPECT_EQ(BandOf(12), Band::kHigh);
  EXPECT_EQ(BandOf(15), Band::kExtreme);
  EXPECT_EQ(BandOf(25), Band::kExtreme);
  EXPECT_EQ(ScoresText(Band::kHigh), "8 to 12");
  EXPECT_EQ(ScoresText(Band::kExtreme), "15 to 25");
  // Every product of the matrix falls in the band DESIGN.md gives it.
  for (int l = 1; l <= 5; ++l) {
    for (int c = 1; c <= 5; ++c) {
      const int s = l * c;
      const Band expected = s <= 3    ? Band::kLow
                            : s <= 6  ? Band::kModerate
                            : s <= 12 ? Band::kHigh
                                      : Band::kExtreme;
      EXPECT_EQ(BandOf(Score({l, c})), expected) << l << "x" << c;
    }
  }
  EXPECT_EQ(BandLabel(Band::kExtreme), "Extreme");
}

TEST(RiskRules, AppetiteIsExceededOnlyAboveTheHighestScoreTolerated) {
  Appetite cautious{Category::kCyberSecurity, AppetiteLevel::kCautious, 8, {}, 0};
  EXPECT_EQ(Compare(8, cautious), AppetiteStance::kWithin);
  EXPECT_EQ(Compare(9, cautious), AppetiteStance::kAbove);
  EXPECT_EQ(Compare(1, cautious), AppetiteStance::kWithin);
  EXPECT_EQ(Compare(25, std::nullopt), AppetiteStance::kNotSet);
  const std::vector<Appetite> all{cautious, {Category::kFinance, AppetiteLevel::kOpen, 15, {}, 0}};
  EXPECT_EQ(AppetiteFor(all, Category::kFinance)->max_score, 15);
  EXPECT_FALSE(AppetiteFor(all, Category::kWorkforce));
  Appetite bad = cautious;
  bad.max_score = 26;
  EXPECT_THROW(CheckAppetite(bad), Error);
  bad.max_score = 0;
  EXPECT_THROW(CheckAppetite(bad), Error);
}

/// An action of the log, agreed on a risk.
actions::Action Agreed(Id id, std::string title, Id owner, std::string owner_name,
                       std::string due_on, actions::ActionStatus status) {
  actions::Action a;
  a.id = id;
  a.what.title = std::move(title);
  a.what.owner_member_id = owner;
  a.owner_name = std::move(owner_name);
  a.what.due_on = std::move(due_on);
  a.what.status = status;
  return a;
}

TEST(RiskRules, ReviewsAndActionsFallOverdueAsTheClockMovesPastThem) {
  ManualClock clock(EpochOfDate("2027-03-30"));
  Risk risk;
  risk.what = Valid();
  risk.actions.push_back(
      Agreed(1, "Test restores", 7, "Member", "2027-04-15", actions::ActionStatus::kOpen));
  EXPECT_FALSE(Overdue(risk, IsoDate(clock.Now())));
  clock.Advance(kSecondsPerDay);  // the review day itself is not late
  EXPECT_FALSE(ReviewOverdue(risk.what, IsoDate(clock.Now())));
  clock.Advance(kSecondsPerDay);
  EXPECT_TRUE(ReviewOverdue(risk.what, IsoDate(clock.Now())));
  EXPECT_FALSE(actions::IsOverdue(risk.actions[0], IsoDate(clock.Now())));
  risk.what.review_on = "2027-06-30";
  EXPECT_FALSE(Overdue(risk, IsoDate(clock.Now())));
  clock.Set(EpochOfDate("2027-04-16"));
  EXPECT_TRUE(actions::IsOverdue(risk.actions[0], IsoDate(clock.Now())));
  EXPECT_TRUE(Overdue(risk, IsoDate(clock.Now())));
  risk.actions[0].what.status = actions::ActionStatus::kDone;  // a done action is never late
  EXPECT_FALSE(Overdue(risk, IsoDate(clock.Now())));
}

TEST(RiskRules, MovementComparesTheCurrentScoreWithTheLastReview) {
  EXPECT_EQ(MovementOf(Rating{3, 3}, std::nullopt), Movement::kNew);
  EXPECT_EQ(MovementOf(Rating{4, 3}, Rating{3, 3}), Movement::kUp);
  EXPECT_EQ(MovementOf(Rating{2, 3}, Rating{3, 3}), Movement::kDown);
  // The same score by other means has not moved.
  EXPECT_EQ(MovementOf(Rating{2, 3}, Rating{3, 2}), Movement::kUnchanged);
}

TEST(RiskRules, ARiskIsCheckedWholeAndEveryFaultNamed) {
  RiskInput ok = Valid();
  EXPECT_NO_THROW(CheckRisk(ok));
  RiskInput bad = Valid();
  bad.title = " ";
  bad.owner_member_id.reset();
  bad.inherent = {0, 6};
  bad.review_on = "2027-02-30";
  EXPECT_EQ(WheresOf([&] { CheckRisk(bad); }),
            (std::vector<std::string>{"title", "owner", "inherent_likelihood",
                                      "inherent_consequence", "review_on"}));
  RiskInput above = Valid();
  above.target = {5, 4};  // 20 over a current 16
  EXPECT_EQ(WheresOf([&] { CheckRisk(above); }), (std::vector<std::string>{"target_likelihood"}));
  above.target = {4, 4};  // equal is allowed: no further reduction planned
  EXPECT_NO_THROW(CheckRisk(above));
}

TEST(RiskRules, ACurrentScoreAboveTheInherentOneIsRefused) {
  RiskInput grown = Valid();
  grown.inherent = {3, 3};  // 9
  grown.current = {4, 3};   // 12: controls cannot add to a risk
  grown.target = {2, 3};
  EXPECT_EQ(WheresOf([&] { CheckRisk(grown); }), (std::vector<std::string>{"current_likelihood"}));
  grown.inherent = {4, 3};  // raised with it, or equal: no control has helped yet
  EXPECT_NO_THROW(CheckRisk(grown));
  // A risk stored before the rule keeps its scores; changing either holds it to the rule.
  RiskInput stored = grown;
  stored.inherent = {3, 3};
  RiskInput edited = stored;
  edited.title = "Renamed";
  EXPECT_NO_THROW(CheckRisk(edited, &stored));
  edited.current = {5, 3};
  EXPECT_EQ(WheresOf([&] { CheckRisk(edited, &stored); }),
            (std::vector<std::string>{"current_likelihood"}));
}

TEST(RiskRules, TheNextReviewIsTodayOrLaterUnlessTheRiskKeepsItsDate) {
  EXPECT_NO_THROW(CheckReviewDate("2027-03-31", "2027-03-31"));
  EXPECT_NO_THROW(CheckReviewDate("2027-04-01", "2027-03-31"));
  EXPECT_EQ(WheresOf([&] { CheckReviewDate("2027-03-30", "2027-03-31"); }),
            (std::vector<std::string>{"review_on"}));
  EXPECT_EQ(WheresOf([&] { CheckReviewDate("2027-03-30", "2027-03-31", {}, "next_review_on"); }),
            (std::vector<std::string>{"next_review_on"}));
  // An overdue review stays as it is until the board reviews the risk; moving it to another
  // past date is refused.
  EXPECT_NO_THROW(CheckReviewDate("2027-01-15", "2027-03-31", "2027-01-15"));
  EXPECT_THROW(CheckReviewDate("2027-01-16", "2027-03-31", "2027-01-15"), Error);
}

TEST(RiskRules, TheHeatMapPlacesEachRiskInItsCell) {
  std::vector<Risk> risks(3);
  risks[0].what = Valid();
  risks[1].what = Valid();
  risks[2].what = Valid();
  risks[2].what.current = {1, 5};
  const HeatMap current = PlaceOnHeatMap(risks, ScoreKind::kCurrent);
  EXPECT_EQ(current[3][3].risks, (std::vector<const Risk*>{&risks[0], &risks[1]}));
  EXPECT_EQ(current[3][3].score(), 16);
  EXPECT_EQ(current[0][4].risks, std::vector<const Risk*>{&risks[2]});
  EXPECT_EQ(current[0][4].band(), Band::kModerate);
  EXPECT_TRUE(current[4][4].risks.empty());
  EXPECT_EQ(PlaceOnHeatMap(risks, ScoreKind::kInherent)[4][4].risks.size(), 3U);
}

std::string Header() {
  std::string h;
  for (const auto c : kRiskColumns) h += (h.empty() ? "" : ",") + std::string(c);
  return h + "\n";
}

const KnownNames kKnown{
    {{"ada lovelace", 1}, {"grace hopper", 2}}, {{"electronic patient record", 7}}, {}, {}, {}};

TEST(RiskCsv, EveryProblemIsNamedAtItsLineAndColumn) {
  const std::string csv =
      Header() +
      "Cyber attack,Safe care,,,Ada Lovelace,ARC,cyber_security,5,5,4,4,2,4,,,,,,,2027-03-31,,\n"
      "Bad one,Safe care,,,Nobody,ARC,weather,6,5,2,2,3,3,,,,,,,31/03/2027,Cloud move,"
      "\"2027-05-01 | Grace Hopper | open | Patch\n2027-13-01 | Someone | maybe | Fix\"\n";
  try {
    ParseRiskCsv(csv, "risks.csv", kKnown);
    FAIL() << "no error";
  } catch (const Error& e) {
    std::vector<std::string> wheres;
    for (const auto& p : e.problems()) wheres.push_back(p.where);
    EXPECT_EQ(wheres,
              (std::vector<std::string>{"risks.csv:3:5",   // unknown owner
                                        "risks.csv:3:7",   // unknown category
                                        "risks.csv:3:8",   // likelihood 6
                                        "risks.csv:3:12",  // target 9 above current 4
                                        "risks.csv:3:20",  // not a date
                                        "risks.csv:3:21",  // not in the portfolio
                                        "risks.csv:3:22", "risks.csv:3:22", "risks.csv:3:22"}))
        << e.what();
  }
}

TEST(RiskCsv, TheExportImportsBackUnchanged) {
  Risk r;
  r.what = Valid();
  r.what.owner_member_id = 2;
  r.owner_name = "Grace Hopper";
  r.what.controls = "Backups, tested monthly\nEndpoint protection";
  r.what.blocks_item_id = 7;
  r.blocks_item_name = "Electronic patient record";
  r.actions.push_back(
      Agreed(1, "Offline backups", 1, "Ada Lovelace", "2027-05-01", actions::ActionStatus::kOpen));
  r.actions.push_back(
      Agreed(2, "Phishing drill", 2, "Grace Hopper", "2026-11-01", actions::ActionStatus::kDone));
  // The risk is in the register with both actions, so the one due in the past keeps its date.
  KnownNames known = kKnown;
  known.today = "2027-03-31";
  known.action_titles["Ransomware stops clinical systems"] = {"Offline backups", "Phishing drill"};
  const std::string csv = WriteCsv(RiskTable({r}));
  const auto rows = ParseRiskCsv(csv, "risks.csv", known);
  ASSERT_EQ(rows.size(), 1U);
  EXPECT_EQ(WriteCsv(RiskTable({[&] {
              Risk back;
              back.what = rows[0].risk;
              back.owner_name = "Grace Hopper";
              back.blocks_item_name = "Electronic patient record";
              for (const actions::ActionInput& in : rows[0].actions) {
                actions::Action a;
                a.what = in;
                a.owner_name = *in.owner_member_id == 1 ? "Ada Lovelace" : "Grace Hopper";
                back.actions.push_back(a);
              }
              return back;
            }()})),
            csv);
  EXPECT_EQ(rows[0].actions.at(1).status, actions::ActionStatus::kDone);
  EXPECT_EQ(*rows[0].actions.at(0).owner_member_id, 1);
  EXPECT_EQ(rows[0].risk.blocks_item_id, 7) << "the proposal is named, in any case";
}

TEST(RiskCsv, ANewActionIsDueFromTodayAndOneTheRiskHasMayKeepItsDate) {
  KnownNames known = kKnown;
  known.today = "2027-03-31";
  known.action_titles["Cyber attack"] = {"Patch the servers"};
  const auto csv = [](const std::string& action) {
    return Header() +
           "Cyber attack,Safe care,,,Ada Lovelace,ARC,cyber_security,5,5,4,4,2,4,,,,,,,2027-04-30,,"
           "\"" +
           action + "\"\n";
  };
  EXPECT_EQ(WheresOf([&] {
              ParseRiskCsv(csv("2027-03-01 | Ada Lovelace | open | Test the backups"), "r.csv",
                           known);
            }),
            std::vector<std::string>{"r.csv:2:22"});
  EXPECT_NO_THROW(
      ParseRiskCsv(csv("2027-03-01 | Ada Lovelace | Open | Patch the servers"), "r.csv", known));
  EXPECT_EQ(
      ParseRiskCsv(csv("2027-04-01 | Ada Lovelace | Dropped | Test the backups"), "r.csv", known)
          .at(0)
          .actions.at(0)
          .status,
      actions::ActionStatus::kDropped);
}

TEST(RiskCsv, ANewRiskIsReviewedFromTodayAndAKnownOneMayKeepItsDate) {
  KnownNames known = kKnown;
  known.today = "2027-03-31";
  known.risks["Cyber attack"].review_on = "2027-01-15";
  const std::string row = ",Safe care,,,Ada Lovelace,ARC,cyber_security,5,5,4,4,2,4,,,,,,,";
  EXPECT_EQ(WheresOf([&] {
              ParseRiskCsv(Header() + "New one" + row + "2027-03-30,,\n", "r.csv", known);
            }),
            std::vector<std::string>{"r.csv:2:20"});
  EXPECT_NO_THROW(ParseRiskCsv(Header() + "New one" + row + "2027-03-31,,\n", "r.csv", known));
  EXPECT_NO_THROW(ParseRiskCsv(Header() + "Cyber attack" + row + "2027-01-15,,\n", "r.csv", known));
}

TEST(RiskCsv, AWrongHeaderOrEmptyFileIsRefusedAtItsPlace) {
  for (const auto& file : std::vector<std::pair<std::string, std::string>>{
           {"", "r.csv:1:1"}, {"title,objective,owner\n", "r.csv:1:3"}, {Header(), "r.csv:2:1"}}) {
    EXPECT_EQ(WheresOf([&] { ParseRiskCsv(file.first, "r.csv", kKnown); }),
              std::vector<std::string>{file.second})
        << file.first;
  }
}

}  // namespace
}  // namespace boardlens::risks
