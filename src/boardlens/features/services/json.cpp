#include "boardlens/features/services/json.hpp"

#include "boardlens/base/clock.hpp"
#include "boardlens/base/error.hpp"
#include "boardlens/base/names.hpp"

namespace boardlens::services {

using http::Json;

namespace {

Json OrNull(const std::optional<std::int64_t>& v) { return v ? Json(*v) : Json(nullptr); }
Json OrNull(const std::optional<double>& v) { return v ? Json(*v) : Json(nullptr); }
Json OrNull(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }

}  // namespace

Json ToJson(const Service& s, const std::string& today) {
  const ServiceInput& w = s.what;
  return {{"id", s.id},
          {"name", w.name},
          {"purpose", w.purpose},
          {"owner", {{"id", *w.owner_member_id}, {"name", s.owner_name}}},
          {"user_groups", w.user_groups},
          {"audience", ToString(w.audience)},
          {"approx_users", OrNull(w.approx_users)},
          {"stage", ToString(w.stage)},
          {"supplier", w.supplier},
          {"contract_ends_on", OrNull(w.contract_ends_on)},
          {"contract_ending_soon", ContractEndingSoon(w, today)},
          {"costs",
           {{"capital", OrNull(w.capital_cost)},
            {"annual_revenue", OrNull(w.annual_revenue_cost)},
            {"whole_life", OrNull(w.whole_life_cost)}}},
          {"updated_at", IsoTime(s.updated_at)}};
}

ServiceInput ServiceFromJson(const Json& body) {
  ServiceInput in;
  Problems problems;
  problems.Check([&] { in.name = http::String(body, "name", false); });
  problems.Check([&] { in.purpose = http::String(body, "purpose", false); });
  problems.Check([&] { in.owner_member_id = http::OptionalInteger(body, "owner"); });
  problems.Check([&] { in.user_groups = http::String(body, "user_groups", false); });
  problems.Check([&] {
    in.audience = http::Word(body, "audience", ParseAudience, AudienceNames(), false)
                      .value_or(Audience::kBoth);
  });
  problems.Check([&] { in.approx_users = http::OptionalInteger(body, "approx_users"); });
  problems.Check([&] {
    in.stage = http::Word(body, "stage", ParseStage, StageNames(), false).value_or(Stage::kLive);
  });
  problems.Check([&] { in.supplier = http::String(body, "supplier", false); });
  problems.Check([&] { in.contract_ends_on = http::String(body, "contract_ends_on", false); });
  const auto costs = body.find("costs");
  if (costs != body.end() && !costs->is_null()) {
    if (!costs->is_object()) {
      problems.Add("costs must be an object of capital, annual_revenue and whole_life", "costs");
    } else {
      problems.Check([&] { in.capital_cost = http::OptionalInteger(*costs, "capital"); });
      problems.Check(
          [&] { in.annual_revenue_cost = http::OptionalInteger(*costs, "annual_revenue"); });
      problems.Check([&] { in.whole_life_cost = http::OptionalInteger(*costs, "whole_life"); });
    }
  }
  problems.ThrowIfAny([copy = in]() mutable { CheckService(copy); });
  return in;
}

Json ToJson(const Measure& m) {
  const MeasureInput& w = m.what;
  return {{"id", m.id},
          {"service", m.service_id},
          {"name", w.name},
          {"kind", ToString(w.kind)},
          {"unit", w.unit},
          {"improvement", ToString(w.improvement)},
          {"target", OrNull(w.target)},
          {"frequency", ToString(w.frequency)},
          {"screen", w.screen},
          {"fix_after", OrNull(w.fix_after)},
          {"rebase", w.rebase}};
}

MeasureInput MeasureFromJson(const Json& body) {
  MeasureInput in;
  Problems problems;
  problems.Check([&] { in.name = http::String(body, "name", false); });
  problems.Check([&] {
    in.kind = http::Word(body, "kind", ParseMeasureKind, MeasureKindNames(), false)
                  .value_or(MeasureKind::kOther);
  });
  problems.Check([&] { in.unit = http::String(body, "unit", false); });
  problems.Check([&] {
    // Asked, never assumed: "neutral" leaves the chart uncoloured, which the board must choose.
    if (http::String(body, "improvement", false).empty()) {
      throw Invalid("improvement is required: " + NamesList(ImprovementNames()) +
                        " (neutral: neither is better)",
                    "improvement");
    }
    in.improvement = http::Word(body, "improvement", ParseImprovement, ImprovementNames(), false)
                         .value_or(Improvement::kNeutral);
  });
  problems.Check([&] { in.target = http::OptionalNumber(body, "target"); });
  problems.Check([&] {
    in.frequency = http::Word(body, "frequency", ParseFrequency, FrequencyNames(), false)
                       .value_or(Frequency::kMonthly);
  });
  problems.Check([&] { in.screen = http::Bool(body, "screen", true); });
  problems.Check([&] { in.fix_after = http::OptionalInteger(body, "fix_after"); });
  const auto rebase = body.find("rebase");
  if (rebase != body.end() && !rebase->is_null()) {
    if (!rebase->is_array()) {
      problems.Add("rebase must be a list of dates", "rebase");
    } else {
      for (const Json& date : *rebase) {
        if (!date.is_string()) {
          problems.Add("rebase must be a list of dates written YYYY-MM-DD", "rebase");
          break;
        }
        in.rebase.push_back(date.get<std::string>());
      }
    }
  }
  problems.ThrowIfAny([copy = in]() mutable { CheckMeasure(copy); });
  return in;
}

Json ToJson(const SpcChart& chart) {
  Json points = Json::array();
  for (const SpcRow& r : chart.rows) {
    points.push_back({{"date", r.point.date},
                      {"value", r.point.value},
                      {"mean", r.mean},
                      {"upl", r.upl},
                      {"lpl", r.lpl},
                      {"point_type", ToString(r.type)},
                      {"after_gap", r.after_gap},
                      {"incomplete", r.incomplete}});
  }
  return {{"points", std::move(points)},
          {"variation", ToString(chart.variation)},
          {"assurance", chart.assurance ? Json(ToString(*chart.assurance)) : Json(nullptr)},
          {"provisional", chart.provisional}};
}

Json ToJson(const MeasureSeries& series) {
  Json values = Json::array();
  for (const SpcPoint& p : series.points) values.push_back({{"date", p.date}, {"value", p.value}});
  return {{"measure", ToJson(series.measure)},
          {"values", std::move(values)},
          {"chart", series.chart ? ToJson(*series.chart) : Json(nullptr)}};
}

std::vector<SpcPoint> ValuesFromJson(const Json& body) {
  const auto values = body.find("values");
  if (values == body.end() || !values->is_array()) {
    throw Invalid("values must be a list of {\"date\", \"value\"}", "values");
  }
  std::vector<SpcPoint> out;
  Problems problems;
  for (std::size_t i = 0; i < values->size(); ++i) {
    const Json& v = values->at(i);
    const std::string at = "values[" + std::to_string(i) + "]";
    if (!v.is_object()) {
      problems.Add("must be an object with date and value", at);
      continue;
    }
    SpcPoint point;
    const auto date = v.find("date");
    if (date == v.end() || !date->is_string()) {
      problems.Add("must be a date written YYYY-MM-DD", at + ".date");
    } else {
      point.date = date->get<std::string>();
    }
    const auto value = v.find("value");
    if (value == v.end() || !value->is_number()) {
      problems.Add("must be a number", at + ".value");
    } else {
      point.value = value->get<double>();
    }
    out.push_back(std::move(point));
  }
  problems.ThrowIfAny();
  return out;
}

}  // namespace boardlens::services
