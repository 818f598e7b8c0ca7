// What needs the board, without I/O: lines in Alert, Advise, Assure order, and the questions
// to ask next written from the flagged ones.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "boardlens/features/briefing/lines.hpp"

namespace boardlens::briefing {
namespace {

Line Of(Level level, Topic topic, const std::string& subject) {
  return {level, topic, subject, subject, "/"};
}

TEST(Briefing, LinesGoAlertFirstAndKeepTheRegistersOrderWithinALevel) {
  std::vector<Line> lines{
      Of(Level::kAssure, Topic::kTargetMet, "a"), Of(Level::kAdvise, Topic::kContractEnding, "b"),
      Of(Level::kAlert, Topic::kRisk, "c"), Of(Level::kAlert, Topic::kMeasureConcern, "d")};
  SortByLevel(lines);
  std::vector<std::string> order;
  order.reserve(lines.size());
  for (const auto& l : lines) order.push_back(l.subject);
  EXPECT_EQ(order, (std::vector<std::string>{"c", "d", "b", "a"}));
}

TEST(Briefing, QuestionsComeFromAlertsThenAdviceOncePerTopicAndAtMostFive) {
  const std::vector<Line> lines{Of(Level::kAssure, Topic::kActionDone, "Agree an inclusion plan"),
                                Of(Level::kAdvise, Topic::kContractEnding, "Patient portal"),
                                Of(Level::kAlert, Topic::kRisk, "Ransomware attack"),
                                Of(Level::kAlert, Topic::kRisk, "Too few informatics staff"),
                                Of(Level::kAlert, Topic::kAssuranceGap, "Virtual wards")};
  EXPECT_EQ(QuestionsToAsk(lines),
            (std::vector<std::string>{
                "Are the controls on \"Ransomware attack\" working, and when will its score come "
                "down?",
                "What explains the difference in what we read, hear and see of Virtual wards, "
                "and what will we do about it?",
                "What is the plan for Patient portal before its contract ends?"}));

  std::vector<Line> many;
  for (const Topic t : {Topic::kRisk, Topic::kAssuranceGap, Topic::kMeasureConcern,
                        Topic::kOverdueAction, Topic::kOverdueQuestion, Topic::kStrategyCheck}) {
    many.push_back(Of(Level::kAlert, t, "x"));
  }
  EXPECT_EQ(QuestionsToAsk(many).size(), kMaxQuestions);
  EXPECT_TRUE(QuestionsToAsk({Of(Level::kAssure, Topic::kTargetMet, "x")}).empty());
}

TEST(Briefing, EveryTopicAndLevelHasItsWord) {
  EXPECT_EQ(TopicNames().size(), 13U);
  EXPECT_EQ(LevelNames(), (std::vector<std::string_view>{"alert", "advise", "assure"}));
  EXPECT_EQ(LevelWord(Level::kAdvise), "Advise");
}

}  // namespace
}  // namespace boardlens::briefing
