// A benefit's page (its owner, baseline and target, and its actuals on the same Making Data
// Count chart as a service measure) and the forms that keep it and record its actuals.

#include "boardlens/base/error.hpp"
#include "boardlens/base/number.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/features/portfolio/benefits.hpp"
#include "boardlens/features/portfolio/feature.hpp"
#include "boardlens/features/portfolio/page_words.hpp"
#include "boardlens/features/portfolio/portfolio.hpp"
#include "boardlens/features/services/page_parts.hpp"
#include "boardlens/features/services/service.hpp"

namespace boardlens::portfolio {
namespace {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer
using http::Needs;

std::string BenefitPath(const Visit& v, Id id, std::string_view rest = {}) {
  return v.OrgPath("/benefits/" + std::to_string(id)) + std::string(rest);
}

std::string DirectionWords(services::Improvement improvement) {
  return improvement == services::Improvement::kDown ? "Lower is better" : "Higher is better";
}

/// The actual's form, on the benefit's page for keepers.
Html ActualForm(Visit& v, Id id, const DateParts& date, const FieldErrors& errors) {
  const auto field = [&](const char* name, const char* label, std::string hint) {
    return Field{name, label, errors.empty() ? std::string() : v.form.Get(name), std::move(hint),
                 std::string(errors.For(name))};
  };
  return Render(
      "<h2 id=\"record\">Record an actual</h2><form action=\"{}\" method=\"post\" novalidate>{}"
      "{}{}{}</form>",
      BenefitPath(v, id, "/actuals"), CsrfField(v.caller.csrf_token),
      DateInput(field("date", "Date",
                      "For example, 1 11 2026. An actual at a date already "
                      "recorded replaces it."),
                date),
      TextInput(field("value", "Value", "A number, for example 12.5"), "text", "off",
                "nhsuk-input--width-10"),
      Button("Record the actual", "secondary"));
}

http::Response BenefitPage(Visit& v, Id id, const DateParts& date, const FieldErrors& errors) {
  const BenefitSeries series = v.Use<Benefits>().Series(v.caller, v.ods(), id);
  const Benefit& b = series.benefit;
  const BenefitInput& w = b.what;
  const bool keeper = v.Use<orgs::Board>().IsKeeper(v.caller, v.ods());
  Page page;
  page.title = w.title;
  page.has_errors = !errors.empty();
  page.before_content = BackLink(ItemPath(v, b.item_id), "Back to " + b.item_name);
  const std::string done = v.request.Query("done");
  if (done == "saved") page.content += SuccessBanner("Benefit saved");
  if (done == "actual") page.content += SuccessBanner("Actual recorded");
  page.content +=
      ErrorSummary(errors) +
      Render("<span class=\"nhsuk-caption-l\">{}</span><h1>{}</h1>", b.item_name, w.title);
  if (!series.chart) {
    page.content +=
        Render("<p>A chart needs at least 2 actuals to show how the benefit varies; it has {}.</p>",
               series.actuals.size());
  } else {
    const services::SpcChart& chart = *series.chart;
    page.content += Render("<div class=\"bl-spc-icons\">{}{}</div>",
                           services::VariationIcon(chart.variation, w.improvement),
                           services::AssuranceIcon(chart.assurance));
    page.content += services::ChartSvg(
        {"benefit-chart", w.title + ", " + b.item_name,
         "An XmR chart of the benefit's actuals, as NHS England's Making Data Count draws it."},
        chart, w.target, w.unit);
    if (chart.provisional) {
      page.content += Html(
          "<div class=\"nhsuk-inset-text\"><span class=\"nhsuk-u-visually-hidden\">Information: "
          "</span><p>There are fewer than 12 points, so the limits are provisional.</p></div>");
    }
    page.content += Details("Show the chart's numbers as a table",
                            services::ChartTable(chart, "The chart's numbers", w.unit)) +
                    CsvLink(BenefitPath(v, id, "/actuals.csv"));
  }
  const auto value = [&](const std::optional<double>& x, const std::string& on) {
    return Escape(services::ValueText(x.value_or(0), w.unit) + " on " + DateText(on));
  };
  page.content += Html("<h2>About this benefit</h2>") +
                  SummaryList({{"Owner", Escape(b.owner_name), {}},
                               {"Measure", Escape(w.measure), {}},
                               {"Direction", Escape(DirectionWords(w.improvement)), {}},
                               {"Baseline", value(w.baseline, w.baseline_on), {}},
                               {"Target", value(w.target, w.target_on), {}}});
  if (keeper) {
    page.content +=
        Render("<p><a href=\"{}\">Change the benefit</a></p>", BenefitPath(v, id, "/edit")) +
        ActualForm(v, id, date, errors);
  }
  return v.Show(page, "portfolio", errors.empty() ? 200 : 400);
}

http::Response BenefitForm(Visit& v, Id item_id, std::optional<Id> id, const BenefitInput& in,
                           const FieldErrors& errors) {
  const auto field = [&](const char* name, const char* label, std::string value,
                         std::string hint = {}) {
    if (!errors.empty()) value = v.form.Get(name);
    return Field{name, label, std::move(value), std::move(hint), std::string(errors.For(name))};
  };
  // Dates show as typed when the form comes back with problems.
  const auto date = [&](const char* name, const std::string& iso) {
    return errors.empty() ? DateParts::Of(iso) : DateParts::Read(v.form, name);
  };
  const auto number = [](const std::optional<double>& x) {
    return x ? services::ValueText(*x, "") : std::string();
  };
  std::vector<Choice> owners;
  for (const auto& m : v.Use<orgs::Board>().ListMembers(v.caller, v.ods())) {
    owners.push_back({std::to_string(m.id), m.name + ", " + m.job_title, {}, false});
  }
  const Item item = v.Use<Portfolio>().Get(v.caller, v.ods(), item_id);
  Page page;
  page.title = id ? "Change the benefit" : "Add a benefit";
  page.has_errors = !errors.empty();
  page.before_content = BackLink(id ? BenefitPath(v, *id) : ItemPath(v, item_id), "Back");
  Html fields = TextInput(field("title", "Benefit", in.title,
                                "What will be better, for example: fewer missed appointments"));
  fields += Select(field("owner", "Owner on the board",
                         in.owner_member_id ? std::to_string(*in.owner_member_id) : ""),
                   "Choose a board member", owners);
  fields += TextInput(field("measure", "How it is measured", in.measure,
                            "For example: missed outpatient appointments a month"));
  fields += TextInput(field("unit", "Unit (optional)", in.unit, "For example: %, hours"), "text",
                      "off", "nhsuk-input--width-10");
  fields += Radios(
      field("improvement", "Which way is better?", std::string(services::ToString(in.improvement))),
      {{"up", "Higher is better", {}, false}, {"down", "Lower is better", {}, false}});
  fields += TextInput(field("baseline", "Baseline", number(in.baseline)), "text", "off",
                      "nhsuk-input--width-10");
  fields += DateInput(field("baseline_on", "Date of the baseline", {}, "For example, 1 4 2025"),
                      date("baseline_on", in.baseline_on));
  fields += TextInput(field("target", "Target", number(in.target)), "text", "off",
                      "nhsuk-input--width-10");
  fields += DateInput(field("target_on", "Date of the target", {}, "After the baseline's date"),
                      date("target_on", in.target_on));
  page.content = Render(
      "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">{}"
      "<span class=\"nhsuk-caption-l\">{}</span><h1>{}</h1>"
      "<form action=\"{}\" method=\"post\" novalidate>{}{}{}</form></div></div>",
      ErrorSummary(errors), item.what.name, page.title,
      id ? BenefitPath(v, *id, "/edit") : ItemPath(v, item_id, "/benefits/new"),
      CsrfField(v.caller.csrf_token), fields, Button(id ? "Save changes" : "Add the benefit"));
  return v.Show(page, "portfolio", errors.empty() ? 200 : 400);
}

BenefitInput BenefitFromForm(Visit& v, FieldErrors& errors) {
  BenefitInput in;
  in.title = v.form.Get("title");
  in.measure = v.form.Get("measure");
  in.unit = v.form.Get("unit");
  in.owner_member_id = v.form.GetId("owner");
  in.improvement = v.form.Get("improvement") == "down" ? services::Improvement::kDown
                                                       : services::Improvement::kUp;
  CollectFieldError(errors, {"baseline"}, [&] {
    in.baseline = ReadNumber(v.form.Get("baseline"), services::kValueRule, "baseline");
  });
  CollectFieldError(errors, {"target"}, [&] {
    in.target = ReadNumber(v.form.Get("target"), services::kValueRule, "target");
  });
  const auto read_date = [&](const char* name, const char* what, std::string& into) {
    const DateParts parts = DateParts::Read(v.form, name);
    if (const auto fault = parts.Fault(what)) {
      AddDateFault(errors, name, *fault);
      return;
    }
    std::string unused;
    into = parts.ToIso(what, unused).value_or("");
  };
  read_date("baseline_on", "the date of the baseline", in.baseline_on);
  read_date("target_on", "the date of the target", in.target_on);
  // The rules name what the form has not already.
  BenefitInput checked = in;
  FieldErrors rules;
  CollectFieldError(rules,
                    {"title", "owner", "measure", "unit", "improvement", "baseline", "baseline_on",
                     "target", "target_on"},
                    [&] { CheckBenefit(checked); });
  for (const auto& [name, message] : rules.all()) {
    if (errors.For(name).empty()) errors.Add(name, message);
  }
  return in;
}

const std::initializer_list<std::string_view> kBenefitFields{"title", "owner", "measure"};

}  // namespace

void AddBenefitPages(http::Router& routes) {
  const Needs viewer = Needs::InOrg(Role::kViewer);
  const Needs keeper = Needs::Keeper();
  AddPage(routes, "GET", "/orgs/{ods}/portfolio/{item}/benefits/new", keeper,
          [](Visit& v) { return BenefitForm(v, v.call.Id("item"), std::nullopt, {}, {}); });
  AddPage(routes, "POST", "/orgs/{ods}/portfolio/{item}/benefits/new", keeper, [](Visit& v) {
    const Id item = v.call.Id("item");
    FieldErrors errors;
    const BenefitInput in = BenefitFromForm(v, errors);
    Id id = 0;
    if (errors.empty()) {
      CollectFieldError(errors, kBenefitFields,
                        [&] { id = v.Use<Benefits>().Add(v.caller, v.ods(), item, in).id; });
    }
    if (!errors.empty()) return BenefitForm(v, item, std::nullopt, in, errors);
    return Redirect(BenefitPath(v, id, "?done=saved"));
  });
  AddPage(routes, "GET", "/orgs/{ods}/benefits/{benefit}", viewer,
          [](Visit& v) { return BenefitPage(v, v.call.Id("benefit"), {}, {}); });
  AddDownload(routes, "/orgs/{ods}/benefits/{benefit}/actuals", viewer, [](Visit& v) {
    const BenefitSeries series = v.Use<Benefits>().Series(v.caller, v.ods(), v.call.Id("benefit"));
    std::vector<std::vector<std::string>> rows{{"date", "value"}};
    for (const auto& p : series.actuals) rows.push_back({p.date, services::ValueText(p.value, "")});
    return Download{v.ods() + "-benefit-actuals", rows};
  });
  AddPage(routes, "GET", "/orgs/{ods}/benefits/{benefit}/edit", keeper, [](Visit& v) {
    const BenefitSeries series = v.Use<Benefits>().Series(v.caller, v.ods(), v.call.Id("benefit"));
    return BenefitForm(v, series.benefit.item_id, series.benefit.id, series.benefit.what, {});
  });
  AddPage(routes, "POST", "/orgs/{ods}/benefits/{benefit}/edit", keeper, [](Visit& v) {
    const Id id = v.call.Id("benefit");
    const BenefitSeries series = v.Use<Benefits>().Series(v.caller, v.ods(), id);
    FieldErrors errors;
    const BenefitInput in = BenefitFromForm(v, errors);
    if (errors.empty()) {
      CollectFieldError(errors, kBenefitFields,
                        [&] { v.Use<Benefits>().Update(v.caller, v.ods(), id, in); });
    }
    if (!errors.empty()) return BenefitForm(v, series.benefit.item_id, id, in, errors);
    return Redirect(BenefitPath(v, id, "?done=saved"));
  });
  AddPage(routes, "POST", "/orgs/{ods}/benefits/{benefit}/actuals", keeper, [](Visit& v) {
    const Id id = v.call.Id("benefit");
    FieldErrors errors;
    const DateParts date = DateParts::Read(v.form, "date");
    std::string message;
    const auto iso = date.ToIso("the date of the actual", message);
    if (const auto fault = date.Fault("the date of the actual")) {
      AddDateFault(errors, "date", *fault);
    }
    std::optional<double> value;
    CollectFieldError(errors, {"value"}, [&] {
      value = ReadNumber(v.form.Get("value"), services::kValueRule, "value");
    });
    if (!value && errors.For("value").empty()) errors.Add("value", "Enter the value");
    if (errors.empty()) {
      CollectFieldError(errors, {"date", "value"}, [&] {
        v.Use<Benefits>().RecordActuals(v.caller, v.ods(), id, {{*iso, *value}});
      });
    }
    if (!errors.empty()) return BenefitPage(v, id, date, errors);
    return Redirect(BenefitPath(v, id, "?done=actual"));
  });
}

}  // namespace boardlens::portfolio
