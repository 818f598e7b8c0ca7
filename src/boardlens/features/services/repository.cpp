#include "boardlens/features/services/repository.hpp"

namespace boardlens::services {
namespace {

using db::Row;

constexpr std::string_view kInsert =
    "INSERT INTO services (org_id, name, purpose, owner_member_id, user_groups, approx_users, "
    "stage, supplier, contract_ends_on, capital_cost, annual_revenue_cost, whole_life_cost, "
    "audience, created_by, created_at, updated_by, updated_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $14, $15) "
    "RETURNING id";
constexpr std::string_view kUpdate =
    "UPDATE services SET name = $3, purpose = $4, owner_member_id = $5, user_groups = $6, "
    "approx_users = $7, stage = $8, supplier = $9, contract_ends_on = $10, capital_cost = $11, "
    "annual_revenue_cost = $12, whole_life_cost = $13, audience = $14, updated_by = $15, "
    "updated_at = $16 WHERE org_id = $1 AND id = $2";
#define BOARDLENS_SERVICE_SELECT                                                        \
  "SELECT s.id, s.org_id, s.name, s.purpose, s.owner_member_id, m.name AS owner_name, " \
  "s.user_groups, s.approx_users, s.stage, s.supplier, s.contract_ends_on, "            \
  "s.capital_cost, s.annual_revenue_cost, s.whole_life_cost, s.audience, "              \
  "s.created_at, s.updated_by, s.updated_at FROM services s JOIN members m ON "         \
  "m.org_id = s.org_id AND m.id = s.owner_member_id "
constexpr std::string_view kFind = BOARDLENS_SERVICE_SELECT "WHERE s.org_id = $1 AND s.id = $2";
constexpr std::string_view kFindByName =
    BOARDLENS_SERVICE_SELECT "WHERE s.org_id = $1 AND s.name = $2";
constexpr std::string_view kList = BOARDLENS_SERVICE_SELECT "WHERE s.org_id = $1 ORDER BY s.name";
#undef BOARDLENS_SERVICE_SELECT

constexpr std::string_view kInsertMeasure =
    "INSERT INTO service_measures (org_id, service_id, name, kind, unit, improvement, target, "
    "frequency, screen, fix_after) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id";
constexpr std::string_view kUpdateMeasure =
    "UPDATE service_measures SET name = $2, kind = $3, unit = $4, improvement = $5, "
    "target = $6, frequency = $7, screen = $8, fix_after = $9 WHERE id = $1";
#define BOARDLENS_MEASURE_SELECT                                                              \
  "SELECT x.id, x.service_id, x.name, x.kind, x.unit, x.improvement, x.target, x.frequency, " \
  "x.screen, x.fix_after FROM service_measures x JOIN services s ON s.id = x.service_id "
constexpr std::string_view kFindMeasure =
    BOARDLENS_MEASURE_SELECT "WHERE x.org_id = $1 AND x.id = $2";
constexpr std::string_view kServiceMeasures =
    BOARDLENS_MEASURE_SELECT "WHERE x.org_id = $1 AND x.service_id = $2 ORDER BY x.name";
constexpr std::string_view kAllMeasures =
    BOARDLENS_MEASURE_SELECT "WHERE x.org_id = $1 ORDER BY s.name, x.name";
#undef BOARDLENS_MEASURE_SELECT
constexpr std::string_view kRebases =
    "SELECT from_date FROM measure_rebases WHERE measure_id = $1 ORDER BY from_date";
constexpr std::string_view kClearRebases = "DELETE FROM measure_rebases WHERE measure_id = $1";
constexpr std::string_view kInsertRebase =
    "INSERT INTO measure_rebases (measure_id, from_date) VALUES ($1, $2)";

constexpr std::string_view kValues =
    "SELECT on_date, value FROM measure_values WHERE measure_id = $1 ORDER BY on_date";
constexpr std::string_view kPutValue =
    "INSERT INTO measure_values (measure_id, on_date, value) VALUES ($1, $2, $3) "
    "ON CONFLICT (measure_id, on_date) DO UPDATE SET value = excluded.value";
constexpr std::string_view kDeleteValue =
    "DELETE FROM measure_values WHERE measure_id = $1 AND on_date = $2 RETURNING on_date";

Service ToService(const Row& row) {
  Service s;
  s.id = row.i64("id");
  s.org_id = row.i64("org_id");
  s.what.name = row.text("name");
  s.what.purpose = row.text("purpose");
  s.what.owner_member_id = row.i64("owner_member_id");
  s.owner_name = row.text("owner_name");
  s.what.user_groups = row.text("user_groups");
  s.what.approx_users = row.optional_i64("approx_users");
  s.what.stage = ParseStage(row.text("stage")).value_or(Stage::kLive);
  s.what.supplier = row.text("supplier");
  s.what.contract_ends_on = row.text_or_empty("contract_ends_on");
  s.what.capital_cost = row.optional_i64("capital_cost");
  s.what.annual_revenue_cost = row.optional_i64("annual_revenue_cost");
  s.what.whole_life_cost = row.optional_i64("whole_life_cost");
  s.what.audience = ParseAudience(row.text("audience")).value_or(Audience::kBoth);
  s.created_at = row.i64("created_at");
  s.updated_by = row.optional_i64("updated_by");
  s.updated_at = row.i64("updated_at");
  return s;
}

Measure ToMeasure(const Row& row) {
  Measure m;
  m.id = row.i64("id");
  m.service_id = row.i64("service_id");
  m.what.name = row.text("name");
  m.what.kind = ParseMeasureKind(row.text("kind")).value_or(MeasureKind::kOther);
  m.what.unit = row.text("unit");
  m.what.improvement = ParseImprovement(row.text("improvement")).value_or(Improvement::kNeutral);
  m.what.target = row.optional_f64("target");
  m.what.frequency = ParseFrequency(row.text("frequency")).value_or(Frequency::kMonthly);
  m.what.screen = row.flag("screen");
  m.what.fix_after = row.optional_i64("fix_after");
  return m;
}

/// The service's columns from $3 on, as kInsert and kUpdate take them.
std::vector<db::Value> ServiceValues(const Service& s) {
  const ServiceInput& w = s.what;
  return {w.name,
          w.purpose,
          *w.owner_member_id,
          w.user_groups,
          db::OrNull(w.approx_users),
          std::string(ToString(w.stage)),
          w.supplier,
          db::OrNull(w.contract_ends_on),
          db::OrNull(w.capital_cost),
          db::OrNull(w.annual_revenue_cost),
          db::OrNull(w.whole_life_cost),
          std::string(ToString(w.audience))};
}

/// The measure's columns after its key, as kInsertMeasure and kUpdateMeasure take them.
std::vector<db::Value> MeasureValues(const MeasureInput& w) {
  return {w.name,
          std::string(ToString(w.kind)),
          w.unit,
          std::string(ToString(w.improvement)),
          db::OrNull(w.target),
          std::string(ToString(w.frequency)),
          std::int64_t{w.screen ? 1 : 0},
          db::OrNull(w.fix_after)};
}

}  // namespace

Id Repository::Insert(const Service& s) {
  std::vector<db::Value> params{s.org_id};
  for (auto& v : ServiceValues(s)) params.push_back(std::move(v));
  params.push_back(db::OrNull(s.updated_by));
  params.push_back(s.updated_at);
  return db_.Query(kInsert, params).at(0).i64("id");
}

void Repository::Update(const Service& s) {
  std::vector<db::Value> params{s.org_id, s.id};
  for (auto& v : ServiceValues(s)) params.push_back(std::move(v));
  params.push_back(db::OrNull(s.updated_by));
  params.push_back(s.updated_at);
  db_.Query(kUpdate, params);
}

std::optional<Service> Repository::Find(Id org_id, Id id) {
  return db::First(db_.Query(kFind, {org_id, id}), ToService);
}

std::optional<Service> Repository::FindByName(Id org_id, const std::string& name) {
  return db::First(db_.Query(kFindByName, {org_id, name}), ToService);
}

std::vector<Service> Repository::List(Id org_id) {
  return db::All(db_.Query(kList, {org_id}), ToService);
}

Id Repository::InsertMeasure(Id org_id, const Measure& m) {
  std::vector<db::Value> params{org_id, m.service_id};
  for (auto& v : MeasureValues(m.what)) params.push_back(std::move(v));
  const Id id = db_.Query(kInsertMeasure, params).at(0).i64("id");
  for (const std::string& date : m.what.rebase) db_.Query(kInsertRebase, {id, date});
  return id;
}

void Repository::UpdateMeasure(const Measure& m) {
  std::vector<db::Value> params{m.id};
  for (auto& v : MeasureValues(m.what)) params.push_back(std::move(v));
  db_.Query(kUpdateMeasure, params);
  db_.Query(kClearRebases, {m.id});
  for (const std::string& date : m.what.rebase) db_.Query(kInsertRebase, {m.id, date});
}

std::optional<Measure> Repository::FindMeasure(Id org_id, Id measure_id) {
  auto measure = db::First(db_.Query(kFindMeasure, {org_id, measure_id}), ToMeasure);
  if (measure) measure->what.rebase = Rebases(measure->id);
  return measure;
}

std::vector<Measure> Repository::Measures(Id org_id, std::optional<Id> service_id) {
  auto measures = service_id
                      ? db::All(db_.Query(kServiceMeasures, {org_id, *service_id}), ToMeasure)
                      : db::All(db_.Query(kAllMeasures, {org_id}), ToMeasure);
  for (Measure& m : measures) m.what.rebase = Rebases(m.id);
  return measures;
}

std::vector<std::string> Repository::Rebases(Id measure_id) {
  return db::All(db_.Query(kRebases, {measure_id}),
                 [](const Row& r) { return r.text("from_date"); });
}

std::vector<SpcPoint> Repository::Values(Id measure_id) {
  return db::All(db_.Query(kValues, {measure_id}), [](const Row& r) {
    return SpcPoint{r.text("on_date"), r.f64("value")};
  });
}

void Repository::PutValue(Id measure_id, const SpcPoint& point) {
  db_.Query(kPutValue, {measure_id, point.date, point.value});
}

bool Repository::DeleteValue(Id measure_id, const std::string& date) {
  return !db_.Query(kDeleteValue, {measure_id, date}).empty();
}

}  // namespace boardlens::services
