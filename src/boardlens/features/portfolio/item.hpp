#pragma once
/// The portfolio's records and rules, without I/O: programmes and the projects in them, the
/// strategy priorities each serves, their funding by source, whole-life cost by year, and the
/// delivery confidence reported each month.

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "boardlens/base/access.hpp"
#include "boardlens/base/number.hpp"
#include "boardlens/features/portfolio/milestone.hpp"

namespace boardlens::portfolio {

enum class Kind : std::uint8_t { kProgramme, kProject };

/// Where an item stands: a proposal the board has yet to decide on, or work it has approved
/// and is delivering. Only work in delivery reports delivery confidence.
enum class Stage : std::uint8_t { kProposed, kInDelivery };

/// Delivery confidence, as the NHS and government rate major projects.
enum class Confidence : std::uint8_t { kGreen, kAmberGreen, kAmber, kAmberRed, kRed };

/// Money behind an item, by where it comes from (whole pounds a year).
enum class Source : std::uint8_t { kCapital, kRevenue, kOneOff };

/// What a keeper records about a programme or project.
struct ItemInput {
  Kind kind = Kind::kProject;
  Stage stage = Stage::kInDelivery;
  std::string name;
  std::string description;
  std::optional<Id> programme_id;  ///< the programme a project sits in, if any
  std::vector<Id> priority_keys;   ///< the strategy priorities it serves
  std::map<Source, std::int64_t> funding;
  std::map<int, std::int64_t> cost_by_year;  ///< whole-life cost, year by year
};

/// One month's delivery confidence.
struct Rating {
  std::string month;  ///< YYYY-MM
  Confidence confidence = Confidence::kGreen;
  std::string narrative;
  std::string reported_by_name;
  std::int64_t reported_at = 0;
};

struct Item {
  Id id = 0;
  Id org_id = 0;
  ItemInput what;
  std::string programme_name;  ///< as read, for a project in a programme
  std::optional<Rating> latest;
  std::int64_t updated_at = 0;
  /// Its senior responsible owner, dates, milestones and money (milestone.hpp), kept apart
  /// from `what` so that a change to the item leaves them as they are.
  Assurance assurance;
  std::string sro_name;  ///< as read, when it has a senior responsible owner
};

inline constexpr std::size_t kMaxNameLength = 200;
inline constexpr std::size_t kMaxTextLength = 2000;
/// The largest sum the portfolio takes: £1 trillion is surely a typo.
inline constexpr std::int64_t kMaxPounds = 1'000'000'000'000;
/// Money by source and cost by year, however it arrives.
inline constexpr NumberRule kPoundsRule =
    WholePounds("The amount", static_cast<double>(kMaxPounds));
/// A programme's budget and its spend to date.
inline constexpr NumberRule kBudgetRule =
    WholePounds("The budget", static_cast<double>(kMaxPounds));
inline constexpr NumberRule kSpendRule =
    WholePounds("Spend to date", static_cast<double>(kMaxPounds));
inline constexpr int kEarliestYear = 2000;
inline constexpr int kLatestYear = 2100;
/// Months drawn in the row of ratings.
inline constexpr int kRatingMonths = 12;

std::string_view ToString(Kind kind);
std::optional<Kind> ParseKind(std::string_view text);
std::string_view ToString(Stage stage);
std::optional<Stage> ParseStage(std::string_view text);
/// "Proposed", "In delivery", for pages.
std::string_view Label(Stage stage);
std::string_view ToString(Confidence confidence);
std::optional<Confidence> ParseConfidence(std::string_view text);
/// "Amber/green", for pages.
std::string_view Label(Confidence confidence);
/// The words the Parse functions above read, in order: for the API's description.
std::vector<std::string_view> KindNames();
std::vector<std::string_view> StageNames();
std::vector<std::string_view> ConfidenceNames();
/// The design system's tag colour for it.
std::string_view Colour(Confidence confidence);
std::string_view ToString(Source source);
std::optional<Source> ParseSource(std::string_view text);
/// "One-off national funds", for pages.
std::string_view Label(Source source);
inline constexpr std::array<Confidence, 5> kConfidences{Confidence::kGreen, Confidence::kAmberGreen,
                                                        Confidence::kAmber, Confidence::kAmberRed,
                                                        Confidence::kRed};
inline constexpr std::array<Source, 3> kSources{Source::kCapital, Source::kRevenue,
                                                Source::kOneOff};

/// Trims and checks every field at once; throws one Invalid naming each field at fault. A
/// programme sits in no programme; amounts are 0 to kMaxPounds; years in range.
void CheckItem(ItemInput& input);
/// Trims and checks a month's rating: the month is YYYY-MM and not after `this_month`, the
/// narrative is given.
void CheckRating(Rating& rating, const std::string& this_month);

/// Refuses (Conflict at `stage`) to rate a proposal: only work in delivery has delivery
/// confidence.
void RequireInDelivery(const ItemInput& item);

/// Capital or one-off money and no revenue to run what it buys.
bool CapitalWithoutRevenue(const ItemInput& item);
/// The item's whole-life cost: the sum of its years.
std::int64_t WholeLifeCost(const ItemInput& item);

/// The `count` months up to and including `last` (YYYY-MM), oldest first.
std::vector<std::string> MonthsUpTo(const std::string& last, int count);

}  // namespace boardlens::portfolio
