// A programme's or project's page (priorities, funding, whole-life cost by year, a year of
// delivery confidence and its narratives) and the forms that keep it.

#include <algorithm>
#include <charconv>

#include "boardlens/base/error.hpp"
#include "boardlens/base/number.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/features/portfolio/benefits.hpp"
#include "boardlens/features/portfolio/feature.hpp"
#include "boardlens/features/portfolio/page_parts.hpp"
#include "boardlens/features/portfolio/page_words.hpp"
#include "boardlens/features/portfolio/portfolio.hpp"
#include "boardlens/features/services/page_parts.hpp"
#include "boardlens/features/services/service.hpp"

namespace boardlens::portfolio {
namespace {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer
using http::Needs;

std::vector<std::vector<std::string>> RatingsTable(const std::vector<Rating>& ratings) {
  std::vector<std::vector<std::string>> rows{
      {"month", "confidence", "narrative", "reported_by", "reported_at"}};
  for (const Rating& r : ratings) {
    rows.push_back({r.month, std::string(ToString(r.confidence)), r.narrative, r.reported_by_name,
                    IsoTime(r.reported_at)});
  }
  return rows;
}

std::vector<std::vector<std::string>> CostsTable(const ItemInput& item) {
  std::vector<std::vector<std::string>> rows{{"year", "amount"}};
  for (const auto& [year, amount] : item.cost_by_year) {
    rows.push_back({std::to_string(year), std::to_string(amount)});
  }
  return rows;
}

/// Each month's rating, latest first, or the empty state.
Html RatingsHistory(const Visit& v, Id id, const std::vector<Rating>& ratings) {
  if (ratings.empty()) return Html("<p>No month is reported yet.</p>");
  Table table;
  table.caption = "Each month's rating and what lies behind it, latest first";
  table.headings = {"Month", "Delivery confidence", "Narrative", "Reported by"};
  for (auto it = ratings.rbegin(); it != ratings.rend(); ++it) {
    table.rows.push_back({Escape(MonthText(it->month)), ConfidenceTag(*it), Escape(it->narrative),
                          Escape(it->reported_by_name)});
  }
  return DataTable(table) + CsvLink(ItemPath(v, id, "/ratings.csv"));
}

/// The item's benefits, each with its owner, target and latest actual.
Html BenefitsSection(Visit& v, Id id, bool keeper) {
  auto& benefits = v.Use<Benefits>();
  Html out("<h2>Benefits</h2>");
  const auto list = benefits.List(v.caller, v.ods(), id);
  if (list.empty()) {
    out += Html("<p>No benefits are recorded yet.</p>");
  } else {
    Table table;
    table.caption = "The benefits it is to bring";
    table.headings = {"Benefit", "Owner", "Target", "Latest actual"};
    for (const Benefit& b : list) {
      const BenefitSeries series = benefits.Series(v.caller, v.ods(), b.id);
      table.rows.push_back(
          {Render("<a href=\"{}\">{}</a>", v.OrgPath("/benefits/" + std::to_string(b.id)),
                  b.what.title),
           Escape(b.owner_name),
           Escape(services::ValueText(b.what.target.value_or(0), b.what.unit) + " by " +
                  DateText(b.what.target_on)),
           Escape(series.actuals.empty()
                      ? std::string("None yet")
                      : services::ValueText(series.actuals.back().value, b.what.unit) + ", " +
                            DateText(series.actuals.back().date))});
    }
    out += DataTable(table);
  }
  if (keeper) {
    out += Render("<p><a href=\"{}\">Add a benefit</a></p>", ItemPath(v, id, "/benefits/new"));
  }
  return out;
}

http::Response ItemPage(Visit& v, Id id) {
  auto& portfolio = v.Use<Portfolio>();
  const Item item = portfolio.Get(v.caller, v.ods(), id);
  const std::vector<Rating> ratings = portfolio.Ratings(v.caller, v.ods(), id);
  const std::map<Id, std::string> titles = PriorityTitles(v);
  const bool keeper = v.Use<orgs::Board>().IsKeeper(v.caller, v.ods());
  const ItemInput& w = item.what;
  Page page;
  page.title = w.name;
  page.before_content = BackLink(v.OrgPath("/portfolio"), "Back to the portfolio");
  const std::string done = v.request.Query("done");
  if (done == "saved") page.content += SuccessBanner("Saved");
  if (done == "rated") page.content += SuccessBanner("Delivery confidence reported");
  if (done == "assured") page.content += SuccessBanner("Owner, dates, budget and milestones saved");
  page.content +=
      Render("<span class=\"nhsuk-caption-l\">{}</span><h1>{}</h1>", KindText(w), w.name);
  const std::string serves = LinkedPriorities(w, titles);
  if (serves.empty() && w.kind == Kind::kProject) {
    page.content += WarningCallout(
        "This project serves no priority",
        Html("<p>Link it to the strategy priorities it serves, or stop it. The strategy's "
             "checks list it until then.</p>"));
  }
  std::vector<SummaryRow> rows;
  if (!w.description.empty()) rows.push_back({"What it is", Escape(w.description), {}});
  if (w.programme_id) {
    rows.push_back(
        {"Programme",
         Render("<a href=\"{}\">{}</a>", ItemPath(v, *w.programme_id), item.programme_name),
         {}});
  }
  rows.push_back({"Serves", Escape(serves.empty() ? "No priority" : serves), {}});
  const bool own_money = std::any_of(w.funding.begin(), w.funding.end(),
                                     [](const auto& source) { return source.second > 0; });
  if (!own_money && w.programme_id) {
    rows.push_back({"Funding", Escape(FundingText(w)), {}});  // through its programme
  } else {
    for (const Source s : kSources)
      rows.push_back({std::string(Label(s)), Escape(Amount(w, s)), {}});
  }
  rows.push_back({"Whole-life cost", Escape(PoundsText(WholeLifeCost(w))), {}});
  const bool proposed = w.stage == Stage::kProposed;
  if (proposed) {
    rows.push_back({"Where it stands", AwaitingApprovalTag(), {}});
  } else {
    rows.push_back({"Latest delivery confidence", ConfidenceTag(item.latest), {}});
  }
  page.content += SummaryList(rows);
  if (CapitalWithoutRevenue(w)) {
    page.content += WarningCallout(
        "No revenue for running costs",
        Html("<p>Capital or one-off money buys it, but no revenue is planned to run it.</p>"));
  }
  const Html change =
      Render("<a class=\"nhsuk-button nhsuk-button--secondary\" href=\"{}\">Change the {}</a>",
             ItemPath(v, id, "/edit"), w.kind == Kind::kProgramme ? "programme" : "project");
  if (keeper) {
    page.content += Render(
        "<div class=\"nhsuk-button-group\">{}{}</div>",
        proposed ? Html()
                 : Render("<a class=\"nhsuk-button\" href=\"{}\">Report this month's delivery "
                          "confidence</a>",
                          ItemPath(v, id, "/rating")),
        change);
  }
  if (proposed) {
    page.content += Html(
        "<p>This is a proposal the board has not yet approved. Once it is in delivery, its "
        "delivery confidence is reported each month.</p>");
  } else {
    page.content += Html("<h2>Delivery confidence over the year</h2>") +
                    RatingsRow(ratings, portfolio.ThisMonth()) + RatingsHistory(v, id, ratings);
  }
  page.content += AssuranceSection(v, item, keeper, portfolio.Today());
  page.content += BenefitsSection(v, id, keeper);
  page.content += Html("<h2>Whole-life cost by year</h2>");
  if (w.cost_by_year.empty()) {
    page.content += Html("<p>No costs are recorded yet.</p>");
  } else {
    Table table;
    table.caption = "Whole-life cost, year by year";
    table.headings = {"Year", "Cost"};
    table.numeric_after_first = true;
    for (const auto& [year, amount] : w.cost_by_year) {
      table.rows.push_back({Escape(std::to_string(year)), Escape(PoundsText(amount))});
    }
    table.rows.push_back({Html("<strong>Whole life</strong>"),
                          Render("<strong>{}</strong>", PoundsText(WholeLifeCost(w)))});
    page.content += DataTable(table) + CsvLink(ItemPath(v, id, "/costs.csv"));
  }
  return v.Show(page, "portfolio");
}

/// "2026,120000" lines into years and amounts; each fault named by its line.
void ReadCosts(const std::string& text, std::map<int, std::int64_t>& into, FieldErrors& errors) {
  std::size_t line_number = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const std::string line(Trim(std::string_view(text).substr(start, end - start)));
    start = end + 1;
    ++line_number;
    if (line.empty()) continue;
    const auto comma = line.find(',');
    int year = 0;
    const std::string year_text(Trim(line.substr(0, comma)));
    const auto [p, ec] =
        std::from_chars(year_text.data(), year_text.data() + year_text.size(), year);
    const std::string where = "Line " + std::to_string(line_number) + ": ";
    if (comma == std::string::npos || ec != std::errc() ||
        p != year_text.data() + year_text.size() || year < kEarliestYear || year > kLatestYear) {
      errors.Add("costs", where + "write a year from 2000 to 2100, a comma, then the cost");
      continue;
    }
    try {
      const auto amount = ReadWholeNumber(line.substr(comma + 1), kPoundsRule, "costs");
      if (!amount) {
        errors.Add("costs", where + "write the cost after the comma");
      } else if (!into.emplace(year, *amount).second) {
        errors.Add("costs", where + "the year is given twice");
      }
    } catch (const Error& e) {
      if (e.kind() != ErrorKind::kInvalid) throw;
      errors.Add("costs", where + e.what());
    }
  }
}

std::string CostsText(const ItemInput& in) {
  std::string out;
  for (const auto& [year, amount] : in.cost_by_year) {
    out += std::to_string(year) + "," + std::to_string(amount) + "\n";
  }
  return out;
}

http::Response ItemForm(Visit& v, std::optional<Id> id, const ItemInput& in,
                        const FieldErrors& errors) {
  const auto field = [&](const std::string& name, const std::string& label, std::string value,
                         std::string hint = {}) {
    if (!errors.empty()) value = v.form.Get(name);
    return Field{name, label, std::move(value), std::move(hint), std::string(errors.For(name))};
  };
  std::vector<Choice> programmes;
  for (const Item& item : v.Use<Portfolio>().List(v.caller, v.ods())) {
    if (item.what.kind == Kind::kProgramme && item.id != id) {
      programmes.push_back({std::to_string(item.id), item.what.name, {}, false});
    }
  }
  std::vector<Choice> priorities;
  std::vector<std::string> linked;
  for (const auto& p : v.Use<Portfolio>().Priorities(v.caller, v.ods())) {
    priorities.push_back({std::to_string(p.key), p.title, {}, false});
  }
  if (errors.empty()) {
    for (const Id key : in.priority_keys) linked.push_back(std::to_string(key));
  } else {
    linked = v.form.GetAll("priorities");
  }
  const auto amount = [&](Source s) {
    const auto it = in.funding.find(s);
    return it == in.funding.end() ? std::string() : std::to_string(it->second);
  };
  Page page;
  page.title = id ? "Change " + in.name : "Add a programme or project";
  page.has_errors = !errors.empty();
  page.before_content = BackLink(id ? ItemPath(v, *id) : v.OrgPath("/portfolio"), "Back");
  Html fields =
      Radios(field("kind", "Is it a programme or a project?", std::string(ToString(in.kind))),
             {{"programme", "A programme", "It holds projects", false},
              {"project", "A project", {}, false}});
  // A new item's stage is asked, never assumed: "in delivery" would read as approved.
  fields += Radios(
      field("stage", "Has the board approved it?", id ? std::string(ToString(in.stage)) : ""),
      {{"in_delivery", "Yes, it is in delivery", "It reports delivery confidence monthly", false},
       {"proposed", "No, it is a proposal",
        "A risk of not acting can name the proposal it would block", false}});
  fields += TextInput(field("name", "Name", in.name));
  fields += Textarea(field("description", "What it is (optional)", in.description), 3);
  fields += Select(field("programme", "The programme it sits in (projects only, optional)",
                         in.programme_id ? std::to_string(*in.programme_id) : ""),
                   "In no programme", programmes);
  fields += priorities.empty() ? Html("<p>The strategy has no priorities yet to link to.</p>")
                               : Checkboxes(field("priorities", "The strategy priorities it serves",
                                                  {}, "A project that serves none is flagged"),
                                            priorities, linked);
  for (const Source s : kSources) {
    fields += TextInput(
        field("funding_" + std::string(ToString(s)), std::string(Label(s)) + " (optional)",
              amount(s), "In whole pounds, for example 250000"),
        "text", "off", "nhsuk-input--width-10");
  }
  fields += Textarea(field("costs", "Whole-life cost by year (optional)", CostsText(in),
                           "A line a year: the year, a comma and the cost in whole pounds, for "
                           "example 2026,120000"),
                     5);
  page.content = Render(
      "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">{}<h1>{}</h1>"
      "<form action=\"{}\" method=\"post\" novalidate>{}{}{}</form></div></div>",
      ErrorSummary(errors), page.title,
      id ? ItemPath(v, *id, "/edit") : v.OrgPath("/portfolio/new"), CsrfField(v.caller.csrf_token),
      fields, Button(id ? "Save changes" : "Add it"));
  return v.Show(page, "portfolio", errors.empty() ? 200 : 400);
}

ItemInput ItemFromForm(Visit& v, FieldErrors& errors) {
  ItemInput in;
  const auto kind = ParseKind(v.form.Get("kind"));
  if (!kind) errors.Add("kind", "Choose whether it is a programme or a project");
  in.kind = kind.value_or(Kind::kProject);
  const auto stage = ParseStage(v.form.Get("stage"));
  if (!stage) errors.Add("stage", "Choose whether the board has approved it");
  in.stage = stage.value_or(Stage::kInDelivery);
  in.name = v.form.Get("name");
  in.description = v.form.Get("description");
  in.programme_id = v.form.GetId("programme");
  if (!in.programme_id && !v.form.Get("programme").empty()) {
    errors.Add("programme", "Choose one of the portfolio's programmes");
  }
  in.priority_keys = v.form.GetIds("priorities");
  for (const Source s : kSources) {
    const std::string name = "funding_" + std::string(ToString(s));
    CollectFieldError(errors, {name}, [&] {
      if (const auto amount = ReadWholeNumber(v.form.Get(name), kPoundsRule, name)) {
        in.funding[s] = *amount;
      }
    });
  }
  ReadCosts(v.form.Get("costs"), in.cost_by_year, errors);
  if (Trim(in.name).empty()) errors.Add("name", "Enter the name");
  return in;
}

/// Runs a save; the use case's problems go against the form's fields.
void Save(FieldErrors& errors, const std::function<void()>& save) {
  if (!errors.empty()) return;
  CollectFieldError(errors,
                    {"name", "kind", "stage", "description", "programme", "priorities",
                     "funding_capital", "funding_revenue", "funding_one_off", "costs"},
                    save);
}

}  // namespace

void AddItemPages(http::Router& routes) {
  const Needs viewer = Needs::InOrg(Role::kViewer);
  const Needs keeper = Needs::Keeper();
  AddPage(routes, "GET", "/orgs/{ods}/portfolio/new", keeper,
          [](Visit& v) { return ItemForm(v, std::nullopt, {}, {}); });
  AddPage(routes, "POST", "/orgs/{ods}/portfolio/new", keeper, [](Visit& v) {
    FieldErrors errors;
    const ItemInput in = ItemFromForm(v, errors);
    Id id = 0;
    Save(errors, [&] { id = v.Use<Portfolio>().Add(v.caller, v.ods(), in).id; });
    if (!errors.empty()) return ItemForm(v, std::nullopt, in, errors);
    return Redirect(ItemPath(v, id, "?done=saved"));
  });
  AddPage(routes, "GET", "/orgs/{ods}/portfolio/{item}", viewer,
          [](Visit& v) { return ItemPage(v, v.call.Id("item")); });
  AddPage(routes, "GET", "/orgs/{ods}/portfolio/{item}/edit", keeper, [](Visit& v) {
    const Item item = v.Use<Portfolio>().Get(v.caller, v.ods(), v.call.Id("item"));
    return ItemForm(v, item.id, item.what, {});
  });
  AddPage(routes, "POST", "/orgs/{ods}/portfolio/{item}/edit", keeper, [](Visit& v) {
    const Id id = v.call.Id("item");
    FieldErrors errors;
    const ItemInput in = ItemFromForm(v, errors);
    Save(errors, [&] { v.Use<Portfolio>().Update(v.caller, v.ods(), id, in); });
    if (!errors.empty()) return ItemForm(v, id, in, errors);
    return Redirect(ItemPath(v, id, "?done=saved"));
  });
  AddDownload(routes, "/orgs/{ods}/portfolio/{item}/ratings", viewer, [](Visit& v) {
    return Download{v.ods() + "-delivery-confidence",
                    RatingsTable(v.Use<Portfolio>().Ratings(v.caller, v.ods(), v.call.Id("item")))};
  });
  AddDownload(routes, "/orgs/{ods}/portfolio/{item}/costs", viewer, [](Visit& v) {
    return Download{v.ods() + "-whole-life-cost",
                    CostsTable(v.Use<Portfolio>().Get(v.caller, v.ods(), v.call.Id("item")).what)};
  });
  AddRatingPages(routes);
  AddAssurancePages(routes);
}

}  // namespace boardlens::portfolio
