#include "boardlens/features/risks/repository.hpp"

#include <map>

namespace boardlens::risks {
namespace {

using db::Row;

constexpr std::string_view kInsert =
    "INSERT INTO risks (org_id, title, objective, cause, effect, owner_member_id, committee, "
    "category, inherent_likelihood, inherent_consequence, current_likelihood, "
    "current_consequence, target_likelihood, target_consequence, controls, control_gaps, "
    "assurance_first, assurance_second, assurance_third, assurance_gaps, review_on, "
    "blocks_item_id, created_by, created_at, updated_by, updated_at) VALUES ($1, $2, $3, $4, "
    "$5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, "
    "$24, $23, $24) RETURNING id";
constexpr std::string_view kUpdate =
    "UPDATE risks SET title = $2, objective = $3, cause = $4, effect = $5, owner_member_id = $6, "
    "committee = $7, category = $8, inherent_likelihood = $9, inherent_consequence = $10, "
    "current_likelihood = $11, current_consequence = $12, target_likelihood = $13, "
    "target_consequence = $14, controls = $15, control_gaps = $16, assurance_first = $17, "
    "assurance_second = $18, assurance_third = $19, assurance_gaps = $20, review_on = $21, "
    "blocks_item_id = $22, updated_by = $23, updated_at = $24 WHERE org_id = $1 AND id = $25";
// The owner's and the proposal's names come by join, as the register shows them on every row.
#define BOARDLENS_RISK_SELECT                                                                \
  "SELECT r.*, m.name AS owner_name, COALESCE(p.name, '') AS blocks_item_name FROM risks r " \
  "JOIN members m ON m.org_id = r.org_id AND m.id = r.owner_member_id "                      \
  "LEFT JOIN portfolio_items p ON p.org_id = r.org_id AND p.id = r.blocks_item_id "
constexpr std::string_view kFind = BOARDLENS_RISK_SELECT "WHERE r.org_id = $1 AND r.id = $2";
constexpr std::string_view kList = BOARDLENS_RISK_SELECT "WHERE r.org_id = $1 ORDER BY r.title";
#undef BOARDLENS_RISK_SELECT
constexpr std::string_view kFindByTitle = "SELECT id FROM risks WHERE org_id = $1 AND title = $2";

constexpr std::string_view kInsertReview =
    "INSERT INTO risk_reviews (org_id, risk_id, likelihood, consequence, note, reviewed_by, "
    "reviewed_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id";
#define BOARDLENS_REVIEW_SELECT                                                                \
  "SELECT v.id, v.risk_id, v.likelihood, v.consequence, v.note, v.reviewed_by, "               \
  "v.reviewed_at, c.name AS reviewer_name FROM risk_reviews v LEFT JOIN accounts c ON c.id = " \
  "v.reviewed_by "
constexpr std::string_view kReviews = BOARDLENS_REVIEW_SELECT
    "WHERE v.org_id = $1 AND v.risk_id = $2 ORDER BY v.reviewed_at DESC, v.id DESC";
/// Oldest first, so the last row of each risk is its latest review.
constexpr std::string_view kAllReviews =
    BOARDLENS_REVIEW_SELECT "WHERE v.org_id = $1 ORDER BY v.risk_id, v.reviewed_at, v.id";
#undef BOARDLENS_REVIEW_SELECT

constexpr std::string_view kAppetites =
    "SELECT category, level, max_score, updated_by, updated_at FROM risk_appetites "
    "WHERE org_id = $1 ORDER BY category";
constexpr std::string_view kPutAppetite =
    "INSERT INTO risk_appetites (org_id, category, level, max_score, updated_by, updated_at) "
    "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (org_id, category) DO UPDATE SET "
    "level = excluded.level, max_score = excluded.max_score, "
    "updated_by = excluded.updated_by, updated_at = excluded.updated_at";

Rating RatingOf(const Row& row, const std::string& prefix) {
  return {row.i32(prefix + "likelihood"), row.i32(prefix + "consequence")};
}

Risk ToRisk(const Row& row) {
  Risk r;
  r.id = row.i64("id");
  r.org_id = row.i64("org_id");
  RiskInput& w = r.what;
  w.title = row.text("title");
  w.objective = row.text("objective");
  w.cause = row.text("cause");
  w.effect = row.text("effect");
  w.owner_member_id = row.i64("owner_member_id");
  r.owner_name = row.text("owner_name");
  w.committee = row.text("committee");
  w.category = ParseCategory(row.text("category")).value_or(Category::kDelivery);
  w.inherent = RatingOf(row, "inherent_");
  w.current = RatingOf(row, "current_");
  w.target = RatingOf(row, "target_");
  w.controls = row.text("controls");
  w.control_gaps = row.text("control_gaps");
  w.assurance_first = row.text("assurance_first");
  w.assurance_second = row.text("assurance_second");
  w.assurance_third = row.text("assurance_third");
  w.assurance_gaps = row.text("assurance_gaps");
  w.review_on = row.text("review_on");
  w.blocks_item_id = row.optional_i64("blocks_item_id");
  r.blocks_item_name = row.text("blocks_item_name");
  r.created_at = row.i64("created_at");
  r.updated_by = row.optional_i64("updated_by");
  r.updated_at = row.i64("updated_at");
  return r;
}

Review ToReview(const Row& row) {
  Review v;
  v.id = row.i64("id");
  v.current = {row.i32("likelihood"), row.i32("consequence")};
  v.note = row.text("note");
  v.reviewed_by = row.optional_i64("reviewed_by");
  v.reviewer_name = row.text_or_empty("reviewer_name");
  v.reviewed_at = row.i64("reviewed_at");
  return v;
}

/// The risk's columns in kInsert's order, $2 to $24 (kUpdate takes the same from $2).
std::vector<db::Value> Values(const Risk& r, std::optional<Id> by, std::int64_t at) {
  const RiskInput& w = r.what;
  return {r.org_id,
          w.title,
          w.objective,
          w.cause,
          w.effect,
          *w.owner_member_id,
          w.committee,
          std::string(ToString(w.category)),
          std::int64_t{w.inherent.likelihood},
          std::int64_t{w.inherent.consequence},
          std::int64_t{w.current.likelihood},
          std::int64_t{w.current.consequence},
          std::int64_t{w.target.likelihood},
          std::int64_t{w.target.consequence},
          w.controls,
          w.control_gaps,
          w.assurance_first,
          w.assurance_second,
          w.assurance_third,
          w.assurance_gaps,
          w.review_on,
          db::OrNull(w.blocks_item_id),
          db::OrNull(by),
          at};
}

}  // namespace

Id Repository::Insert(const Risk& r) {
  return db_.Query(kInsert, Values(r, r.updated_by, r.updated_at)).at(0).i64("id");
}

void Repository::Update(const Risk& r) {
  std::vector<db::Value> values = Values(r, r.updated_by, r.updated_at);
  values.emplace_back(r.id);
  db_.Query(kUpdate, values);
}

void Repository::AddLastReviews(Id org_id, std::vector<Risk>& risks) {
  std::map<Id, Risk*> by_id;
  for (Risk& r : risks) by_id[r.id] = &r;
  for (const Row& row : db_.Query(kAllReviews, {org_id})) {
    if (const auto it = by_id.find(row.i64("risk_id")); it != by_id.end()) {
      it->second->last_review = ToReview(row);
    }
  }
}

std::optional<Risk> Repository::Find(Id org_id, Id id) {
  auto risk = db::First(db_.Query(kFind, {org_id, id}), ToRisk);
  if (risk) {
    const auto reviews = Reviews(org_id, id);
    if (!reviews.empty()) risk->last_review = reviews.front();
  }
  return risk;
}

std::optional<Id> Repository::FindByTitle(Id org_id, const std::string& title) {
  return db::First(db_.Query(kFindByTitle, {org_id, title}),
                   [](const Row& row) { return row.i64("id"); });
}

std::vector<Risk> Repository::List(Id org_id) {
  std::vector<Risk> risks = db::All(db_.Query(kList, {org_id}), ToRisk);
  AddLastReviews(org_id, risks);
  return risks;
}

Id Repository::InsertReview(Id org_id, Id risk_id, const Review& v) {
  return db_
      .Query(kInsertReview, {org_id, risk_id, std::int64_t{v.current.likelihood},
                             std::int64_t{v.current.consequence}, v.note, db::OrNull(v.reviewed_by),
                             v.reviewed_at})
      .at(0)
      .i64("id");
}

std::vector<Review> Repository::Reviews(Id org_id, Id risk_id) {
  return db::All(db_.Query(kReviews, {org_id, risk_id}), ToReview);
}

std::vector<Appetite> Repository::Appetites(Id org_id) {
  return db::All(db_.Query(kAppetites, {org_id}), [](const Row& row) {
    Appetite a;
    a.category = ParseCategory(row.text("category")).value_or(Category::kDelivery);
    a.level = ParseLevel(row.text("level")).value_or(AppetiteLevel::kCautious);
    a.max_score = row.i32("max_score");
    a.updated_by = row.optional_i64("updated_by");
    a.updated_at = row.i64("updated_at");
    return a;
  });
}

void Repository::PutAppetite(Id org_id, const Appetite& a) {
  db_.Query(kPutAppetite,
            {org_id, std::string(ToString(a.category)), std::string(ToString(a.level)),
             std::int64_t{a.max_score}, db::OrNull(a.updated_by), a.updated_at});
}

}  // namespace boardlens::risks
