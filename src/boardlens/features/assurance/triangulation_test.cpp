// The rules of triangulated assurance without I/O: each gap is raised at its threshold and
// not just below it (docs/assurance.md).

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "boardlens/features/assurance/triangulation.hpp"

namespace boardlens::assurance {
namespace {

Row Programme(portfolio::Confidence confidence, std::optional<double> seen_mean) {
  Row row;
  row.subject = {SubjectKind::kProgramme, 4};
  row.name = "Virtual wards";
  row.read.confidence = confidence;
  if (seen_mean) row.seen = {2, seen_mean};
  return row;
}

Row Service(int measures, int of_concern) {
  Row row;
  row.subject = {SubjectKind::kService, 7};
  row.name = "Patient portal";
  row.read.measures = measures;
  row.read.measures_of_concern = of_concern;
  row.heard.reports = 120;
  return row;
}

std::vector<std::string> Keys(const std::vector<Row>& rows, const Board& board = {}) {
  std::vector<std::string> keys;
  for (const auto& gap : FindGaps(rows, board)) keys.push_back(gap.key);
  return keys;
}

TEST(Triangulation, SeenAtMostTwoAgainstAPositiveReadIsAGap) {
  EXPECT_EQ(Keys({Programme(portfolio::Confidence::kGreen, kSeenPoorAtMost)}),
            std::vector<std::string>{"seen:programme:4"});
  EXPECT_TRUE(Keys({Programme(portfolio::Confidence::kGreen, kSeenPoorAtMost + 0.01)}).empty());
  EXPECT_EQ(Keys({Programme(portfolio::Confidence::kAmberGreen, 1.0)}).size(), 1U);
  EXPECT_TRUE(Keys({Programme(portfolio::Confidence::kAmber, 1.0)}).empty())
      << "the papers already say amber";
  EXPECT_TRUE(Keys({Programme(portfolio::Confidence::kGreen, std::nullopt)}).empty())
      << "nobody has looked";
}

TEST(Triangulation, HeardConcernAgainstAPositiveReadIsAGap) {
  Row service = Service(2, 0);
  EXPECT_TRUE(Keys({service}).empty());
  service.heard.satisfaction_measures = 1;
  service.heard.satisfaction_of_concern = 1;
  EXPECT_EQ(Keys({service}), std::vector<std::string>{"heard:service:7"});
  service.heard.satisfaction_of_concern = 0;
  service.heard.reports_rising = true;
  EXPECT_EQ(Keys({service}), std::vector<std::string>{"heard:service:7"});
  EXPECT_TRUE(Keys({Service(2, 1)}).empty()) << "the papers already show concern";
  Row unmeasured = Service(0, 0);
  unmeasured.heard.reports_rising = true;
  EXPECT_TRUE(Keys({unmeasured}).empty()) << "no measures: nothing read to contradict";
}

TEST(Triangulation, MonthlyCountsRiseWhenTheyShowSpecialCauseConcern) {
  const std::vector<std::string> months{"2026-01", "2026-02", "2026-03", "2026-04",
                                        "2026-05", "2026-06", "2026-07", "2026-08",
                                        "2026-09", "2026-10", "2026-11", "2026-12"};
  std::vector<std::optional<std::int64_t>> counts{100, 104, 98,  101, 99,  103,
                                                  97,  102, 100, 98,  101, 100};
  EXPECT_FALSE(CountsRising(counts, months));
  counts.back() = 160;
  EXPECT_TRUE(CountsRising(counts, months));
  counts.back() = 40;
  EXPECT_FALSE(CountsRising(counts, months)) << "fewer reports is improvement";
  counts.back() = std::nullopt;
  EXPECT_FALSE(CountsRising(counts, months)) << "a hidden month leaves too little to chart";
}

Board Rated(double users_mean, bool rising) {
  Board board;
  board.self_assessment = SelfAssessment{
      3, "Summer 2026", {{"users", "Users", users_mean}, {"culture", "Culture", 5.0}}};
  board.reports = 3208;
  board.reports_rising = rising;
  return board;
}

TEST(Triangulation, AThemeRatedFourOrMoreWhileReportsRiseIsAGap) {
  EXPECT_EQ(Keys({}, Rated(kSelfRatingAtLeast, true)),
            std::vector<std::string>{"self-assessment:users"});
  EXPECT_TRUE(Keys({}, Rated(kSelfRatingAtLeast - 0.1, true)).empty());
  EXPECT_TRUE(Keys({}, Rated(4.8, false)).empty()) << "reports not rising";
}

TEST(Triangulation, AQuestionsStatusThatTheRegistersContradictIsAGap) {
  Board board;
  board.reports = 3208;
  board.questions = {{"board-questions", std::string(kBarriersQuestion), "Barriers users face",
                      questions::Status::kNotStarted},
                     {"board-questions", std::string(kServicesQuestion),
                      "Services and their performance", questions::Status::kAssured}};
  board.services_of_concern = 1;
  EXPECT_EQ(Keys({}, board),
            (std::vector<std::string>{"question:user-barriers", "question:services-performance"}));
  const auto gaps = FindGaps({}, board);
  EXPECT_EQ(gaps[0].evidence[1], "Heard: 3,208 user-voice reports in the last 12 months");
  board.reports = 0;
  board.services_of_concern = 0;
  EXPECT_TRUE(Keys({}, board).empty()) << "one below: no reports, no service of concern";
  board.reports = 1;
  board.questions[0].status = questions::Status::kPartlyAssured;
  EXPECT_TRUE(Keys({}, board).empty()) << "work on the question has started";
}

TEST(Triangulation, SeenCountsRecentSharedObservationsOfTheSubjectOnly) {
  const Subject wards{SubjectKind::kProgramme, 4};
  const auto observed = [&](std::string on, int rating, Subject subject, bool shared) {
    observations::Observation o;
    o.what.observed_on = std::move(on);
    o.what.rating = rating;
    o.what.subject = subject;
    o.shared_at = shared ? 1 : 0;
    return o;
  };
  const std::vector<observations::Observation> all{
      observed("2026-11-01", 2, wards, true), observed("2026-01-01", 1, wards, true),
      observed("2025-12-31", 5, wards, true),  // before the twelve months
      observed("2026-11-02", 5, wards, false),
      observed("2026-11-03", 5, {SubjectKind::kService, 4}, true)};
  const Seen seen = SeenOf(wards, all, "2026-12-07");
  EXPECT_EQ(seen.count, 2);
  EXPECT_DOUBLE_EQ(*seen.mean_rating, 1.5);
  EXPECT_EQ(DescribeSeen(seen), "2 observations, average rating 1.5 out of 5");
}

}  // namespace
}  // namespace boardlens::assurance
