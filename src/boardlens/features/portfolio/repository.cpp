#include "boardlens/features/portfolio/repository.hpp"

namespace boardlens::portfolio {
namespace {

using db::Row;

constexpr std::string_view kInsert =
    "INSERT INTO portfolio_items (org_id, kind, name, description, programme_id, created_by, "
    "created_at, updated_by, updated_at, stage) VALUES ($1, $2, $3, $4, $5, $6, $7, $6, $7, $8) "
    "RETURNING id";
constexpr std::string_view kUpdate =
    "UPDATE portfolio_items SET kind = $3, name = $4, description = $5, programme_id = $6, "
    "updated_by = $7, updated_at = $8, stage = $9 WHERE org_id = $1 AND id = $2";
// The latest rating comes with each item, so that the list needs one query.
#define BOARDLENS_ITEM_SELECT                                                            \
  "SELECT i.id, i.org_id, i.kind, i.stage, i.name, i.description, i.programme_id, "      \
  "COALESCE(p.name, '') AS programme_name, i.updated_at, r.rating_month, r.confidence, " \
  "r.narrative, r.reported_by_name, r.reported_at, i.sro_member_id, "                    \
  "COALESCE(s.name, '') AS sro_name, i.starts_on, i.ends_on, i.budget, i.spend_to_date " \
  "FROM portfolio_items i "                                                              \
  "LEFT JOIN portfolio_items p ON p.org_id = i.org_id AND p.id = i.programme_id "        \
  "LEFT JOIN members s ON s.org_id = i.org_id AND s.id = i.sro_member_id "               \
  "LEFT JOIN portfolio_ratings r ON r.org_id = i.org_id AND r.item_id = i.id AND "       \
  "r.rating_month = (SELECT MAX(x.rating_month) FROM portfolio_ratings x "               \
  "WHERE x.org_id = i.org_id AND x.item_id = i.id) "
constexpr std::string_view kFind = BOARDLENS_ITEM_SELECT "WHERE i.org_id = $1 AND i.id = $2";
constexpr std::string_view kFindByName =
    BOARDLENS_ITEM_SELECT "WHERE i.org_id = $1 AND i.name = $2";
constexpr std::string_view kList = BOARDLENS_ITEM_SELECT
    "WHERE i.org_id = $1 ORDER BY CASE WHEN i.kind = 'project' AND i.programme_id IS NULL "
    "THEN 1 ELSE 0 END, COALESCE(p.name, i.name), i.kind, i.name";
#undef BOARDLENS_ITEM_SELECT

constexpr std::string_view kLinks =
    "SELECT priority_key FROM portfolio_priorities WHERE org_id = $1 AND item_id = $2 "
    "ORDER BY priority_key";
constexpr std::string_view kFunding =
    "SELECT source, amount FROM portfolio_funding WHERE org_id = $1 AND item_id = $2";
constexpr std::string_view kCosts =
    "SELECT cost_year, amount FROM portfolio_costs WHERE org_id = $1 AND item_id = $2 "
    "ORDER BY cost_year";
constexpr std::string_view kClearLinks =
    "DELETE FROM portfolio_priorities WHERE org_id = $1 AND item_id = $2";
constexpr std::string_view kClearFunding =
    "DELETE FROM portfolio_funding WHERE org_id = $1 AND item_id = $2";
constexpr std::string_view kClearCosts =
    "DELETE FROM portfolio_costs WHERE org_id = $1 AND item_id = $2";
constexpr std::string_view kInsertLink =
    "INSERT INTO portfolio_priorities (org_id, item_id, priority_key) VALUES ($1, $2, $3)";
constexpr std::string_view kInsertFunding =
    "INSERT INTO portfolio_funding (org_id, item_id, source, amount) VALUES ($1, $2, $3, $4)";
constexpr std::string_view kInsertCost =
    "INSERT INTO portfolio_costs (org_id, item_id, cost_year, amount) VALUES ($1, $2, $3, $4)";

constexpr std::string_view kPutRating =
    "INSERT INTO portfolio_ratings (org_id, item_id, rating_month, confidence, narrative, "
    "reported_by, reported_by_name, reported_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) "
    "ON CONFLICT (org_id, item_id, rating_month) DO UPDATE SET confidence = excluded.confidence, "
    "narrative = excluded.narrative, reported_by = excluded.reported_by, "
    "reported_by_name = excluded.reported_by_name, reported_at = excluded.reported_at";
constexpr std::string_view kRatings =
    "SELECT rating_month, confidence, narrative, reported_by_name, reported_at "
    "FROM portfolio_ratings WHERE org_id = $1 AND item_id = $2 ORDER BY rating_month";

constexpr std::string_view kPutAssurance =
    "UPDATE portfolio_items SET sro_member_id = $3, starts_on = $4, ends_on = $5, budget = $6, "
    "spend_to_date = $7, updated_by = $8, updated_at = $9 WHERE org_id = $1 AND id = $2";
constexpr std::string_view kMilestones =
    "SELECT title, due_on, status, completed_on FROM portfolio_milestones "
    "WHERE org_id = $1 AND item_id = $2 ORDER BY place";
constexpr std::string_view kClearMilestones =
    "DELETE FROM portfolio_milestones WHERE org_id = $1 AND item_id = $2";
constexpr std::string_view kInsertMilestone =
    "INSERT INTO portfolio_milestones (org_id, item_id, place, title, due_on, status, "
    "completed_on) VALUES ($1, $2, $3, $4, $5, $6, $7)";

constexpr std::string_view kInsertBenefit =
    "INSERT INTO portfolio_benefits (org_id, item_id, title, owner_member_id, measure, unit, "
    "improvement, baseline, baseline_on, target, target_on, updated_by, updated_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id";
constexpr std::string_view kUpdateBenefit =
    "UPDATE portfolio_benefits SET item_id = $2, title = $3, owner_member_id = $4, "
    "measure = $5, unit = $6, improvement = $7, baseline = $8, baseline_on = $9, target = $10, "
    "target_on = $11, updated_by = $12, updated_at = $13 WHERE org_id = $1 AND id = $14";
#define BOARDLENS_BENEFIT_SELECT                                                          \
  "SELECT b.id, b.item_id, b.title, b.owner_member_id, m.name AS owner_name, b.measure, " \
  "b.unit, b.improvement, b.baseline, b.baseline_on, b.target, b.target_on, "             \
  "i.name AS item_name FROM portfolio_benefits b "                                        \
  "JOIN members m ON m.org_id = b.org_id AND m.id = b.owner_member_id "                   \
  "JOIN portfolio_items i ON i.org_id = b.org_id AND i.id = b.item_id "
constexpr std::string_view kFindBenefit =
    BOARDLENS_BENEFIT_SELECT "WHERE b.org_id = $1 AND b.id = $2";
constexpr std::string_view kItemBenefits =
    BOARDLENS_BENEFIT_SELECT "WHERE b.org_id = $1 AND b.item_id = $2 ORDER BY b.title";
constexpr std::string_view kAllBenefits =
    BOARDLENS_BENEFIT_SELECT "WHERE b.org_id = $1 ORDER BY i.name, b.title";
#undef BOARDLENS_BENEFIT_SELECT
constexpr std::string_view kActuals =
    "SELECT on_date, value FROM benefit_actuals WHERE org_id = $1 AND benefit_id = $2 "
    "ORDER BY on_date";
constexpr std::string_view kPutActual =
    "INSERT INTO benefit_actuals (org_id, benefit_id, on_date, value) VALUES ($1, $2, $3, $4) "
    "ON CONFLICT (org_id, benefit_id, on_date) DO UPDATE SET value = excluded.value";

Benefit ToBenefit(const Row& row) {
  Benefit b;
  b.id = row.i64("id");
  b.item_id = row.i64("item_id");
  b.what.title = row.text("title");
  b.what.owner_member_id = row.i64("owner_member_id");
  b.owner_name = row.text("owner_name");
  b.what.measure = row.text("measure");
  b.what.unit = row.text("unit");
  b.what.improvement =
      services::ParseImprovement(row.text("improvement")).value_or(services::Improvement::kUp);
  b.what.baseline = row.f64("baseline");
  b.what.baseline_on = row.text("baseline_on");
  b.what.target = row.f64("target");
  b.what.target_on = row.text("target_on");
  b.item_name = row.text("item_name");
  return b;
}

/// The benefit's columns from $2 to $13, as kInsertBenefit and kUpdateBenefit take them.
std::vector<db::Value> BenefitValues(Id org_id, const Benefit& b, std::optional<Id> by,
                                     std::int64_t at) {
  const BenefitInput& w = b.what;
  return {org_id,
          b.item_id,
          w.title,
          *w.owner_member_id,
          w.measure,
          w.unit,
          std::string(services::ToString(w.improvement)),
          *w.baseline,
          w.baseline_on,
          *w.target,
          w.target_on,
          db::OrNull(by),
          at};
}

Rating ToRating(const Row& row) {
  return {row.text("rating_month"),
          ParseConfidence(row.text("confidence")).value_or(Confidence::kAmber),
          row.text("narrative"), row.text("reported_by_name"), row.i64("reported_at")};
}

Item ToItem(const Row& row) {
  Item item;
  item.id = row.i64("id");
  item.org_id = row.i64("org_id");
  item.what.kind = ParseKind(row.text("kind")).value_or(Kind::kProject);
  item.what.stage = ParseStage(row.text("stage")).value_or(Stage::kInDelivery);
  item.what.name = row.text("name");
  item.what.description = row.text("description");
  item.what.programme_id = row.optional_i64("programme_id");
  item.programme_name = row.text("programme_name");
  item.updated_at = row.i64("updated_at");
  if (!row.text_or_empty("rating_month").empty()) item.latest = ToRating(row);
  item.assurance.sro_member_id = row.optional_i64("sro_member_id");
  item.sro_name = row.text("sro_name");
  item.assurance.starts_on = row.text("starts_on");
  item.assurance.ends_on = row.text("ends_on");
  item.assurance.budget = row.optional_i64("budget");
  item.assurance.spend = row.optional_i64("spend_to_date");
  return item;
}

}  // namespace

Item& Repository::WithParts(Item& item) {
  const std::vector<db::Value> key{item.org_id, item.id};
  item.what.priority_keys =
      db::All(db_.Query(kLinks, key), [](const Row& r) { return r.i64("priority_key"); });
  for (const Row& r : db_.Query(kFunding, key)) {
    if (const auto source = ParseSource(r.text("source"))) {
      item.what.funding[*source] = r.i64("amount");
    }
  }
  for (const Row& r : db_.Query(kCosts, key))
    item.what.cost_by_year[r.i32("cost_year")] = r.i64("amount");
  item.assurance.milestones = db::All(db_.Query(kMilestones, key), [](const Row& r) {
    return Milestone{r.text("title"), r.text("due_on"),
                     ParseMilestoneStatus(r.text("status")).value_or(MilestoneStatus::kNotStarted),
                     r.text("completed_on")};
  });
  return item;
}

void Repository::WriteParts(const Item& item) {
  const std::vector<db::Value> key{item.org_id, item.id};
  db_.Query(kClearLinks, key);
  db_.Query(kClearFunding, key);
  db_.Query(kClearCosts, key);
  for (const Id k : item.what.priority_keys) db_.Query(kInsertLink, {item.org_id, item.id, k});
  for (const auto& [source, amount] : item.what.funding) {
    db_.Query(kInsertFunding, {item.org_id, item.id, std::string(ToString(source)), amount});
  }
  for (const auto& [year, amount] : item.what.cost_by_year) {
    db_.Query(kInsertCost, {item.org_id, item.id, std::int64_t{year}, amount});
  }
}

Id Repository::Insert(const Item& item, std::optional<Id> by) {
  Item stored = item;
  stored.id =
      db_.Query(kInsert, {item.org_id, std::string(ToString(item.what.kind)), item.what.name,
                          item.what.description, db::OrNull(item.what.programme_id), db::OrNull(by),
                          item.updated_at, std::string(ToString(item.what.stage))})
          .at(0)
          .i64("id");
  WriteParts(stored);
  return stored.id;
}

void Repository::Update(const Item& item, std::optional<Id> by) {
  db_.Query(kUpdate, {item.org_id, item.id, std::string(ToString(item.what.kind)), item.what.name,
                      item.what.description, db::OrNull(item.what.programme_id), db::OrNull(by),
                      item.updated_at, std::string(ToString(item.what.stage))});
  WriteParts(item);
}

std::optional<Item> Repository::Find(Id org_id, Id id) {
  auto item = db::First(db_.Query(kFind, {org_id, id}), ToItem);
  if (item) WithParts(*item);
  return item;
}

std::optional<Item> Repository::FindByName(Id org_id, const std::string& name) {
  auto item = db::First(db_.Query(kFindByName, {org_id, name}), ToItem);
  if (item) WithParts(*item);
  return item;
}

std::vector<Item> Repository::List(Id org_id) {
  auto items = db::All(db_.Query(kList, {org_id}), ToItem);
  for (Item& item : items) WithParts(item);
  return items;
}

void Repository::PutRating(Id org_id, Id item_id, const Rating& r, std::optional<Id> by) {
  db_.Query(kPutRating, {org_id, item_id, r.month, std::string(ToString(r.confidence)), r.narrative,
                         db::OrNull(by), r.reported_by_name, r.reported_at});
}

void Repository::PutAssurance(Id org_id, Id item_id, const Assurance& a, std::optional<Id> by,
                              std::int64_t at) {
  db_.Query(kPutAssurance, {org_id, item_id, db::OrNull(a.sro_member_id), a.starts_on, a.ends_on,
                            db::OrNull(a.budget), db::OrNull(a.spend), db::OrNull(by), at});
  db_.Query(kClearMilestones, {org_id, item_id});
  for (std::size_t i = 0; i < a.milestones.size(); ++i) {
    const Milestone& m = a.milestones[i];
    db_.Query(kInsertMilestone, {org_id, item_id, static_cast<std::int64_t>(i), m.title, m.due_on,
                                 std::string(ToString(m.status)), m.completed_on});
  }
}

std::vector<Rating> Repository::Ratings(Id org_id, Id item_id) {
  return db::All(db_.Query(kRatings, {org_id, item_id}), ToRating);
}

Id Repository::InsertBenefit(Id org_id, const Benefit& benefit, std::optional<Id> by,
                             std::int64_t at) {
  return db_.Query(kInsertBenefit, BenefitValues(org_id, benefit, by, at)).at(0).i64("id");
}

void Repository::UpdateBenefit(Id org_id, const Benefit& benefit, std::optional<Id> by,
                               std::int64_t at) {
  auto params = BenefitValues(org_id, benefit, by, at);
  params.emplace_back(benefit.id);
  db_.Query(kUpdateBenefit, params);
}

std::optional<Benefit> Repository::FindBenefit(Id org_id, Id id) {
  return db::First(db_.Query(kFindBenefit, {org_id, id}), ToBenefit);
}

std::vector<Benefit> Repository::Benefits(Id org_id, std::optional<Id> item_id) {
  return item_id ? db::All(db_.Query(kItemBenefits, {org_id, *item_id}), ToBenefit)
                 : db::All(db_.Query(kAllBenefits, {org_id}), ToBenefit);
}

std::vector<services::SpcPoint> Repository::Actuals(Id org_id, Id benefit_id) {
  return db::All(db_.Query(kActuals, {org_id, benefit_id}), [](const Row& r) {
    return services::SpcPoint{r.text("on_date"), r.f64("value")};
  });
}

void Repository::PutActual(Id org_id, Id benefit_id, const services::SpcPoint& point) {
  db_.Query(kPutActual, {org_id, benefit_id, point.date, point.value});
}

}  // namespace boardlens::portfolio
