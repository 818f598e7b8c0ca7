#include "boardlens/features/portfolio/json.hpp"

#include <algorithm>
#include <functional>

#include "boardlens/base/clock.hpp"
#include "boardlens/base/error.hpp"
#include "boardlens/features/services/json.hpp"

namespace boardlens::portfolio {

using http::Json;

namespace {

/// Whole number at `key` of `object`, refused at `at` when it is anything else.
std::optional<std::int64_t> Whole(Problems& problems, const Json& object, const char* key,
                                  const std::string& at) {
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) return std::nullopt;
  if (!it->is_number_integer()) {
    problems.Add("must be a whole number", at);
    return std::nullopt;
  }
  return it->get<std::int64_t>();
}

/// Runs `each` on every object of the list at `key`, with where it is ("costs[2]"). A value
/// that is not a list of `what`, or an element that is not an object with `fields`, is a
/// problem.
void EachObject(Problems& problems, const Json& body, const char* key, const char* what,
                const char* fields,
                const std::function<void(const Json&, const std::string&)>& each) {
  const auto list = body.find(key);
  if (list == body.end() || list->is_null()) return;
  if (!list->is_array()) {
    problems.Add(std::string("must be a list of ") + what, key);
    return;
  }
  for (std::size_t i = 0; i < list->size(); ++i) {
    const std::string at = std::string(key) + "[" + std::to_string(i) + "]";
    if (list->at(i).is_object()) {
      each(list->at(i), at);
    } else {
      problems.Add(std::string("must be an object with ") + fields, at);
    }
  }
}

}  // namespace

Json ToJson(const Rating& r) {
  return {{"month", r.month},
          {"confidence", ToString(r.confidence)},
          {"narrative", r.narrative},
          {"reported_by", r.reported_by_name},
          {"reported_at", IsoTime(r.reported_at)}};
}

Json ToJson(const Item& item, const std::set<Id>& priority_keys) {
  const ItemInput& w = item.what;
  Json funding = Json::object();
  for (const Source s : kSources) {
    const auto it = w.funding.find(s);
    funding[std::string(ToString(s))] = it == w.funding.end() ? Json(nullptr) : Json(it->second);
  }
  Json costs = Json::array();
  for (const auto& [year, amount] : w.cost_by_year) {
    costs.push_back({{"year", year}, {"amount", amount}});
  }
  const bool linked = std::any_of(w.priority_keys.begin(), w.priority_keys.end(),
                                  [&](Id k) { return priority_keys.contains(k); });
  return {
      {"id", item.id},
      {"kind", ToString(w.kind)},
      {"stage", ToString(w.stage)},
      {"name", w.name},
      {"description", w.description},
      {"programme", w.programme_id ? Json{{"id", *w.programme_id}, {"name", item.programme_name}}
                                   : Json(nullptr)},
      {"priorities", w.priority_keys},
      {"funding", std::move(funding)},
      {"costs", std::move(costs)},
      {"whole_life_cost", WholeLifeCost(w)},
      {"latest_rating", item.latest ? ToJson(*item.latest) : Json(nullptr)},
      {"flags",
       {{"no_priority", w.kind == Kind::kProject && !linked},
        {"capital_without_revenue", CapitalWithoutRevenue(w)}}},
      {"updated_at", IsoTime(item.updated_at)}};
}

ItemInput ItemFromJson(const Json& body, std::optional<Stage> stored) {
  ItemInput in;
  in.stage = stored.value_or(Stage::kProposed);
  Problems problems;
  if (!stored && http::String(body, "stage", false).empty()) {
    problems.Add(
        "stage is required for a new item: proposed, or in_delivery once the board "
        "has approved it",
        "stage");
  }
  problems.Check([&] {
    if (auto kind = http::Word(body, "kind", ParseKind, KindNames(), false)) in.kind = *kind;
  });
  problems.Check([&] {
    if (auto stage = http::Word(body, "stage", ParseStage, StageNames(), false)) in.stage = *stage;
  });
  problems.Check([&] { in.name = http::String(body, "name", false); });
  problems.Check([&] { in.description = http::String(body, "description", false); });
  in.programme_id = Whole(problems, body, "programme", "programme");
  const auto priorities = body.find("priorities");
  if (priorities != body.end() && !priorities->is_null()) {
    if (!priorities->is_array()) {
      problems.Add("must be a list of priority keys", "priorities");
    } else {
      for (std::size_t i = 0; i < priorities->size(); ++i) {
        const Json& key = priorities->at(i);
        if (key.is_number_integer()) {
          in.priority_keys.push_back(key.get<std::int64_t>());
        } else {
          problems.Add("must be a priority's key", "priorities[" + std::to_string(i) + "]");
        }
      }
    }
  }
  const auto funding = body.find("funding");
  if (funding != body.end() && !funding->is_null()) {
    if (!funding->is_object()) {
      problems.Add("must be an object of capital, revenue and one_off", "funding");
    } else {
      for (const Source s : kSources) {
        const std::string name(ToString(s));
        if (const auto amount = Whole(problems, *funding, name.c_str(), "funding." + name)) {
          in.funding[s] = *amount;
        }
      }
    }
  }
  EachObject(problems, body, "costs", "{\"year\", \"amount\"}", "year and amount",
             [&](const Json& cost, const std::string& at) {
               const auto year = Whole(problems, cost, "year", at + ".year");
               const auto amount = Whole(problems, cost, "amount", at + ".amount");
               if (!year || *year < kEarliestYear || *year > kLatestYear) {
                 problems.Add("must be a year from 2000 to 2100", at + ".year");
               } else if (!amount) {
                 problems.Add("must be whole pounds", at + ".amount");
               } else if (!in.cost_by_year.emplace(static_cast<int>(*year), *amount).second) {
                 problems.Add("is given twice", at + ".year");
               }
             });
  problems.ThrowIfAny([copy = in]() mutable { CheckItem(copy); });
  return in;
}

Rating RatingFromJson(const Json& body) {
  Rating r;
  Problems problems;
  problems.Check([&] { r.month = http::String(body, "month"); });
  problems.Check([&] {
    const auto parsed = ParseConfidence(http::String(body, "confidence"));
    if (!parsed) {
      throw Invalid("confidence must be green, amber_green, amber, amber_red or red", "confidence");
    }
    r.confidence = *parsed;
  });
  problems.Check([&] { r.narrative = http::String(body, "narrative", false); });
  problems.ThrowIfAny();
  return r;
}

Json AssuranceToJson(const Item& item, const std::string& today) {
  const Assurance& a = item.assurance;
  const auto date = [](const std::string& d) { return d.empty() ? Json(nullptr) : Json(d); };
  const auto pounds = [](const std::optional<std::int64_t>& x) {
    return x ? Json(*x) : Json(nullptr);
  };
  Json milestones = Json::array();
  for (const Milestone& m : a.milestones) {
    milestones.push_back({{"title", m.title},
                          {"due_on", m.due_on},
                          {"status", ToString(m.status)},
                          {"completed_on", date(m.completed_on)},
                          {"overdue", Overdue(m, today)}});
  }
  return {{"sro", a.sro_member_id ? Json{{"id", *a.sro_member_id}, {"name", item.sro_name}}
                                  : Json(nullptr)},
          {"starts_on", date(a.starts_on)},
          {"ends_on", date(a.ends_on)},
          {"budget", pounds(a.budget)},
          {"spend", pounds(a.spend)},
          {"milestones", std::move(milestones)},
          {"overdue_milestones", OverdueCount(a, today)},
          {"flags", {{"over_budget", OverBudget(a)}}}};
}

Assurance AssuranceFromJson(const Json& body, const std::string& today) {
  Assurance a;
  Problems problems;
  a.sro_member_id = Whole(problems, body, "sro", "sro");
  a.starts_on = http::TextOrEmpty(problems, body, "starts_on", "starts_on");
  a.ends_on = http::TextOrEmpty(problems, body, "ends_on", "ends_on");
  a.budget = Whole(problems, body, "budget", "budget");
  a.spend = Whole(problems, body, "spend", "spend");
  EachObject(problems, body, "milestones", "milestones", "title, due_on and status",
             [&](const Json& m, const std::string& at) {
               Milestone milestone{
                   http::TextOrEmpty(problems, m, "title", at + ".title"),
                   http::TextOrEmpty(problems, m, "due_on", at + ".due_on"),
                   MilestoneStatus::kNotStarted,
                   http::TextOrEmpty(problems, m, "completed_on", at + ".completed_on")};
               const std::string status = http::TextOrEmpty(problems, m, "status", at + ".status");
               if (const auto parsed = ParseMilestoneStatus(status)) {
                 milestone.status = *parsed;
               } else {
                 problems.Add("must be not_started, on_track, at_risk, missed or complete",
                              at + ".status");
               }
               a.milestones.push_back(std::move(milestone));
             });
  problems.ThrowIfAny([copy = a, &today]() mutable { CheckAssurance(copy, today); });
  return a;
}

Json ToJson(const Benefit& b) {
  const BenefitInput& w = b.what;
  return {{"id", b.id},
          {"item", {{"id", b.item_id}, {"name", b.item_name}}},
          {"title", w.title},
          {"owner", {{"id", w.owner_member_id.value_or(0)}, {"name", b.owner_name}}},
          {"measure", w.measure},
          {"unit", w.unit},
          {"improvement", services::ToString(w.improvement)},
          {"baseline", w.baseline.value_or(0)},
          {"baseline_on", w.baseline_on},
          {"target", w.target.value_or(0)},
          {"target_on", w.target_on}};
}

Json ToJson(const BenefitSeries& series) {
  Json actuals = Json::array();
  for (const auto& p : series.actuals) actuals.push_back({{"date", p.date}, {"value", p.value}});
  return {{"benefit", ToJson(series.benefit)},
          {"actuals", std::move(actuals)},
          {"chart", series.chart ? services::ToJson(*series.chart) : Json(nullptr)}};
}

BenefitInput BenefitFromJson(const Json& body) {
  BenefitInput in;
  Problems problems;
  problems.Check([&] { in.title = http::String(body, "title", false); });
  problems.Check([&] { in.owner_member_id = http::OptionalInteger(body, "owner"); });
  problems.Check([&] { in.measure = http::String(body, "measure", false); });
  problems.Check([&] { in.unit = http::String(body, "unit", false); });
  problems.Check([&] {
    in.improvement = http::Word(body, "improvement", services::ParseImprovement,
                                BenefitImprovementNames(), false)
                         .value_or(services::Improvement::kUp);
  });
  problems.Check([&] { in.baseline = http::OptionalNumber(body, "baseline"); });
  problems.Check([&] { in.baseline_on = http::String(body, "baseline_on", false); });
  problems.Check([&] { in.target = http::OptionalNumber(body, "target"); });
  problems.Check([&] { in.target_on = http::String(body, "target_on", false); });
  problems.ThrowIfAny([copy = in]() mutable { CheckBenefit(copy); });
  return in;
}

}  // namespace boardlens::portfolio
