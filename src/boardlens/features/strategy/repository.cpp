#include "boardlens/features/strategy/repository.hpp"

namespace boardlens::strategy {
namespace {

using db::Row;

constexpr std::string_view kInsert =
    "INSERT INTO strategy_versions (org_id, version, vision, horizon_start, horizon_end, "
    "reviewed_on, next_review_on, system_title, system_url, saved_by, saved_by_name, saved_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)";
constexpr std::string_view kInsertOutcome =
    "INSERT INTO strategy_outcomes (org_id, version, item_key, place, title, measure, baseline, "
    "target, due_on, measure_id, baseline_on) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, "
    "$11)";
constexpr std::string_view kInsertPriority =
    "INSERT INTO strategy_priorities (org_id, version, item_key, place, title, description, "
    "is_top) VALUES ($1, $2, $3, $4, $5, $6, $7)";
constexpr std::string_view kInsertNotDoing =
    "INSERT INTO strategy_not_doing (org_id, version, item_key, place, what, reason) "
    "VALUES ($1, $2, $3, $4, $5, $6)";
#define BOARDLENS_VERSION_SELECT                                                              \
  "SELECT org_id, version, vision, horizon_start, horizon_end, reviewed_on, next_review_on, " \
  "system_title, system_url, saved_by, saved_by_name, saved_at, approved_on, "                \
  "approved_by_name FROM strategy_versions "
constexpr std::string_view kLatest =
    BOARDLENS_VERSION_SELECT "WHERE org_id = $1 ORDER BY version DESC LIMIT 1";
constexpr std::string_view kFind = BOARDLENS_VERSION_SELECT "WHERE org_id = $1 AND version = $2";
constexpr std::string_view kLatestApproved = BOARDLENS_VERSION_SELECT
    "WHERE org_id = $1 AND approved_on IS NOT NULL ORDER BY version DESC LIMIT 1";
constexpr std::string_view kVersions =
    BOARDLENS_VERSION_SELECT "WHERE org_id = $1 ORDER BY version DESC";
#undef BOARDLENS_VERSION_SELECT
constexpr std::string_view kOutcomes =
    "SELECT item_key, title, measure, baseline, target, due_on, measure_id, baseline_on "
    "FROM strategy_outcomes "
    "WHERE org_id = $1 AND version = $2 ORDER BY place";
constexpr std::string_view kPriorities =
    "SELECT item_key, title, description, is_top FROM strategy_priorities "
    "WHERE org_id = $1 AND version = $2 ORDER BY place";
constexpr std::string_view kNotDoing =
    "SELECT item_key, what, reason FROM strategy_not_doing "
    "WHERE org_id = $1 AND version = $2 ORDER BY place";
constexpr std::string_view kLargestKey =
    "SELECT COALESCE(MAX(k), 0) AS largest FROM ("
    "SELECT MAX(item_key) AS k FROM strategy_outcomes WHERE org_id = $1 UNION ALL "
    "SELECT MAX(item_key) AS k FROM strategy_priorities WHERE org_id = $1 UNION ALL "
    "SELECT MAX(item_key) AS k FROM strategy_not_doing WHERE org_id = $1) AS keys";
constexpr std::string_view kApprove =
    "UPDATE strategy_versions SET approved_on = $3, approved_by = $4, approved_by_name = $5, "
    "approved_at = $6 WHERE org_id = $1 AND version = $2";

Strategy ToHeader(const Row& row) {
  Strategy s;
  s.org_id = row.i64("org_id");
  s.version.number = row.i32("version");
  s.version.saved_by = row.optional_i64("saved_by");
  s.version.saved_by_name = row.text("saved_by_name");
  s.version.saved_at = row.i64("saved_at");
  s.version.approved_on = row.text_or_empty("approved_on");
  s.version.approved_by_name = row.text_or_empty("approved_by_name");
  s.what.vision = row.text("vision");
  s.what.horizon_start = row.i32("horizon_start");
  s.what.horizon_end = row.i32("horizon_end");
  s.what.reviewed_on = row.text_or_empty("reviewed_on");
  s.what.next_review_on = row.text_or_empty("next_review_on");
  s.what.system_title = row.text("system_title");
  s.what.system_url = row.text("system_url");
  return s;
}

Outcome ToOutcome(const Row& r) {
  return Outcome{r.i64("item_key"),
                 r.text("title"),
                 r.text("measure"),
                 r.text("baseline"),
                 r.text("target"),
                 r.text_or_empty("due_on"),
                 r.optional_i64("measure_id"),
                 r.text_or_empty("baseline_on")};
}

}  // namespace

void Repository::Insert(const Strategy& s) {
  const StrategyInput& w = s.what;
  const Id org = s.org_id;
  const std::int64_t version = s.version.number;
  db_.Query(kInsert,
            {org, version, w.vision, std::int64_t{w.horizon_start}, std::int64_t{w.horizon_end},
             db::OrNull(w.reviewed_on), db::OrNull(w.next_review_on), w.system_title, w.system_url,
             db::OrNull(s.version.saved_by), s.version.saved_by_name, s.version.saved_at});
  std::int64_t place = 0;
  for (const Outcome& o : w.outcomes) {
    db_.Query(kInsertOutcome,
              {org, version, o.key, ++place, o.title, o.measure, o.baseline, o.target,
               db::OrNull(o.due_on), db::OrNull(o.measure_id), db::OrNull(o.baseline_on)});
  }
  place = 0;
  for (const Priority& p : w.priorities) {
    db_.Query(kInsertPriority,
              {org, version, p.key, ++place, p.title, p.description, std::int64_t{p.top ? 1 : 0}});
  }
  place = 0;
  for (const NotDoing& n : w.not_doing) {
    db_.Query(kInsertNotDoing, {org, version, n.key, ++place, n.what, n.reason});
  }
}

std::optional<Strategy> Repository::WithLists(std::optional<Strategy> s) {
  if (!s) return s;
  const std::vector<db::Value> key{s->org_id, std::int64_t{s->version.number}};
  s->what.outcomes = db::All(db_.Query(kOutcomes, key), ToOutcome);
  s->what.priorities = db::All(db_.Query(kPriorities, key), [](const Row& r) {
    return Priority{r.i64("item_key"), r.text("title"), r.text("description"), r.flag("is_top")};
  });
  s->what.not_doing = db::All(db_.Query(kNotDoing, key), [](const Row& r) {
    return NotDoing{r.i64("item_key"), r.text("what"), r.text("reason")};
  });
  return s;
}

std::optional<Strategy> Repository::Latest(Id org_id) {
  return WithLists(db::First(db_.Query(kLatest, {org_id}), ToHeader));
}

std::optional<Strategy> Repository::Find(Id org_id, int version) {
  return WithLists(db::First(db_.Query(kFind, {org_id, std::int64_t{version}}), ToHeader));
}

std::optional<Strategy> Repository::LatestApproved(Id org_id) {
  return WithLists(db::First(db_.Query(kLatestApproved, {org_id}), ToHeader));
}

std::vector<Version> Repository::Versions(Id org_id) {
  return db::All(db_.Query(kVersions, {org_id}), [](const Row& r) { return ToHeader(r).version; });
}

Id Repository::LargestKey(Id org_id) {
  return db_.Query(kLargestKey, {org_id}).at(0).i64("largest");
}

void Repository::Approve(Id org_id, int version, const std::string& approved_on,
                         std::optional<Id> approved_by, const std::string& approved_by_name,
                         std::int64_t approved_at) {
  db_.Query(kApprove, {org_id, std::int64_t{version}, approved_on, db::OrNull(approved_by),
                       approved_by_name, approved_at});
}

}  // namespace boardlens::strategy
