#include "boardlens/features/services/service_register.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "boardlens/base/error.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/db/transaction.hpp"
#include "boardlens/features/services/register_csv.hpp"
#include "boardlens/features/services/series_csv.hpp"

namespace boardlens::services {

bool AnyShowsConcern(const std::vector<MeasureSeries>& measures) {
  return std::any_of(measures.begin(), measures.end(),
                     [](const MeasureSeries& m) { return m.chart && ShowsConcern(*m.chart); });
}
namespace {

/// The measure's chart, from 2 values in periods that are over by `today`. A rebase date that
/// would leave a period of fewer than 2 points cannot make limits; it is set aside (and said
/// so on the page), not charted.
void Chart(MeasureSeries& series, const std::string& today) {
  const auto& points = series.points;
  SpcOptions options = OptionsOf(series.measure.what);
  options.today = today;
  const std::size_t complete = CompletePoints(points, options);
  if (complete < 2) return;
  std::vector<std::string> usable;
  std::size_t period_start = 0;
  for (const std::string& date : options.rebase) {
    const auto from = static_cast<std::size_t>(
        std::lower_bound(points.begin(), points.end(), date,
                         [](const SpcPoint& p, const std::string& d) { return p.date < d; }) -
        points.begin());
    if (from >= period_start + 2 && from + 2 <= complete) {
      usable.push_back(date);
      period_start = from;
    } else {
      series.unused_rebase.push_back(date);
    }
  }
  options.rebase = std::move(usable);
  // Values are held to their periods as they are recorded; any stored before that which
  // share one are the keeper's to fix, and must not take the page down with them.
  try {
    series.chart = ComputeSpc(points, options);
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::kInvalid) throw;
    series.problem = e.what();
  }
}

}  // namespace

Service ServiceRegister::RequireService(Id org_id, Id id) {
  auto service = repository_.Find(org_id, id);
  if (!service) throw NotFound("there is no service " + std::to_string(id) + " in the register");
  return std::move(*service);
}

Measure ServiceRegister::RequireMeasure(Id org_id, Id measure_id) {
  auto measure = repository_.FindMeasure(org_id, measure_id);
  if (!measure) throw NotFound("there is no measure " + std::to_string(measure_id));
  return std::move(*measure);
}

void ServiceRegister::RequireUniqueName(Id org_id, const Measure& measure) {
  for (const Measure& m : repository_.Measures(org_id, measure.service_id)) {
    if (m.id != measure.id && m.what.name == measure.what.name) {
      throw Conflict("the service already has a measure called \"" + m.what.name + "\"", "name");
    }
  }
}

Service ServiceRegister::Add(const Caller& caller, const std::string& ods, ServiceInput input) {
  const orgs::OrgAccess access = board_.RequireKeeper(caller, ods, "the services register");
  CheckService(input);
  Service service;
  service.org_id = access.org.id;
  service.what = std::move(input);
  service.updated_by = caller.account();
  service.created_at = service.updated_at = clock_.Now();
  service.owner_name = board_.RequireMember(caller, ods, *service.what.owner_member_id).name;
  service.id = db::Transaction(db_, [&] {
    if (repository_.FindByName(service.org_id, service.what.name)) {
      throw Conflict("the register already has a service called \"" + service.what.name + "\"",
                     "name");
    }
    return repository_.Insert(service);
  });
  return service;
}

Service ServiceRegister::Update(const Caller& caller, const std::string& ods, Id id,
                                ServiceInput input) {
  const orgs::OrgAccess access = board_.RequireKeeper(caller, ods, "the services register");
  CheckService(input);
  return db::Transaction(db_, [&] {
    Service service = RequireService(access.org.id, id);
    const auto same_name = repository_.FindByName(access.org.id, input.name);
    if (same_name && same_name->id != id) {
      throw Conflict("the register already has a service called \"" + input.name + "\"", "name");
    }
    service.what = std::move(input);
    service.updated_by = caller.account();
    service.updated_at = clock_.Now();
    service.owner_name = board_.RequireMember(caller, ods, *service.what.owner_member_id).name;
    repository_.Update(service);
    return service;
  });
}

Service ServiceRegister::Get(const Caller& caller, const std::string& ods, Id id) {
  return RequireService(organisations_.Require(caller, ods, Role::kViewer).org.id, id);
}

std::vector<Service> ServiceRegister::List(const Caller& caller, const std::string& ods) {
  return repository_.List(organisations_.Require(caller, ods, Role::kViewer).org.id);
}

RegisterView ServiceRegister::View(const Caller& caller, const std::string& ods,
                                   const Filter& filter, bool with_measures) {
  RegisterView view;
  view.services = List(caller, ods);
  view.total = view.services.size();
  if (with_measures || filter.concern) {
    for (auto& [service, series] : AllSeries(caller, ods)) {
      view.measures[service.id].push_back(std::move(series));
    }
  }
  const std::string today = Today();
  std::erase_if(view.services, [&](const Service& s) {
    const auto measures = view.measures.find(s.id);
    const bool concern = measures != view.measures.end() && AnyShowsConcern(measures->second);
    return !Matches(s, filter, today, concern);
  });
  SortInto(view.services, filter.order);
  return view;
}

ImportSummary ServiceRegister::Import(const Caller& caller, const std::string& ods,
                                      std::string_view csv, std::string_view file_name) {
  const orgs::OrgAccess access = board_.RequireKeeper(caller, ods, "the services register");
  OwnersByName owners;
  for (const orgs::Member& m : board_.ListMembers(caller, ods)) owners[AsciiLower(m.name)] = m.id;
  std::vector<ServiceInput> rows = ParseRegisterCsv(csv, file_name, owners);

  ImportSummary summary;
  const std::int64_t now = clock_.Now();
  db::Transaction(db_, [&] {
    for (ServiceInput& row : rows) {
      Service service;
      if (auto existing = repository_.FindByName(access.org.id, row.name)) {
        service = std::move(*existing);
        ++summary.updated;
      } else {
        service.org_id = access.org.id;
        service.created_at = now;
        ++summary.added;
      }
      service.what = std::move(row);
      service.updated_by = caller.account();
      service.updated_at = now;
      if (service.id == 0) {
        repository_.Insert(service);
      } else {
        repository_.Update(service);
      }
    }
  });
  return summary;
}

Measure ServiceRegister::AddMeasure(const Caller& caller, const std::string& ods, Id service_id,
                                    MeasureInput input) {
  const orgs::OrgAccess access = board_.RequireKeeper(caller, ods, "the services register");
  CheckMeasure(input);
  Measure measure{0, service_id, std::move(input)};
  measure.id = db::Transaction(db_, [&] {
    RequireService(access.org.id, service_id);
    RequireUniqueName(access.org.id, measure);
    return repository_.InsertMeasure(access.org.id, measure);
  });
  return measure;
}

Measure ServiceRegister::UpdateMeasure(const Caller& caller, const std::string& ods, Id measure_id,
                                       MeasureInput input) {
  const orgs::OrgAccess access = board_.RequireKeeper(caller, ods, "the services register");
  CheckMeasure(input);
  return db::Transaction(db_, [&] {
    Measure measure = RequireMeasure(access.org.id, measure_id);
    if (input.frequency != measure.what.frequency) {
      // Weekly values made monthly would put several in one month.
      const std::vector<SpcPoint> values = repository_.Values(measure_id);
      for (std::size_t i = 1; i < values.size(); ++i) {
        if (PeriodStart(values[i].date, input.frequency) ==
            PeriodStart(values[i - 1].date, input.frequency)) {
          throw Invalid(
              "the values of " + DateText(values[i - 1].date) + " and " + DateText(values[i].date) +
                  " would fall in one " + std::string(PeriodWord(input.frequency)) +
                  "; a measure has one value a " + std::string(PeriodWord(input.frequency)),
              "frequency");
        }
      }
    }
    measure.what = std::move(input);
    RequireUniqueName(access.org.id, measure);
    repository_.UpdateMeasure(measure);
    return measure;
  });
}

std::vector<Measure> ServiceRegister::Measures(const Caller& caller, const std::string& ods,
                                               Id service_id) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kViewer);
  RequireService(access.org.id, service_id);
  return repository_.Measures(access.org.id, service_id);
}

MeasureSeries ServiceRegister::Series(const Caller& caller, const std::string& ods, Id measure_id) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kViewer);
  MeasureSeries series{RequireMeasure(access.org.id, measure_id), {}, {}, {}, {}, {}};
  series.points = repository_.Values(measure_id);
  Chart(series, Today());
  series.plans = plans_.PlansFor(access.org.id, measure_id);
  return series;
}

std::vector<std::pair<Service, MeasureSeries>> ServiceRegister::AllSeries(const Caller& caller,
                                                                          const std::string& ods) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kViewer);
  std::map<Id, Service> services;
  for (Service& s : repository_.List(access.org.id)) services.emplace(s.id, std::move(s));
  std::vector<std::pair<Service, MeasureSeries>> out;
  for (Measure& m : repository_.Measures(access.org.id, std::nullopt)) {
    std::vector<SpcPoint> points = repository_.Values(m.id);
    MeasureSeries series{std::move(m), std::move(points), {}, {}, {}, {}};
    Chart(series, Today());
    out.emplace_back(services.at(series.measure.service_id), std::move(series));
  }
  return out;
}

void ServiceRegister::RecordValues(const Caller& caller, const std::string& ods, Id measure_id,
                                   std::vector<SpcPoint> values) {
  const orgs::OrgAccess access = board_.RequireKeeper(caller, ods, "the services register");
  const std::string today = Today();
  db::Transaction(db_, [&] {
    const Frequency frequency = RequireMeasure(access.org.id, measure_id).what.frequency;
    Problems problems;
    std::map<std::string, std::size_t> periods;  // each period's first value in `values`
    for (std::size_t i = 0; i < values.size(); ++i) {
      SpcPoint& point = values[i];
      const std::string at = "values[" + std::to_string(i) + "]";
      const std::string date_at = point.source.empty() ? at + ".date" : point.source;
      if (!IsValidDate(point.date)) {
        problems.Add("\"" + point.date + "\" is not a date written YYYY-MM-DD", date_at);
      } else if (point.date > today) {
        problems.Add(DateText(point.date) + " is after today, " + DateText(today) +
                         ": a value is for a month or week that has begun",
                     date_at);
      } else {
        // A value stands for its period, and is kept at the period's first day.
        const std::string given = point.date;
        point.date = PeriodStart(given, frequency);
        const auto [first, added] = periods.emplace(point.date, i);
        if (!added) {
          const SpcPoint& other = values[first->second];
          problems.Add(given + " is in the same " + std::string(PeriodWord(frequency)) + " as " +
                           (other.source.empty() ? "values[" + std::to_string(first->second) + "]"
                                                 : other.source) +
                           "; a measure has one value a " + std::string(PeriodWord(frequency)),
                       date_at);
        }
      }
      // The CSV reader refuses these too; a value from the API or a form comes here directly,
      // and one near the double's limit would make the chart's sums infinite.
      if (auto problem = NumberProblem(point.value, kValueRule)) {
        problems.Add(*problem, at + ".value");
      }
    }
    problems.ThrowIfAny();
    // A value kept before values were held to their periods may sit on another day of one.
    for (const SpcPoint& old : repository_.Values(measure_id)) {
      if (periods.contains(PeriodStart(old.date, frequency)) && !periods.contains(old.date)) {
        repository_.DeleteValue(measure_id, old.date);
      }
    }
    for (const SpcPoint& point : values) repository_.PutValue(measure_id, point);
  });
}

void ServiceRegister::DeleteValue(const Caller& caller, const std::string& ods, Id measure_id,
                                  const std::string& date) {
  const orgs::OrgAccess access = board_.RequireKeeper(caller, ods, "the services register");
  db::Transaction(db_, [&] {
    RequireMeasure(access.org.id, measure_id);
    if (!repository_.DeleteValue(measure_id, date)) {
      throw NotFound("the measure has no value for " + date);
    }
  });
}

std::vector<Candidate> ServiceRegister::SwitchOffCandidates(const Caller& caller,
                                                            const std::string& ods) {
  std::vector<Evidence> evidence;
  std::map<Id, std::size_t> index;
  for (Service& s : List(caller, ods)) {
    index[s.id] = evidence.size();
    evidence.push_back({std::move(s), {}, {}, {}});
  }
  // The first measure of each kind speaks for the service.
  for (auto& [service, series] : AllSeries(caller, ods)) {
    Evidence& e = evidence.at(index.at(service.id));
    const MeasureKind kind = series.measure.what.kind;
    if (kind == MeasureKind::kActiveUsers && !e.latest_users && series.chart) {
      e.latest_users = LatestComplete(*series.chart).value;
      e.use = series.chart;
    } else if (kind == MeasureKind::kSatisfaction && !e.satisfaction) {
      e.satisfaction = series.chart;
    }
  }
  return services::SwitchOffCandidates(evidence);
}

std::vector<ServiceName> ServiceRegister::PublicNames(Id org_id) {
  std::vector<ServiceName> out;
  for (const Service& s : repository_.List(org_id)) {
    if (s.what.stage != Stage::kRetired) out.push_back({s.id, s.what.name, s.what.audience});
  }
  return out;
}

}  // namespace boardlens::services
