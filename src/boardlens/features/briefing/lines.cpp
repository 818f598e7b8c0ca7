#include "boardlens/features/briefing/lines.hpp"

#include <algorithm>
#include <set>

#include "boardlens/base/names.hpp"

namespace boardlens::briefing {
namespace {

constexpr NameTable<Level, 3> kLevels{
    {{Level::kAlert, "alert"}, {Level::kAdvise, "advise"}, {Level::kAssure, "assure"}}};
constexpr NameTable<Level, 3> kLevelWords{
    {{Level::kAlert, "Alert"}, {Level::kAdvise, "Advise"}, {Level::kAssure, "Assure"}}};
constexpr NameTable<Topic, 13> kTopics{{{Topic::kRisk, "risk"},
                                        {Topic::kAssuranceGap, "assurance_gap"},
                                        {Topic::kMeasureConcern, "measure_concern"},
                                        {Topic::kOverdueAction, "overdue_action"},
                                        {Topic::kOverdueQuestion, "overdue_question"},
                                        {Topic::kStrategyCheck, "strategy_check"},
                                        {Topic::kBlindSpot, "blind_spot"},
                                        {Topic::kDisagreement, "disagreement"},
                                        {Topic::kContractEnding, "contract_ending"},
                                        {Topic::kSwitchOff, "switch_off"},
                                        {Topic::kTargetMet, "target_met"},
                                        {Topic::kImprovement, "improvement"},
                                        {Topic::kActionDone, "action_done"}}};

/// The question a flagged line prompts, `{}` standing for its subject; none for assurance.
std::string QuestionFor(const Line& line) {
  std::string_view pattern;
  switch (line.topic) {
    case Topic::kRisk:
      pattern = "Are the controls on \"{}\" working, and when will its score come down?";
      break;
    case Topic::kAssuranceGap:
      pattern =
          "What explains the difference in what we read, hear and see of {}, and what "
          "will we do about it?";
      break;
    case Topic::kMeasureConcern:
      pattern = "What changed in {}, and who is looking into it?";
      break;
    case Topic::kOverdueAction:
      pattern = "What is stopping \"{}\", and what date can its owner now commit to?";
      break;
    case Topic::kOverdueQuestion:
      pattern = "When will the board next review \"{}\", and with what evidence?";
      break;
    case Topic::kStrategyCheck:
      pattern = "How will the strategy answer its check: {}?";
      break;
    case Topic::kBlindSpot:
      pattern = "Who can brief the board on {}, where many members did not know how to rate it?";
      break;
    case Topic::kDisagreement:
      pattern = "Why do board members see {} so differently?";
      break;
    case Topic::kContractEnding:
      pattern = "What is the plan for {} before its contract ends?";
      break;
    case Topic::kSwitchOff:
      pattern = "Should we switch off {}, and what would its users need instead?";
      break;
    case Topic::kTargetMet:
    case Topic::kImprovement:
    case Topic::kActionDone:
      return {};
  }
  const auto hole = pattern.find("{}");
  return std::string(pattern.substr(0, hole)) + line.subject +
         std::string(pattern.substr(hole + 2));
}

}  // namespace

std::string_view ToString(Level level) { return NameOf(kLevels, level); }
std::vector<std::string_view> LevelNames() { return Names(kLevels); }
std::string_view LevelWord(Level level) { return NameOf(kLevelWords, level); }
std::string_view ToString(Topic topic) { return NameOf(kTopics, topic); }
std::vector<std::string_view> TopicNames() { return Names(kTopics); }

void SortByLevel(std::vector<Line>& lines) {
  std::stable_sort(lines.begin(), lines.end(),
                   [](const Line& a, const Line& b) { return a.level < b.level; });
}

std::vector<std::string> QuestionsToAsk(const std::vector<Line>& lines) {
  std::vector<Line> ordered = lines;
  SortByLevel(ordered);
  std::vector<std::string> questions;
  std::set<Topic> asked;
  for (const Line& line : ordered) {
    if (questions.size() == kMaxQuestions) break;
    if (line.level == Level::kAssure || asked.contains(line.topic)) continue;
    std::string question = QuestionFor(line);
    if (question.empty()) continue;
    asked.insert(line.topic);
    questions.push_back(std::move(question));
  }
  return questions;
}

}  // namespace boardlens::briefing
