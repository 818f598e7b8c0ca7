#pragma once
/// The digital strategy's record and rules, without I/O: what a strategy says, the checks its
/// fields must pass before it is stored, and what changed between two versions of it.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "boardlens/base/access.hpp"

namespace boardlens::strategy {

/// A measurable outcome the strategy promises. Measure, baseline, target and date may be left
/// empty while it is drafted; the checks flag an outcome without them. Linked to a measure of
/// one of the organisation's services, its baseline and target are numbers in the measure's
/// unit, its date is required, and it has a trajectory (TrajectoryOf).
struct Outcome {
  Id key = 0;  ///< the same outcome across versions; 0 for a new one
  std::string title;
  std::string measure;  ///< in words; for an outcome not linked to a measure
  std::string baseline;
  std::string target;
  std::string due_on;                           ///< YYYY-MM-DD, or empty
  std::optional<Id> measure_id = std::nullopt;  ///< the service measure it is judged by, or none
  std::string baseline_on = {};                 ///< YYYY-MM-DD the baseline was measured, or empty
};

/// A priority; its rank is its place in the list (first is 1).
struct Priority {
  Id key = 0;  ///< the same priority across versions, which projects link to; 0 for a new one
  std::string title;
  std::string description;
  bool top = false;
};

/// Something the strategy has chosen not to do, and why.
struct NotDoing {
  Id key = 0;
  std::string what;
  std::string reason;
};

/// What a keeper saves: the whole strategy, every save a new version.
struct StrategyInput {
  std::string vision;
  int horizon_start = 0;       ///< the first year it covers
  int horizon_end = 0;         ///< the last year it covers
  std::string reviewed_on;     ///< when the board last reviewed it, YYYY-MM-DD or empty
  std::string next_review_on;  ///< when it will next, YYYY-MM-DD or empty
  std::string system_title;    ///< the integrated care system's strategy it links to
  std::string system_url;
  std::vector<Outcome> outcomes;
  std::vector<Priority> priorities;  ///< in rank order
  std::vector<NotDoing> not_doing;
};

/// One saved version: who saved it and when, and the board's approval if recorded.
struct Version {
  int number = 0;
  std::optional<Id> saved_by;
  std::string saved_by_name;
  std::int64_t saved_at = 0;
  std::string approved_on;       ///< the date the board approved it, or empty
  std::string approved_by_name;  ///< who recorded the approval
};

struct Strategy {
  Id org_id = 0;
  Version version;
  StrategyInput what;
};

inline constexpr std::size_t kMaxVisionLength = 2000;
inline constexpr std::size_t kMaxItemTextLength = 1000;
inline constexpr std::size_t kMaxUrlLength = 2000;
inline constexpr std::size_t kMaxListLength = 100;
/// Years a horizon may name: anything else is surely a typo.
inline constexpr int kEarliestYear = 2000;
inline constexpr int kLatestYear = 2100;
/// The largest baseline or target a linked outcome takes, as a measure's values.
inline constexpr double kMaxOutcomeNumber = 1e15;

/// Trims and checks every field at once; throws one Invalid naming each field at fault
/// ("horizon_end", "outcomes[2].due_on", ...). Dates out of order are refused.
void CheckStrategy(StrategyInput& input);

/// The years it covers: "2025 to 2030".
std::string HorizonText(const StrategyInput& strategy);

/// Number of the priorities marked top.
std::size_t TopCount(const StrategyInput& strategy);

/// One difference between an approved version and a later one.
struct Change {
  enum class Kind : std::uint8_t { kAdded, kRemoved, kChanged };
  Kind kind = Kind::kChanged;
  std::string part;    ///< "Vision", "Outcome", "Priority", "Not doing", ...
  std::string name;    ///< the item's title (for an item), empty for a field
  std::string before;  ///< for a change: the old value or the fields that differ
  std::string after;
};

/// What differs from `approved` to `current`, fields first, then outcomes, priorities and the
/// not-doing list (items matched by key).
std::vector<Change> Changes(const StrategyInput& approved, const StrategyInput& current);

std::string_view KindLabel(Change::Kind kind);
/// "added", "removed" or "changed": the API's word, which is the label in lower case.
std::string KindName(Change::Kind kind);

/// A linked outcome's baseline or target as a number; none when not a number.
std::optional<double> NumberOf(const std::string& text);

/// The downloads: a header row, then a row an item.
std::vector<std::vector<std::string>> OutcomesTable(const StrategyInput& strategy);
std::vector<std::vector<std::string>> PrioritiesTable(const StrategyInput& strategy);
std::vector<std::vector<std::string>> NotDoingTable(const StrategyInput& strategy);

}  // namespace boardlens::strategy
