#pragma once
/// What needs the board, without I/O: one view across every register in the form board
/// committees report in, "Alert, Advise, Assure", and the questions the board should ask next,
/// written from what is flagged. Each line links to its evidence.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace boardlens::briefing {

/// Alert: needs the board's decision or challenge now. Advise: the board should know and may
/// act. Assure: evidence that things are working.
enum class Level : std::uint8_t { kAlert, kAdvise, kAssure };
inline constexpr std::array<Level, 3> kAllLevels{Level::kAlert, Level::kAdvise, Level::kAssure};

/// What a line is about, which decides the question it prompts.
enum class Topic : std::uint8_t {
  kRisk,
  kAssuranceGap,
  kMeasureConcern,
  kOverdueAction,
  kOverdueQuestion,
  kStrategyCheck,
  kBlindSpot,
  kDisagreement,
  kContractEnding,
  kSwitchOff,
  kTargetMet,
  kImprovement,
  kActionDone,
};

struct Line {
  Level level = Level::kAlert;
  Topic topic = Topic::kRisk;
  std::string subject;     ///< what it is about, by name: "Patient portal", "Cyber attack…"
  std::string text;        ///< the whole line, a sentence without its full stop
  std::string path;        ///< its evidence, under the organisation ("/risks/4")
  std::string owner = {};  ///< the person it is for, if one is: kept apart for the public pack

  /// The line as said, naming its owner unless `names` is false.
  std::string Said(bool names = true) const {
    return names && !owner.empty() ? text + " (" + owner + ")" : text;
  }
};

/// Actions done this recently count as assurance.
inline constexpr int kActionsDoneWithinDays = 90;
/// The questions to ask next are at most this many.
inline constexpr std::size_t kMaxQuestions = 5;

std::string_view ToString(Level level);
std::vector<std::string_view> LevelNames();
/// "Alert", "Advise", "Assure".
std::string_view LevelWord(Level level);
std::string_view ToString(Topic topic);
std::vector<std::string_view> TopicNames();

/// The lines in level order, Alert first, each level in the order the registers gave them.
void SortByLevel(std::vector<Line>& lines);

/// The questions the board should ask next: one for each Alert and Advise line, in that order,
/// that has a question, each topic once, at most kMaxQuestions.
std::vector<std::string> QuestionsToAsk(const std::vector<Line>& lines);

}  // namespace boardlens::briefing
