// The services register: the list a board filters and sorts, each service's page, and the
// forms and import that keep it current.

#include <algorithm>
#include <map>

#include "boardlens/base/error.hpp"
#include "boardlens/base/number.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/base/utf8.hpp"
#include "boardlens/features/services/feature.hpp"
#include "boardlens/features/services/page_parts.hpp"
#include "boardlens/features/services/page_words.hpp"
#include "boardlens/features/services/register_csv.hpp"
#include "boardlens/features/services/service_register.hpp"
#include "boardlens/html/csv_import.hpp"

namespace boardlens::services {
namespace {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer
using http::Needs;

Filter ReadFilter(const http::Request& request) {
  return ParseFilter(request.Query("stage"), request.Query("owner"), request.Query("ending"),
                     request.Query("concern"), request.Query("sort"));
}

std::vector<Choice> OwnerChoices(Visit& v) {
  std::vector<Choice> owners;
  for (const auto& m : v.Use<orgs::Board>().ListMembers(v.caller, v.ods())) {
    owners.push_back({std::to_string(m.id), m.name + ", " + m.job_title, {}, false});
  }
  return owners;
}

std::vector<Choice> StageChoices() {
  std::vector<Choice> stages;
  stages.reserve(kAllStages.size());
  for (const Stage s : kAllStages) {
    stages.push_back({std::string(ToString(s)), std::string(StageLabel(s)), {}, false});
  }
  return stages;
}

Html FilterForm(Visit& v, const Filter& filter) {
  const std::vector<Choice> stages = StageChoices();
  std::vector<Choice> sorts;
  sorts.reserve(kOrders.size());
  for (const Order o : kOrders) {
    sorts.push_back({std::string(ToString(o)), std::string(OrderLabel(o)), {}, false});
  }
  return Render(
      "<form class=\"bl-filter\" method=\"get\" action=\"{}\">{}{}{}"
      "<div class=\"nhsuk-checkboxes nhsuk-checkboxes--small nhsuk-form-group\">"
      "<div class=\"nhsuk-checkboxes__item\"><input class=\"nhsuk-checkboxes__input\" "
      "id=\"ending\" name=\"ending\" type=\"checkbox\" value=\"yes\"{}>"
      "<label class=\"nhsuk-label nhsuk-checkboxes__label\" for=\"ending\">Only contracts "
      "ending within 12 months</label></div>"
      "<div class=\"nhsuk-checkboxes__item\"><input class=\"nhsuk-checkboxes__input\" "
      "id=\"concern\" name=\"concern\" type=\"checkbox\" value=\"yes\"{}>"
      "<label class=\"nhsuk-label nhsuk-checkboxes__label\" for=\"concern\">Only services "
      "whose measures show concern</label></div></div>{}</form>",
      v.OrgPath("/services"),
      Select(
          Field{"stage", "Stage", filter.stage ? std::string(ToString(*filter.stage)) : "", {}, {}},
          "All stages", stages),
      Select(Field{"owner",
                   "Owner",
                   filter.owner_member_id ? std::to_string(*filter.owner_member_id) : "",
                   {},
                   {}},
             "Every owner", OwnerChoices(v)),
      Select(Field{"sort", "Sort by", std::string(ToString(filter.order)), {}, {}}, "Name", sorts),
      filter.contract_ending ? Html(" checked") : Html(),
      filter.concern ? Html(" checked") : Html(), Button("Show services", "secondary"));
}

/// A service's measures in the register's list: each named, with its variation and assurance
/// icons, as Making Data Count's summary tables show them.
Html MeasureIcons(Visit& v, const std::vector<MeasureSeries>& measures) {
  if (measures.empty()) return Html("No measures yet");
  Html items;
  for (const MeasureSeries& m : measures) {
    const Html icons = m.chart ? VariationIcon(m.chart->variation, m.measure.what.improvement) +
                                     AssuranceIcon(m.chart->assurance)
                               : Html("<span>Not enough values to chart</span>");
    items += Render("<li><a href=\"{}\">{}</a><div class=\"bl-spc-icons\">{}</div></li>",
                    MeasurePath(v, m.measure.id), m.measure.what.name, icons);
  }
  return Render("<ul class=\"nhsuk-list bl-measure-list\">{}</ul>", items);
}

http::Response RegisterPage(Visit& v) {
  auto& reg = v.Use<ServiceRegister>();
  const std::string today = reg.Today();
  const Filter filter = ReadFilter(v.request);
  RegisterView view = reg.View(v.caller, v.ods(), filter, true);
  const std::vector<Service>& services = view.services;
  const std::size_t total = view.total;
  auto& measures = view.measures;

  Page page;
  page.title = "Digital services";
  const std::string done = v.request.Query("done");
  if (done == "added") page.content += SuccessBanner("Service added to the register");
  if (done == "imported") {
    // Numbers only, so the banner cannot be made to say anything else.
    const auto count = [&](const char* name) {
      const std::string n = v.request.Query(name);
      return n.empty() || n.size() > 6 || n.find_first_not_of("0123456789") != std::string::npos
                 ? std::string("0")
                 : n;
    };
    page.content += SuccessBanner(
        "Register imported", count("added") + " services added, " + count("updated") + " updated");
  }
  page.content += Html(
      "<h1>Digital services</h1><p>The digital services the organisation runs: who owns each "
      "on the board, who uses it, what it costs over its life and how its measures behave. "
      "A contract ending within 12 months is flagged.</p>");
  if (total == 0) {
    page.content += Html(
        "<p>The register is empty. Add the services the organisation runs one by one, or "
        "import the whole register from a spreadsheet saved as CSV.</p>");
  } else {
    Table table;
    table.caption = std::to_string(services.size()) + " of " + std::to_string(total) + " services";
    table.headings = {"Service",         "Owner",         "Stage",   "Users",
                      "Whole-life cost", "Contract ends", "Measures"};
    for (const Service& s : services) {
      Html contract = Escape(s.what.contract_ends_on.empty() ? "No contract"
                                                             : DateText(s.what.contract_ends_on));
      if (ContractEndingSoon(s.what, today)) {
        contract += Html(" ") + Tag(s.what.contract_ends_on < today ? "Ended" : "Ending soon",
                                    s.what.contract_ends_on < today ? "red" : "orange");
      }
      table.rows.push_back(
          {Render("<a href=\"{}\">{}</a>", ServicePath(v, s.id), s.what.name), Escape(s.owner_name),
           Escape(StageLabel(s.what.stage)), Escape(WholeNumber(s.what.approx_users)),
           Escape(Pounds(s.what.whole_life_cost)), contract, MeasureIcons(v, measures[s.id])});
    }
    page.content += FilterForm(v, filter);
    page.content += services.empty() ? Html("<p>No service matches. Choose other filters.</p>")
                                     : DataTable(table) + CsvLink(v.OrgPath("/services.csv"));
    page.content += Render(
        "<p><a href=\"{}\">Switch-off candidates</a>: services little used, costly for each "
        "user, or disliked.</p>",
        v.OrgPath("/services/switch-off"));
  }
  if (v.Use<orgs::Board>().IsKeeper(v.caller, v.ods())) {
    page.content += Render(
        "<div class=\"nhsuk-button-group\"><a class=\"nhsuk-button\" href=\"{}\">Add a service</a>"
        "<a class=\"nhsuk-button nhsuk-button--secondary\" href=\"{}\">Import the register"
        "</a></div>",
        v.OrgPath("/services/new"), v.OrgPath("/services/import"));
  }
  return v.Show(page, "services");
}

http::Response ServiceForm(Visit& v, const std::optional<Id>& id, const ServiceInput& in,
                           const DateParts& contract, const FieldErrors& errors) {
  // A form sent back with problems shows each field as it was typed, mistakes included.
  const auto field = [&](const char* name, const char* label, std::string value,
                         std::string hint = {}) {
    if (!errors.empty()) value = v.form.Get(name);
    return Field{name, label, std::move(value), std::move(hint), std::string(errors.For(name))};
  };
  const auto amount = [](const std::optional<std::int64_t>& n) {
    return n ? std::to_string(*n) : std::string();
  };
  const std::vector<Choice> stages = StageChoices();
  Page page;
  page.title = id ? "Change the service" : "Add a service";
  page.has_errors = !errors.empty();
  page.before_content = BackLink(id ? ServicePath(v, *id) : v.OrgPath("/services"),
                                 id ? "Back to the service" : "Back to services");
  Html fields = TextInput(field("name", "Name of the service", in.name,
                                "As staff and patients know it, for example: Patient portal"));
  fields += CharacterCount(field("purpose", "What it is for (optional)", in.purpose),
                           kMaxServiceTextLength, 3);
  fields += Select(field("owner", "Owning director",
                         in.owner_member_id ? std::to_string(*in.owner_member_id) : ""),
                   "Choose a board member", OwnerChoices(v));
  std::vector<Choice> audiences;
  audiences.reserve(kAudiences.size());
  for (const Audience a : kAudiences) {
    audiences.push_back({std::string(ToString(a)), std::string(AudienceLabel(a)), {}, false});
  }
  // Asked, not assumed: the public user-voice form offers each person the services of their
  // side. A new service has no answer until the keeper gives one.
  fields += Radios(field("audience", "Who uses it?", id ? std::string(ToString(in.audience)) : "",
                         "The form where staff and patients report problems offers each of "
                         "them the services of their side."),
                   audiences);
  fields += TextInput(field("user_groups", "Which groups use it (optional)", in.user_groups,
                            "For example: ward nurses, outpatients"));
  fields += TextInput(
      field("approx_users", "About how many people use it (optional)", amount(in.approx_users)),
      "text", "off", "nhsuk-input--width-10");
  fields +=
      Select(field("stage", "Stage", std::string(ToString(in.stage))), "Choose a stage", stages);
  fields += TextInput(field("supplier", "Supplier (optional)", in.supplier));
  fields += DateInput(field("contract_ends_on", "When the contract ends (optional)", {},
                            "For example, 31 3 2028. Leave empty if there is no contract."),
                      contract);
  const auto money = [&](const char* name, const char* label,
                         const std::optional<std::int64_t>& n) {
    return TextInput(field(name, label, amount(n), "In whole pounds, for example 250000"), "text",
                     "off", "nhsuk-input--width-10");
  };
  fields += money("capital_cost", "Capital cost (optional)", in.capital_cost);
  fields +=
      money("annual_revenue_cost", "Revenue cost each year (optional)", in.annual_revenue_cost);
  fields += money("whole_life_cost", "Whole-life cost (optional)", in.whole_life_cost);
  page.content = Render(
      "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">{}<h1>{}</h1>"
      "<form action=\"{}\" method=\"post\" novalidate>{}{}{}</form></div></div>",
      ErrorSummary(errors), page.title,
      id ? ServicePath(v, *id, "/edit") : v.OrgPath("/services/new"),
      CsrfField(v.caller.csrf_token), fields, Button(id ? "Save changes" : "Add the service"));
  return v.Show(page, "services", errors.empty() ? 200 : 400);
}

/// The service as posted, every problem found at once.
ServiceInput FromForm(Visit& v, DateParts& contract, FieldErrors& errors) {
  ServiceInput in;
  in.name = v.form.Get("name");
  in.purpose = v.form.Get("purpose");
  in.user_groups = v.form.Get("user_groups");
  const auto audience = ParseAudience(v.form.Get("audience"));
  if (!audience) errors.Add("audience", "Choose who uses the service");
  in.audience = audience.value_or(Audience::kBoth);
  in.supplier = v.form.Get("supplier");
  if (Trim(in.name).empty()) errors.Add("name", "Enter the name of the service");
  if (CountCharacters(in.purpose) > kMaxServiceTextLength) {
    errors.Add("purpose", TooLongMessage("What it is for", kMaxServiceTextLength));
  }
  in.owner_member_id = v.form.GetId("owner");
  if (!in.owner_member_id) errors.Add("owner", "Choose the director who owns the service");
  const auto stage = ParseStage(v.form.Get("stage"));
  if (!stage) errors.Add("stage", "Choose the stage the service is at");
  in.stage = stage.value_or(Stage::kLive);
  const auto number = [&](const char* name, const NumberRule& rule,
                          std::optional<std::int64_t>& into) {
    CollectFieldError(errors, {name},
                      [&] { into = ReadWholeNumber(v.form.Get(name), rule, name); });
  };
  number("approx_users", kUsersRule, in.approx_users);
  number("capital_cost", kCapitalCostRule, in.capital_cost);
  number("annual_revenue_cost", kRevenueCostRule, in.annual_revenue_cost);
  number("whole_life_cost", kWholeLifeCostRule, in.whole_life_cost);
  contract = DateParts::Read(v.form, "contract_ends_on");
  if (!contract.day.empty() || !contract.month.empty() || !contract.year.empty()) {
    if (const auto fault = contract.Fault("the date the contract ends")) {
      AddDateFault(errors, "contract_ends_on", *fault);
    } else {
      std::string unused;
      in.contract_ends_on = contract.ToIso("the date the contract ends", unused).value_or("");
    }
  }
  ServiceInput checked = in;
  if (!checked.owner_member_id) checked.owner_member_id = 0;  // already reported above
  CollectFieldError(errors, {"name", "purpose", "user_groups", "supplier"},
                    [&] { CheckService(checked); });
  return in;
}

SummaryRow Detail(std::string key, const std::string& value) {
  return {std::move(key), Escape(value), {}};
}

http::Response ServicePage(Visit& v, Id id) {
  auto& reg = v.Use<ServiceRegister>();
  const Service s = reg.Get(v.caller, v.ods(), id);
  const std::string today = reg.Today();
  Page page;
  page.title = s.what.name;
  page.before_content = BackLink(v.OrgPath("/services"), "Back to services");
  if (v.request.Query("done") == "saved") page.content += SuccessBanner("Service updated");
  page.content += Render("<h1>{}</h1>", s.what.name);
  std::vector<SummaryRow> rows;
  if (!s.what.purpose.empty()) rows.push_back(Detail("What it is for", s.what.purpose));
  rows.push_back(Detail("Owning director", s.owner_name));
  rows.push_back(Detail("Stage", std::string(StageLabel(s.what.stage))));
  rows.push_back(Detail("Who uses it", std::string(AudienceLabel(s.what.audience))));
  if (!s.what.user_groups.empty()) rows.push_back(Detail("Which groups", s.what.user_groups));
  rows.push_back(Detail("About how many users", WholeNumber(s.what.approx_users)));
  if (!s.what.supplier.empty()) rows.push_back(Detail("Supplier", s.what.supplier));
  Html contract = Escape(s.what.contract_ends_on.empty() ? "No contract recorded"
                                                         : DateText(s.what.contract_ends_on));
  if (ContractEndingSoon(s.what, today))
    contract += Html(" ") + Tag("Ending within 12 months", "orange");
  rows.push_back({"Contract ends", contract, {}});
  rows.push_back(Detail("Capital cost", Pounds(s.what.capital_cost)));
  rows.push_back(Detail("Revenue cost each year", Pounds(s.what.annual_revenue_cost)));
  rows.push_back(Detail("Whole-life cost", Pounds(s.what.whole_life_cost)));
  rows.push_back(Detail("Last changed", DateText(s.updated_at)));
  page.content += SummaryList(rows);
  const bool keeper = v.Use<orgs::Board>().IsKeeper(v.caller, v.ods());
  if (keeper) {
    page.content += Render(
        "<a class=\"nhsuk-button nhsuk-button--secondary\" href=\"{}\">Change the service</a>",
        ServicePath(v, id, "/edit"));
  }
  page.content += Html("<h2>Measures</h2>");
  const auto measures = reg.Measures(v.caller, v.ods(), id);
  if (measures.empty()) {
    page.content += Html(
        "<p>No measures yet. Measures show how the service performs over time: availability, "
        "active users, satisfaction, incidents, or any the board chooses.</p>");
  } else {
    Table table;
    table.caption = "How the service performs, by its latest value";
    table.headings = {"Measure", "Latest", "Variation", "Assurance"};
    for (const Measure& m : measures) {
      const MeasureSeries series = reg.Series(v.caller, v.ods(), m.id);
      const auto& chart = series.chart;
      // The latest value the variation icon speaks for: a period not yet over is left out.
      const SpcPoint* latest = chart                   ? &LatestComplete(*chart)
                               : series.points.empty() ? nullptr
                                                       : &series.points.back();
      table.rows.push_back(
          {Render("<a href=\"{}\">{}</a>", MeasurePath(v, m.id), m.what.name),
           Escape(latest == nullptr
                      ? std::string("No values yet")
                      : ValueText(latest->value, m.what.unit) + ", " + DateText(latest->date)),
           chart ? VariationIcon(chart->variation, m.what.improvement) : Escape("Needs 2 values"),
           chart && chart->assurance ? AssuranceIcon(chart->assurance)
                                     : Escape(m.what.target ? "" : "No target")});
    }
    page.content += DataTable(table);
  }
  if (keeper) {
    page.content += Render("<a class=\"nhsuk-button\" href=\"{}\">Add a measure</a>",
                           ServicePath(v, id, "/measures/new"));
  }
  return v.Show(page, "services");
}

}  // namespace

void AddRegisterPages(http::Router& routes) {
  const Needs viewer = Needs::InOrg(Role::kViewer);
  const Needs keeper = Needs::Keeper();

  AddPage(routes, "GET", "/orgs/{ods}/services", viewer, RegisterPage);
  AddDownload(routes, "/orgs/{ods}/services", viewer, [](Visit& v) {
    return Download{v.ods() + "-services",
                    RegisterTable(v.Use<ServiceRegister>().List(v.caller, v.ods()))};
  });
  AddPage(routes, "GET", "/orgs/{ods}/services/new", keeper,
          [](Visit& v) { return ServiceForm(v, std::nullopt, {}, {}, {}); });
  AddPage(routes, "POST", "/orgs/{ods}/services/new", keeper, [](Visit& v) {
    DateParts contract;
    FieldErrors errors;
    const ServiceInput in = FromForm(v, contract, errors);
    if (errors.empty()) {
      CollectFieldError(errors, {"name", "owner"},
                        [&] { v.Use<ServiceRegister>().Add(v.caller, v.ods(), in); });
    }
    if (!errors.empty()) return ServiceForm(v, std::nullopt, in, contract, errors);
    return Redirect(v.OrgPath("/services?done=added"));
  });
  AddCsvImport(routes, "/orgs/{ods}/services/import", keeper,
               {.title = "Import the register",
                .section = "services",
                .back_path = "/services",
                .back_label = "Back to services",
                .what = "the register",
                .columns = {kRegisterColumns.begin(), kRegisterColumns.end()},
                .rules = Html("Each line adds a service, or updates the one with the same name. "
                              "The owner is a board member's name as the board list has it."),
                .download_path = "/services.csv",
                .download_label = "Download the register as it is",
                .save = [](Visit& v, const std::string& csv) {
                  const ImportSummary done =
                      v.Use<ServiceRegister>().Import(v.caller, v.ods(), csv, "line");
                  return "/services?done=imported&added=" + std::to_string(done.added) +
                         "&updated=" + std::to_string(done.updated);
                }});
  AddPage(routes, "GET", "/orgs/{ods}/services/{service}", viewer,
          [](Visit& v) { return ServicePage(v, v.call.Id("service")); });
  AddPage(routes, "GET", "/orgs/{ods}/services/{service}/edit", keeper, [](Visit& v) {
    const Service s = v.Use<ServiceRegister>().Get(v.caller, v.ods(), v.call.Id("service"));
    return ServiceForm(v, s.id, s.what, DateParts::Of(s.what.contract_ends_on), {});
  });
  AddPage(routes, "POST", "/orgs/{ods}/services/{service}/edit", keeper, [](Visit& v) {
    const Id id = v.call.Id("service");
    DateParts contract;
    FieldErrors errors;
    const ServiceInput in = FromForm(v, contract, errors);
    if (errors.empty()) {
      CollectFieldError(errors, {"name", "owner"},
                        [&] { v.Use<ServiceRegister>().Update(v.caller, v.ods(), id, in); });
    }
    if (!errors.empty()) return ServiceForm(v, id, in, contract, errors);
    return Redirect(ServicePath(v, id, "?done=saved"));
  });
}

}  // namespace boardlens::services
