// A measure's page: its Making Data Count chart and the same data as a table, and the forms
// that keep it: the measure itself and its values.

#include <fmt/format.h>

#include <cmath>

#include "boardlens/base/error.hpp"
#include "boardlens/base/number.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/features/services/feature.hpp"
#include "boardlens/features/services/page_parts.hpp"
#include "boardlens/features/services/page_words.hpp"
#include "boardlens/features/services/series_csv.hpp"
#include "boardlens/features/services/service_register.hpp"

namespace boardlens::services {
namespace {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer
using http::Needs;

std::string_view DirectionWords(Improvement improvement) {
  switch (improvement) {
    case Improvement::kUp:
      return "Higher is better";
    case Improvement::kDown:
      return "Lower is better";
    default:
      return "Neither higher nor lower is better";
  }
}

/// What the strategy promises of the measure, in words: each outcome's trajectory and where
/// it is at the latest complete value's date. The strategy's page judges it.
Html PlansSection(Visit& v, const std::vector<Plan>& plans, const SpcChart& chart,
                  const std::string& unit) {
  if (plans.empty()) return {};
  const SpcRow* latest = nullptr;
  for (const SpcRow& row : chart.rows) {
    if (!row.incomplete) latest = &row;
  }
  Html items;
  for (const Plan& p : plans) {
    const Trajectory& t = p.trajectory;
    std::string text = "From " + ValueText(t.from, unit) + " on " + DateText(t.from_date) + " to " +
                       ValueText(t.to, unit) + " by " + DateText(t.to_date);
    if (latest) {
      text += "; on " + DateText(latest->point.date) + " the trajectory is at " +
              ValueText(t.At(latest->point.date), unit) + " and the measure was " +
              ValueText(latest->point.value, unit);
    }
    items += Render("<li><strong>{}</strong>: {}.</li>", p.title, text);
  }
  return Render(
      "<h2>What the strategy promises</h2><p>The green line on the chart is each outcome's "
      "trajectory, from its baseline to its target (ringed).</p><ul>{}</ul><p><a "
      "href=\"{}\">See where each outcome stands on the strategy page</a></p>",
      items, v.OrgPath("/strategy#outcomes"));
}

http::Response MeasurePage(Visit& v, Id id) {
  auto& reg = v.Use<ServiceRegister>();
  const MeasureSeries series = reg.Series(v.caller, v.ods(), id);
  const Service service = reg.Get(v.caller, v.ods(), series.measure.service_id);
  const MeasureInput& m = series.measure.what;
  const std::vector<Plan>& plans = series.plans;
  Page page;
  page.title = m.name + ": " + service.what.name;
  page.before_content = BackLink(ServicePath(v, service.id), "Back to " + service.what.name);
  const std::string done = v.request.Query("done");
  if (done == "saved") page.content += SuccessBanner("Measure saved");
  if (done == "value") page.content += SuccessBanner("Value saved");
  page.content +=
      Render("<span class=\"nhsuk-caption-l\">{}</span><h1>{}</h1>", service.what.name, m.name);
  if (!series.problem.empty()) {
    page.content += WarningCallout(
        "This measure cannot be charted yet",
        Render("<p>{}. Change or remove one of those values.</p>", Sentence(series.problem)));
  } else if (!series.chart) {
    page.content += Render(
        "<p>A chart needs at least 2 values to show how the measure varies; this measure has "
        "{}.</p>",
        series.points.size());
  } else {
    const SpcChart& chart = *series.chart;
    page.content +=
        Render("<div class=\"bl-spc-icons\">{}{}</div>",
               VariationIcon(chart.variation, m.improvement), AssuranceIcon(chart.assurance));
    page.content += ChartSvg({"measure-chart", m.name + ", " + service.what.name,
                              "An XmR chart of the measure, as NHS England's Making Data Count "
                              "draws it."},
                             chart, m.target, m.unit, true, plans);
    page.content += PlansSection(v, plans, chart, m.unit);
    if (!series.unused_rebase.empty()) {
      std::string dates;
      for (const std::string& d : series.unused_rebase) {
        dates += (dates.empty() ? "" : ", ") + DateText(d);
      }
      page.content += Render(
          "<div class=\"nhsuk-inset-text\"><span class=\"nhsuk-u-visually-hidden\">Information: "
          "</span><p>The limits are not rebased from {}: new limits need at least 2 points "
          "before the date and 2 from it. They will be once there are.</p></div>",
          dates);
    }
    if (chart.provisional) {
      page.content += Html(
          "<div class=\"nhsuk-inset-text\"><span class=\"nhsuk-u-visually-hidden\">Information: "
          "</span><p>There are fewer than 12 points, so the limits are provisional: they will "
          "settle as more months come in.</p></div>");
    }
    page.content += Details("Show the chart's numbers as a table",
                            ChartTable(chart, "The chart's numbers", m.unit)) +
                    CsvLink(MeasurePath(v, id, "/data.csv"));
  }
  std::vector<SummaryRow> rows{
      {"Direction", Escape(DirectionWords(m.improvement)), {}},
      {"Target", Escape(m.target ? ValueText(*m.target, m.unit) : "None"), {}},
      {"Values", Escape(m.frequency == Frequency::kWeekly ? "Weekly" : "Monthly"), {}},
      {"Screening of large moving ranges", Escape(m.screen ? "On" : "Off"), {}}};
  if (!m.rebase.empty()) {
    std::string dates;
    for (const std::string& d : m.rebase) dates += (dates.empty() ? "" : ", ") + DateText(d);
    rows.push_back({"Limits rebased from", Escape(dates), {}});
  }
  if (m.fix_after) {
    rows.push_back({"Limits fixed after", Escape(std::to_string(*m.fix_after) + " points"), {}});
  }
  page.content += Html("<h2>About this measure</h2>") + SummaryList(rows);
  if (v.Use<orgs::Board>().IsKeeper(v.caller, v.ods())) {
    page.content += Render(
        "<div class=\"nhsuk-button-group\"><a class=\"nhsuk-button\" href=\"{}\">Add or change "
        "a value</a><a class=\"nhsuk-button nhsuk-button--secondary\" href=\"{}\">Change the "
        "measure</a></div>",
        MeasurePath(v, id, "/values"), MeasurePath(v, id, "/edit"));
  }
  return v.Show(page, "services");
}

http::Response MeasureForm(Visit& v, Id service_id, const std::optional<Id>& id,
                           const MeasureInput& in, const std::string& rebase,
                           const FieldErrors& errors) {
  // A form sent back with problems shows each field as it was typed, mistakes included.
  const auto field = [&](const char* name, const char* label, std::string value,
                         std::string hint = {}) {
    if (!errors.empty()) value = v.form.Get(name);
    return Field{name, label, std::move(value), std::move(hint), std::string(errors.For(name))};
  };
  const Service service = v.Use<ServiceRegister>().Get(v.caller, v.ods(), service_id);
  Page page;
  page.title = id ? "Change the measure" : "Add a measure";
  page.has_errors = !errors.empty();
  page.before_content = BackLink(id ? MeasurePath(v, *id) : ServicePath(v, service_id), "Back");
  Html fields = TextInput(field("name", "Name of the measure", in.name,
                                "For example: Availability, or Active users each month"));
  fields += Select(field("kind", "What it counts", std::string(ToString(in.kind))), "Choose one",
                   {{"availability", "Availability", {}, false},
                    {"active_users", "Active users", {}, false},
                    {"satisfaction", "Satisfaction", {}, false},
                    {"incidents", "Incidents", {}, false},
                    {"other", "Something else", {}, false}});
  fields += TextInput(field("unit", "Unit (optional)", in.unit, "For example: %, users"), "text",
                      "off", "nhsuk-input--width-10");
  // A new measure asks which way is better: assuming neither would colour none of its points.
  fields += Radios(field("improvement", "Which way is better?",
                         id ? std::string(ToString(in.improvement)) : std::string()),
                   {{"up", "Higher is better", {}, false},
                    {"down", "Lower is better", {}, false},
                    {"neutral", "Neither", "Special causes are shown as higher or lower", false}});
  fields += TextInput(field("target", "Target (optional)",
                            in.target ? fmt::format("{}", *in.target) : std::string(),
                            "A number, for example 99.5"),
                      "text", "off", "nhsuk-input--width-10");
  fields +=
      Radios(field("frequency", "How often is it measured?", std::string(ToString(in.frequency))),
             {{"monthly", "Monthly", {}, false}, {"weekly", "Weekly", {}, false}});
  fields += Radios(
      field("screen", "Screen out unusually large moving ranges?", in.screen ? "yes" : "no"),
      {{"yes", "Yes", "As NHS England's tool does by default", false}, {"no", "No", {}, false}});
  fields +=
      TextInput(field("rebase", "Rebase the limits from (optional)", rebase,
                      "Dates the process changed, written like 2025-06-01, separated by commas"));
  fields += TextInput(field("fix_after", "Fix the limits after this many points (optional)",
                            in.fix_after ? std::to_string(*in.fix_after) : std::string()),
                      "text", "off", "nhsuk-input--width-4");
  page.content = Render(
      "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">{}"
      "<span class=\"nhsuk-caption-l\">{}</span><h1>{}</h1>"
      "<form action=\"{}\" method=\"post\" novalidate>{}{}{}</form></div></div>",
      ErrorSummary(errors), service.what.name, page.title,
      id ? MeasurePath(v, *id, "/edit") : ServicePath(v, service_id, "/measures/new"),
      CsrfField(v.caller.csrf_token), fields, Button(id ? "Save changes" : "Add the measure"));
  return v.Show(page, "services", errors.empty() ? 200 : 400);
}

/// "2025-06-01, 2026-01-01" → the dates; the measure's rules check each.
std::vector<std::string> SplitDates(std::string_view text) {
  std::vector<std::string> out;
  while (true) {
    const auto comma = text.find(',');
    const std::string_view piece = Trim(text.substr(0, comma));
    if (!piece.empty()) out.emplace_back(piece);
    if (comma == std::string_view::npos) return out;
    text.remove_prefix(comma + 1);
  }
}

/// One value at a time, as a person adds a month's figure.
http::Response ValueForm(Visit& v, Id id, const DateParts& date, const std::string& value,
                         const std::string& csv, const FieldErrors& errors) {
  auto& reg = v.Use<ServiceRegister>();
  const MeasureSeries series = reg.Series(v.caller, v.ods(), id);
  const Service service = reg.Get(v.caller, v.ods(), series.measure.service_id);
  Page page;
  page.title = "Add or change a value";
  page.has_errors = !errors.empty();
  page.before_content = BackLink(MeasurePath(v, id), "Back to the measure");
  const Html fields =
      DateInput(Field{"date",
                      "Which month or week it is for",
                      {},
                      "Any day in it, for example 1 10 2026. A month or week that has a value "
                      "already is changed.",
                      std::string(errors.For("date"))},
                date) +
      TextInput(Field{"value", "Value", value,
                      series.measure.what.unit.empty() ? "" : "In " + series.measure.what.unit,
                      std::string(errors.For("value"))},
                "text", "off", "nhsuk-input--width-10");
  page.content = Render(
      "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">{}"
      "<span class=\"nhsuk-caption-l\">{}: {}</span><h1>{}</h1>"
      "<form action=\"{}\" method=\"post\" novalidate>{}{}{}</form></div></div>",
      ErrorSummary(errors), service.what.name, series.measure.what.name, page.title,
      MeasurePath(v, id, "/values"), CsrfField(v.caller.csrf_token), fields,
      Button("Save the value"));
  page.content += Render(
      "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">"
      "<h2>Or paste several values</h2><p>As CSV, with the first line <code>date,value</code> "
      "and then a line a month or week in date order, for example <code>2026-10-01,99.7</code>. "
      "Values for months or weeks the measure has already are replaced. Nothing is saved unless "
      "every "
      "line is right.</p><form action=\"{}\" method=\"post\" novalidate>{}{}{}</form></div>"
      "</div>",
      MeasurePath(v, id, "/values/import"), CsrfField(v.caller.csrf_token),
      Textarea(Field{"csv", "Values as CSV", csv, {}, std::string(errors.For("csv"))}, 8),
      Button("Save these values", "secondary"));
  return v.Show(page, "services", errors.empty() ? 200 : 400);
}

MeasureInput MeasureFromForm(Visit& v, FieldErrors& errors) {
  MeasureInput in;
  in.name = v.form.Get("name");
  if (Trim(in.name).empty()) errors.Add("name", "Enter the name of the measure");
  in.unit = v.form.Get("unit");
  const auto kind = ParseMeasureKind(v.form.Get("kind"));
  if (!kind) errors.Add("kind", "Choose what the measure counts");
  in.kind = kind.value_or(MeasureKind::kOther);
  const auto improvement = ParseImprovement(v.form.Get("improvement"));
  if (!improvement) errors.Add("improvement", "Choose which way is better");
  in.improvement = improvement.value_or(Improvement::kNeutral);
  CollectFieldError(errors, {"target"},
                    [&] { in.target = ReadNumber(v.form.Get("target"), kTargetRule, "target"); });
  const auto frequency = ParseFrequency(v.form.Get("frequency"));
  if (!frequency) errors.Add("frequency", "Choose how often it is measured");
  in.frequency = frequency.value_or(Frequency::kMonthly);
  in.screen = v.form.Get("screen") != "no";
  CollectFieldError(errors, {"fix_after"}, [&] {
    in.fix_after = ReadWholeNumber(v.form.Get("fix_after"), kFixAfterRule, "fix_after");
  });
  in.rebase = SplitDates(v.form.Get("rebase"));
  MeasureInput checked = in;
  CollectFieldError(errors, {"name", "unit", "fix_after", "rebase"},
                    [&] { CheckMeasure(checked); });
  return in;
}

}  // namespace

void AddMeasurePages(http::Router& routes) {
  const Needs viewer = Needs::InOrg(Role::kViewer);
  const Needs keeper = Needs::Keeper();

  AddPage(routes, "GET", "/orgs/{ods}/measures/{measure}", viewer,
          [](Visit& v) { return MeasurePage(v, v.call.Id("measure")); });
  AddDownload(routes, "/orgs/{ods}/measures/{measure}/data", viewer, [](Visit& v) {
    const MeasureSeries series =
        v.Use<ServiceRegister>().Series(v.caller, v.ods(), v.call.Id("measure"));
    std::vector<std::vector<std::string>> rows{
        {"date", "value", "mean", "lpl", "upl", "point_type"}};
    if (series.chart) {
      for (const SpcRow& r : series.chart->rows) {
        rows.push_back({r.point.date, ValueText(r.point.value, ""), ValueText(r.mean, ""),
                        ValueText(r.lpl, ""), ValueText(r.upl, ""), std::string(ToString(r.type))});
      }
    }
    return Download{v.ods() + "-measure-" + std::to_string(series.measure.id), rows};
  });
  AddPage(routes, "GET", "/orgs/{ods}/services/{service}/measures/new", keeper,
          [](Visit& v) { return MeasureForm(v, v.call.Id("service"), std::nullopt, {}, {}, {}); });
  AddPage(routes, "POST", "/orgs/{ods}/services/{service}/measures/new", keeper, [](Visit& v) {
    const Id service = v.call.Id("service");
    FieldErrors errors;
    const MeasureInput in = MeasureFromForm(v, errors);
    Id id = 0;
    if (errors.empty()) {
      CollectFieldError(errors, {"name"}, [&] {
        id = v.Use<ServiceRegister>().AddMeasure(v.caller, v.ods(), service, in).id;
      });
    }
    if (!errors.empty())
      return MeasureForm(v, service, std::nullopt, in, v.form.Get("rebase"), errors);
    return Redirect(MeasurePath(v, id, "?done=saved"));
  });
  AddPage(routes, "GET", "/orgs/{ods}/measures/{measure}/values", keeper,
          [](Visit& v) { return ValueForm(v, v.call.Id("measure"), {}, {}, {}, {}); });
  AddPage(routes, "POST", "/orgs/{ods}/measures/{measure}/values", keeper, [](Visit& v) {
    const Id id = v.call.Id("measure");
    const DateParts date = DateParts::Read(v.form, "date");
    const std::string value = v.form.Get("value");
    FieldErrors errors;
    std::string problem;
    const auto iso = date.ToIso("the date", problem);
    if (!iso) AddDateFault(errors, "date", *date.Fault("the date"));
    std::optional<double> number;
    CollectFieldError(errors, {"value"}, [&] { number = ReadNumber(value, kValueRule, "value"); });
    if (errors.For("value").empty() && !number) errors.Add("value", "Enter the value");
    if (errors.empty()) {
      CollectFieldError(errors, {"value"}, [&] {
        v.Use<ServiceRegister>().RecordValues(v.caller, v.ods(), id, {{*iso, *number}});
      });
    }
    if (!errors.empty()) return ValueForm(v, id, date, value, {}, errors);
    return Redirect(MeasurePath(v, id, "?done=value"));
  });
  AddPage(routes, "POST", "/orgs/{ods}/measures/{measure}/values/import", keeper.Bulk(),
          [](Visit& v) {
            const Id id = v.call.Id("measure");
            const std::string csv = v.form.Get("csv");
            FieldErrors errors;
            if (Trim(csv).empty()) {
              errors.Add("csv", "Paste the values as CSV");
            } else {
              CollectImportErrors(errors, "csv", [&] {
                v.Use<ServiceRegister>().RecordValues(v.caller, v.ods(), id,
                                                      ParseSeriesCsv(csv, "line"));
              });
            }
            if (!errors.empty()) return ValueForm(v, id, {}, {}, csv, errors);
            return Redirect(MeasurePath(v, id, "?done=value"));
          });
  AddPage(routes, "GET", "/orgs/{ods}/measures/{measure}/edit", keeper, [](Visit& v) {
    const MeasureSeries s =
        v.Use<ServiceRegister>().Series(v.caller, v.ods(), v.call.Id("measure"));
    std::string rebase;
    for (const std::string& d : s.measure.what.rebase) rebase += (rebase.empty() ? "" : ", ") + d;
    return MeasureForm(v, s.measure.service_id, s.measure.id, s.measure.what, rebase, {});
  });
  AddPage(routes, "POST", "/orgs/{ods}/measures/{measure}/edit", keeper, [](Visit& v) {
    const Id id = v.call.Id("measure");
    auto& reg = v.Use<ServiceRegister>();
    const Id service = reg.Series(v.caller, v.ods(), id).measure.service_id;
    FieldErrors errors;
    const MeasureInput in = MeasureFromForm(v, errors);
    if (errors.empty()) {
      CollectFieldError(errors, {"name", "frequency"},
                        [&] { reg.UpdateMeasure(v.caller, v.ods(), id, in); });
    }
    if (!errors.empty()) return MeasureForm(v, service, id, in, v.form.Get("rebase"), errors);
    return Redirect(MeasurePath(v, id, "?done=saved"));
  });
}

}  // namespace boardlens::services
