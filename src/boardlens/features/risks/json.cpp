#include "boardlens/features/risks/json.hpp"

#include <algorithm>

#include "boardlens/base/clock.hpp"
#include "boardlens/base/error.hpp"

namespace boardlens::risks {

using http::Json;

namespace {

Json ToJson(const Rating& rating) {
  const int score = Score(rating);
  return {{"likelihood", rating.likelihood},
          {"consequence", rating.consequence},
          {"score", score},
          {"band", ToString(BandOf(score))}};
}

/// A 1-5 level from a body; anything else (text, a fraction, 9) becomes 0, which CheckRisk
/// refuses under the level's own name, such as inherent_likelihood.
int Level(const Json& body, const char* key) {
  const auto it = body.find(key);
  if (it == body.end() || !it->is_number_integer()) return 0;
  const auto value = it->get<std::int64_t>();
  return value >= 1 && value <= 5 ? static_cast<int>(value) : 0;
}

/// The object at `key`, or an empty one (its fields are then reported missing).
const Json& Object(const Json& body, const char* key, Problems& problems) {
  static const Json kEmpty = Json::object();
  const auto it = body.find(key);
  if (it == body.end() || it->is_null()) return kEmpty;
  if (!it->is_object()) {
    problems.Add(std::string(key) + " must be an object", key);
    return kEmpty;
  }
  return *it;
}

}  // namespace

Json ToJson(const actions::Action& a, const std::string& today) {
  return {{"id", a.id},
          {"title", a.what.title},
          {"owner", {{"id", a.what.owner_member_id.value_or(0)}, {"name", a.owner_name}}},
          {"due_on", a.what.due_on},
          {"status", actions::ToString(a.what.status)},
          {"overdue", actions::IsOverdue(a, today)}};
}

Json ToJson(const Review& v) {
  return {{"id", v.id},
          {"current", ToJson(v.current)},
          {"note", v.note},
          {"reviewed_by", v.reviewer_name.empty() ? Json(nullptr) : Json(v.reviewer_name)},
          {"reviewed_at", IsoTime(v.reviewed_at)}};
}

Json ToJson(const Appetite& a) {
  return {
      {"category", ToString(a.category)}, {"level", ToString(a.level)}, {"max_score", a.max_score}};
}

Json ToJson(const Risk& r, const std::vector<Appetite>& appetites, const std::string& today) {
  const RiskInput& w = r.what;
  const auto appetite = AppetiteFor(appetites, w.category);
  const AppetiteStance stance = Compare(Score(w.current), appetite);
  Json agreed = Json::array();
  for (const actions::Action& a : r.actions) agreed.push_back(ToJson(a, today));
  return {{"id", r.id},
          {"title", w.title},
          {"objective", w.objective},
          {"cause", w.cause},
          {"effect", w.effect},
          {"owner", {{"id", *w.owner_member_id}, {"name", r.owner_name}}},
          {"committee", w.committee},
          {"category", ToString(w.category)},
          {"scores",
           {{"inherent", ToJson(w.inherent)},
            {"current", ToJson(w.current)},
            {"target", ToJson(w.target)}}},
          {"controls", w.controls},
          {"control_gaps", w.control_gaps},
          {"assurance",
           {{"first_line", w.assurance_first},
            {"second_line", w.assurance_second},
            {"third_line", w.assurance_third},
            {"gaps", w.assurance_gaps}}},
          {"review_on", w.review_on},
          {"review_overdue", ReviewOverdue(w, today)},
          {"blocks_proposal", w.blocks_item_id
                                  ? Json{{"id", *w.blocks_item_id}, {"name", r.blocks_item_name}}
                                  : Json(nullptr)},
          {"appetite", appetite ? ToJson(*appetite) : Json(nullptr)},
          {"above_appetite", stance == AppetiteStance::kAbove},
          {"movement", ToString(MovementOf(r))},
          {"last_review", r.last_review ? ToJson(*r.last_review) : Json(nullptr)},
          {"actions", agreed},
          {"overdue", Overdue(r, today)},
          {"updated_at", IsoTime(r.updated_at)}};
}

RiskInput RiskFromJson(const Json& body) {
  RiskInput in;
  Problems problems;
  const auto text = [&](std::string& into, const Json& from, const char* key) {
    problems.Check([&] { into = http::String(from, key, false); });
  };
  text(in.title, body, "title");
  text(in.objective, body, "objective");
  text(in.cause, body, "cause");
  text(in.effect, body, "effect");
  problems.Check([&] { in.owner_member_id = http::OptionalInteger(body, "owner"); });
  text(in.committee, body, "committee");
  problems.Check(
      [&] { in.category = *http::Word(body, "category", ParseCategory, CategoryNames()); });
  const Json& scores = Object(body, "scores", problems);
  const auto rating = [&](Rating& into, const char* which) {
    const Json& r = Object(scores, which, problems);
    into = {Level(r, "likelihood"), Level(r, "consequence")};
  };
  rating(in.inherent, "inherent");
  rating(in.current, "current");
  rating(in.target, "target");
  text(in.controls, body, "controls");
  text(in.control_gaps, body, "control_gaps");
  const Json& assurance = Object(body, "assurance", problems);
  text(in.assurance_first, assurance, "first_line");
  text(in.assurance_second, assurance, "second_line");
  text(in.assurance_third, assurance, "third_line");
  text(in.assurance_gaps, assurance, "gaps");
  text(in.review_on, body, "review_on");
  problems.Check([&] { in.blocks_item_id = http::OptionalInteger(body, "blocks_proposal"); });
  problems.ThrowIfAny([copy = in]() mutable { CheckRisk(copy); });
  return in;
}

actions::ActionInput ActionFromJson(const Json& body) {
  actions::ActionInput a;
  Problems problems;
  problems.Check([&] { a.title = http::String(body, "title", false); });
  problems.Check([&] { a.owner_member_id = http::OptionalInteger(body, "owner"); });
  problems.Check([&] { a.due_on = http::String(body, "due_on", false); });
  problems.ThrowIfAny();
  return a;
}

ReviewInput ReviewFromJson(const Json& body) {
  ReviewInput in;
  Problems problems;
  problems.Check([&] { in.note = http::String(body, "note", false); });
  problems.Check([&] { in.next_review_on = http::String(body, "next_review_on", false); });
  problems.ThrowIfAny();
  return in;
}

Appetite AppetiteFromJson(const Json& body) {
  Appetite a;
  Problems problems;
  problems.Check(
      [&] { a.category = *http::Word(body, "category", ParseCategory, CategoryNames()); });
  problems.Check([&] { a.level = *http::Word(body, "level", ParseLevel, LevelNames()); });
  problems.Check([&] {
    const auto max = http::OptionalInteger(body, "max_score");
    a.max_score = max && *max >= 1 && *max <= kMaxScore ? static_cast<int>(*max) : 0;
  });
  problems.ThrowIfAny();
  return a;
}

Json HeatMapJson(const std::vector<Risk>& risks, ScoreKind which) {
  Json cells = Json::array();
  for (const auto& row : PlaceOnHeatMap(risks, which)) {
    for (const HeatCell& cell : row) {
      Json named = Json::array();
      for (const Risk* r : cell.risks) {
        named.push_back(
            {{"id", r->id}, {"title", r->what.title}, {"movement", ToString(MovementOf(*r))}});
      }
      cells.push_back({{"likelihood", cell.at.likelihood},
                       {"consequence", cell.at.consequence},
                       {"score", cell.score()},
                       {"band", ToString(cell.band())},
                       {"count", cell.risks.size()},
                       {"risks", std::move(named)}});
    }
  }
  return {{"score", ToString(which)}, {"cells", cells}};
}

}  // namespace boardlens::risks
