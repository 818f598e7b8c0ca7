#pragma once
/// The services register's use cases. Everyone on the board reads the register; the secretary
/// and the executive directors keep it (the chief digital officer most of all), since they
/// run the services; non-executives scrutinise it.

#include <map>
#include <string>
#include <vector>

#include "boardlens/base/access.hpp"
#include "boardlens/base/clock.hpp"
#include "boardlens/db/database.hpp"
#include "boardlens/features/orgs/board.hpp"
#include "boardlens/features/orgs/organisations.hpp"
#include "boardlens/features/services/candidates.hpp"
#include "boardlens/features/services/plan_source.hpp"
#include "boardlens/features/services/repository.hpp"
#include "boardlens/features/services/service.hpp"
#include "boardlens/features/services/spc.hpp"

namespace boardlens::services {

/// A service as the public user-voice form lists it.
struct ServiceName {
  Id id = 0;
  std::string name;
  Audience audience = Audience::kBoth;
};

/// A measure with its values and their chart (empty below 2 values).
struct MeasureSeries {
  Measure measure;
  std::vector<SpcPoint> points;
  std::optional<SpcChart> chart;
  /// Rebase dates the chart could not use: each would leave a period of fewer than 2 points.
  std::vector<std::string> unused_rebase;
  /// Why there is no chart though there are values: two of them kept, before values were held
  /// to their periods, in one month or week. Empty otherwise.
  std::string problem;
  /// What the strategy's outcomes promise of the measure (Series fills it; AllSeries does not).
  std::vector<Plan> plans;
};

/// Whether any of a service's measures shows special-cause concern on its chart.
bool AnyShowsConcern(const std::vector<MeasureSeries>& measures);

/// The register as a filter shows it.
struct RegisterView {
  std::vector<Service> services;  ///< those the filter shows, in its order
  std::size_t total = 0;          ///< in the whole register
  /// Each service's measures with their charts, by service id; read only when asked for or
  /// when the filter needs them.
  std::map<Id, std::vector<MeasureSeries>> measures;
};

/// What a register import did.
struct ImportSummary {
  std::size_t added = 0;
  std::size_t updated = 0;
};

class ServiceRegister {
 public:
  ServiceRegister(db::Database& db, const Clock& clock, orgs::Organisations& organisations,
                  orgs::Board& board, PlanSource& plans)
      : db_(db),
        repository_(db),
        clock_(clock),
        organisations_(organisations),
        board_(board),
        plans_(plans) {}

  Service Add(const Caller& caller, const std::string& ods, ServiceInput input);
  Service Update(const Caller& caller, const std::string& ods, Id id, ServiceInput input);
  Service Get(const Caller& caller, const std::string& ods, Id id);
  /// By name.
  std::vector<Service> List(const Caller& caller, const std::string& ods);
  /// The register as `filter` shows it, with every measure's chart when `with_measures`.
  RegisterView View(const Caller& caller, const std::string& ods, const Filter& filter,
                    bool with_measures);
  /// The whole register from CSV (kRegisterColumns): each row adds a service or, by name,
  /// updates it. All or nothing; every problem is reported with its line and column.
  ImportSummary Import(const Caller& caller, const std::string& ods, std::string_view csv,
                       std::string_view file_name);

  Measure AddMeasure(const Caller& caller, const std::string& ods, Id service_id,
                     MeasureInput input);
  Measure UpdateMeasure(const Caller& caller, const std::string& ods, Id measure_id,
                        MeasureInput input);
  /// A service's measures, by name.
  std::vector<Measure> Measures(const Caller& caller, const std::string& ods, Id service_id);
  /// Every measure of the organisation's services with its values and chart.
  std::vector<std::pair<Service, MeasureSeries>> AllSeries(const Caller& caller,
                                                           const std::string& ods);
  /// A measure with its values, chart and the strategy's plans for it.
  MeasureSeries Series(const Caller& caller, const std::string& ods, Id measure_id);
  /// Adds or replaces the values for their periods, in one transaction. Each value stands for
  /// the month or week its date falls in and is kept at its first day; a date after today, or
  /// two values for one period, is refused, named by the value's source or values[i].
  void RecordValues(const Caller& caller, const std::string& ods, Id measure_id,
                    std::vector<SpcPoint> values);
  void DeleteValue(const Caller& caller, const std::string& ods, Id measure_id,
                   const std::string& date);

  /// Services the board might switch off, each with its reasons (candidates.hpp).
  std::vector<Candidate> SwitchOffCandidates(const Caller& caller, const std::string& ods);

  /// The services not yet retired, by name, for the public user-voice form: no caller, since
  /// anyone with the form's link sees them.
  std::vector<ServiceName> PublicNames(Id org_id);

  /// Today (UTC), for contract flags.
  std::string Today() const { return IsoDate(clock_.Now()); }

 private:
  Service RequireService(Id org_id, Id id);
  Measure RequireMeasure(Id org_id, Id measure_id);
  /// No other measure of the service has the name.
  void RequireUniqueName(Id org_id, const Measure& measure);
  /// The owner must be a board member; fills in their name.

  db::Database& db_;
  Repository repository_;
  const Clock& clock_;
  orgs::Organisations& organisations_;
  orgs::Board& board_;
  PlanSource& plans_;
};

}  // namespace boardlens::services
