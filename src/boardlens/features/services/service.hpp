#pragma once
/// The services register's records and rules, without I/O: a service, its measures and their
/// values, and the checks each must pass before it is stored.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "boardlens/base/access.hpp"
#include "boardlens/features/services/spc.hpp"

namespace boardlens::services {

/// Where a service is in its life, in the GDS service manual's phases.
enum class Stage : std::uint8_t { kDiscovery, kAlpha, kBeta, kLive, kRetiring, kRetired };

/// What a person asks to record or change. Costs are whole pounds.
struct ServiceInput {
  std::string name;
  std::string purpose;
  std::optional<Id> owner_member_id;  ///< the owning director, a board member
  std::string user_groups;            ///< who uses it, in words ("ward nurses, patients")
  std::optional<std::int64_t> approx_users;
  Stage stage = Stage::kLive;
  std::string supplier;
  std::string contract_ends_on;  ///< YYYY-MM-DD, or empty when there is no contract
  std::optional<std::int64_t> capital_cost;
  std::optional<std::int64_t> annual_revenue_cost;
  std::optional<std::int64_t> whole_life_cost;
};

struct Service {
  Id id = 0;
  Id org_id = 0;
  ServiceInput what;
  std::string owner_name;  ///< the owning director's name, as read
  std::optional<Id> updated_by;
  std::int64_t created_at = 0, updated_at = 0;
};

/// What a measure counts; switch-off candidates read use from active users and liking from
/// satisfaction.
enum class MeasureKind : std::uint8_t {
  kAvailability,
  kActiveUsers,
  kSatisfaction,
  kIncidents,
  kOther
};

struct MeasureInput {
  std::string name;
  MeasureKind kind = MeasureKind::kOther;
  std::string unit;  ///< "%", "users", "incidents"...
  Improvement improvement = Improvement::kNeutral;
  std::optional<double> target;
  Frequency frequency = Frequency::kMonthly;
  bool screen = true;
  std::optional<std::int64_t> fix_after;
  std::vector<std::string> rebase;  ///< dates the process changed, YYYY-MM-DD, ascending
};

struct Measure {
  Id id = 0;
  Id service_id = 0;
  MeasureInput what;
};

inline constexpr std::size_t kMaxServiceTextLength = 2000;
/// The largest cost or count the register takes: £1 trillion is surely a typo.
inline constexpr std::int64_t kMaxWholeNumber = 1'000'000'000'000;
/// Months ahead in which an ending contract is flagged.
inline constexpr int kContractWarningMonths = 12;

std::string_view ToString(Stage stage);
std::optional<Stage> ParseStage(std::string_view text);
/// "Retiring", for pages.
std::string_view StageLabel(Stage stage);
std::string_view ToString(MeasureKind kind);
std::optional<MeasureKind> ParseMeasureKind(std::string_view text);
std::string_view ToString(Frequency frequency);
std::optional<Frequency> ParseFrequency(std::string_view text);

/// Trims and checks every field at once; throws one Invalid naming each field at fault.
void CheckService(ServiceInput& input);
/// Trims and checks every field at once; rebase dates are sorted and made unique.
void CheckMeasure(MeasureInput& input);

/// A whole number of pounds, or a number of users: digits with optional thousands commas and,
/// for money, a leading "£". Empty is nullopt; anything else throws Invalid at `field`.
std::optional<std::int64_t> ParseWholeNumber(std::string_view text, std::string_view field);
/// A decimal as base/text.hpp's ParseDecimal reads it, trimmed; empty is nullopt, anything
/// else not a number throws Invalid at `field`.
std::optional<double> OptionalDecimal(std::string_view text, std::string_view field);

/// Whether `unit` counts whole things ("tests", "users", "incidents"): any unit but a
/// percentage, money, or a unit of time or measure (kMeasuredUnits). A count shows as a whole
/// number, never 1,544.7 tests.
bool IsCount(std::string_view unit);

/// "£1,250,000".
std::string PoundsText(std::int64_t pounds);
/// "1,250,000".
std::string WithThousands(std::int64_t number);

/// Flagged on the register: the contract ends within twelve months of `today`, or has ended
/// while the service is not yet retired.
bool ContractEndingSoon(const ServiceInput& service, const std::string& today);

/// The options ComputeSpc takes for a measure, without today's date.
SpcOptions OptionsOf(const MeasureInput& measure);

}  // namespace boardlens::services
