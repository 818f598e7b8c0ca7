#pragma once
/// The services register's records and rules, without I/O: a service, its measures and their
/// values, and the checks each must pass before it is stored.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "boardlens/base/access.hpp"
#include "boardlens/base/number.hpp"
#include "boardlens/features/services/series_csv.hpp"
#include "boardlens/features/services/spc.hpp"

namespace boardlens::services {

/// Where a service is in its life, in the GDS service manual's phases.
enum class Stage : std::uint8_t { kDiscovery, kAlpha, kBeta, kLive, kRetiring, kRetired };
inline constexpr std::array<Stage, 6> kAllStages{Stage::kDiscovery, Stage::kAlpha,
                                                 Stage::kBeta,      Stage::kLive,
                                                 Stage::kRetiring,  Stage::kRetired};

/// Who uses a service: the organisation's staff, its patients (with carers and the public), or
/// both. The public user-voice form offers each person the services of their side.
enum class Audience : std::uint8_t { kStaff, kPatients, kBoth };
inline constexpr std::array<Audience, 3> kAudiences{Audience::kStaff, Audience::kPatients,
                                                    Audience::kBoth};

/// What a person asks to record or change. Costs are whole pounds.
struct ServiceInput {
  std::string name;
  std::string purpose;
  std::optional<Id> owner_member_id;  ///< the owning director, a board member
  std::string user_groups;            ///< who uses it, in words ("ward nurses, patients")
  Audience audience = Audience::kBoth;
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

/// The numbers a service and its measures hold, as every way in (form, CSV, API, command
/// line) reads them and words their faults.
inline constexpr NumberRule kUsersRule{.what = "The number of people who use it",
                                       .whole = true,
                                       .min = 0,
                                       .max = static_cast<double>(kMaxWholeNumber)};
inline constexpr NumberRule kCapitalCostRule =
    WholePounds("Capital cost", static_cast<double>(kMaxWholeNumber));
inline constexpr NumberRule kRevenueCostRule =
    WholePounds("Revenue cost each year", static_cast<double>(kMaxWholeNumber));
inline constexpr NumberRule kWholeLifeCostRule =
    WholePounds("Whole-life cost", static_cast<double>(kMaxWholeNumber));
inline constexpr NumberRule kTargetRule{
    .what = "The target", .min = -kMaxSeriesValue, .max = kMaxSeriesValue};
/// Limits fixed from fewer than 2 points have no spread to fix.
inline constexpr NumberRule kFixAfterRule{
    .what = "The number of points to fix the limits after", .whole = true, .min = 2, .max = 10'000};
/// Months ahead in which an ending contract is flagged.
inline constexpr int kContractWarningMonths = 12;

std::string_view ToString(Stage stage);
std::string_view ToString(Audience audience);
/// "staff", "patients" or "both", in any case: FromWords.
std::optional<Audience> ParseAudience(std::string_view text);
/// "Patients, carers and the public", for pages.
std::string_view AudienceLabel(Audience audience);
/// Whether a member of staff (`staff`) or a patient uses a service of `audience`.
bool UsedBy(Audience audience, bool staff);
/// "live", or as a person types it ("Live"): FromWords.
std::optional<Stage> ParseStage(std::string_view text);
/// "Retiring", for pages.
std::string_view StageLabel(Stage stage);
std::string_view ToString(MeasureKind kind);
std::optional<MeasureKind> ParseMeasureKind(std::string_view text);
std::string_view ToString(Frequency frequency);
std::optional<Frequency> ParseFrequency(std::string_view text);
/// The words the Parse functions above read, in order: for the API's description.
std::vector<std::string_view> StageNames();
std::vector<std::string_view> AudienceNames();
std::vector<std::string_view> MeasureKindNames();
std::vector<std::string_view> FrequencyNames();

/// Trims and checks every field at once; throws one Invalid naming each field at fault.
void CheckService(ServiceInput& input);
/// Trims and checks every field at once; rebase dates are sorted and made unique.
void CheckMeasure(MeasureInput& input);

/// Whether `unit` counts whole things ("tests", "users", "incidents"): any unit but a
/// percentage, money, or a unit of time or measure (kMeasuredUnits). A count shows as a whole
/// number, never 1,544.7 tests.
bool IsCount(std::string_view unit);

/// Flagged on the register: the contract ends within twelve months of `today`, or has ended
/// while the service is not yet retired.
bool ContractEndingSoon(const ServiceInput& service, const std::string& today);

/// How the register's list is ordered: by name, or by a date or amount, unknown ones last.
enum class Order : std::uint8_t { kName, kContractEnd, kWholeLifeCost, kRevenueCost, kUsers };
inline constexpr std::array<Order, 5> kOrders{
    Order::kName, Order::kContractEnd, Order::kWholeLifeCost, Order::kRevenueCost, Order::kUsers};
std::string_view ToString(Order order);
std::optional<Order> ParseOrder(std::string_view text);
/// "Contract end, soonest first", for pages.
std::string_view OrderLabel(Order order);

/// Which services a list shows, and in what order; empty fields show every service.
struct Filter {
  std::optional<Stage> stage;
  std::optional<Id> owner_member_id;
  bool contract_ending = false;  ///< only those ContractEndingSoon flags
  bool concern = false;          ///< only those a measure of which shows concern
  Order order = Order::kName;
};
/// A filter from the words a query string uses: a stage's name, a board member's id, "yes" or
/// "no" for the two flags and an order's name, each optional. Throws one Invalid naming each
/// word it does not know.
Filter ParseFilter(std::string_view stage, std::string_view owner, std::string_view ending,
                   std::string_view concern, std::string_view order);
/// Whether `filter` shows `service`; `shows_concern` says whether any of its measures does.
bool Matches(const Service& service, const Filter& filter, const std::string& today,
             bool shows_concern);
/// Sorts `services`, kept in name order, into `order`.
void SortInto(std::vector<Service>& services, Order order);

/// The options ComputeSpc takes for a measure, without today's date.
SpcOptions OptionsOf(const MeasureInput& measure);

}  // namespace boardlens::services
