#include "boardlens/features/portfolio/json.hpp"

#include <algorithm>

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

/// Reads the named value at `key` into `into` when the body gives one; one it cannot parse is
/// a problem that lists the `allowed` names.
template <typename E, typename Parse>
void Choice(Problems& problems, const Json& body, const char* key, Parse parse, const char* allowed,
            E& into) {
  problems.Check([&] {
    const std::string text = http::String(body, key, false);
    if (text.empty()) return;
    const auto parsed = parse(text);
    if (!parsed) throw Invalid(std::string(key) + " must be " + allowed, key);
    into = *parsed;
  });
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

ItemInput ItemFromJson(const Json& body, Stage unstated) {
  ItemInput in;
  in.stage = unstated;
  Problems problems;
  Choice(problems, body, "kind", ParseKind, "programme or project", in.kind);
  Choice(problems, body, "stage", ParseStage, "proposed or in_delivery", in.stage);
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
  const auto costs = body.find("costs");
  if (costs != body.end() && !costs->is_null()) {
    if (!costs->is_array()) {
      problems.Add("must be a list of {\"year\", \"amount\"}", "costs");
    } else {
      for (std::size_t i = 0; i < costs->size(); ++i) {
        const std::string at = "costs[" + std::to_string(i) + "]";
        const Json& cost = costs->at(i);
        if (!cost.is_object()) {
          problems.Add("must be an object with year and amount", at);
          continue;
        }
        const auto year = Whole(problems, cost, "year", at + ".year");
        const auto amount = Whole(problems, cost, "amount", at + ".amount");
        if (!year || *year < kEarliestYear || *year > kLatestYear) {
          problems.Add("must be a year from 2000 to 2100", at + ".year");
        } else if (!amount) {
          problems.Add("must be whole pounds", at + ".amount");
        } else if (!in.cost_by_year.emplace(static_cast<int>(*year), *amount).second) {
          problems.Add("is given twice", at + ".year");
        }
      }
    }
  }
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
    const std::string text = http::String(body, "improvement", false);
    const auto parsed = services::ParseImprovement(text.empty() ? "up" : text);
    if (!parsed) throw Invalid("improvement must be up or down", "improvement");
    in.improvement = *parsed;
  });
  problems.Check([&] { in.baseline = http::OptionalNumber(body, "baseline"); });
  problems.Check([&] { in.baseline_on = http::String(body, "baseline_on", false); });
  problems.Check([&] { in.target = http::OptionalNumber(body, "target"); });
  problems.Check([&] { in.target_on = http::String(body, "target_on", false); });
  problems.ThrowIfAny([copy = in]() mutable { CheckBenefit(copy); });
  return in;
}

}  // namespace boardlens::portfolio
