// A programme's or project's assurance: on its page, the senior responsible owner, start and
// end dates, budget against spend and the milestones with their status, overdue ones marked;
// the form that keeps them (no scripts needed: it offers empty rows for new milestones); and
// the milestones as CSV.

#include <algorithm>
#include <cctype>

#include "boardlens/base/error.hpp"
#include "boardlens/base/number.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/features/portfolio/feature.hpp"
#include "boardlens/features/portfolio/page_words.hpp"
#include "boardlens/features/portfolio/portfolio.hpp"

namespace boardlens::portfolio {
namespace {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer
using http::Needs;

/// Empty rows the form offers below the milestones recorded, for new ones.
constexpr std::size_t kEmptyRows = 3;

std::string DateOrNone(const std::string& iso) {
  return iso.empty() ? std::string("Not recorded") : DateText(iso);
}

std::string PoundsOrNone(const std::optional<std::int64_t>& pounds) {
  return pounds ? PoundsText(*pounds) : std::string("Not recorded");
}

/// A form field of milestone row `row`: "m2_due_on".
std::string RowField(std::size_t row, std::string_view part) {
  return "m" + std::to_string(row) + "_" + std::string(part);
}

std::string MilestoneWords(std::size_t row) { return "milestone " + std::to_string(row + 1); }

std::vector<std::vector<std::string>> MilestonesTable(const Assurance& a,
                                                      const std::string& today) {
  std::vector<std::vector<std::string>> rows{
      {"title", "due_on", "status", "completed_on", "overdue"}};
  for (const Milestone& m : a.milestones) {
    rows.push_back({m.title, m.due_on, std::string(ToString(m.status)), m.completed_on,
                    Overdue(m, today) ? "yes" : "no"});
  }
  return rows;
}

/// The milestone's status as a tag, and "Overdue" beside it when it is.
Html StatusTags(const Milestone& m, const std::string& today) {
  Html tags = Tag(Label(m.status), Colour(m.status));
  if (Overdue(m, today)) tags += Html(" ") + Tag("Overdue", "red");
  return tags;
}

http::Response AssuranceForm(Visit& v, const Item& item, const Assurance& in, std::size_t rows,
                             const FieldErrors& errors) {
  const auto field = [&](const std::string& name, std::string label, std::string value,
                         std::string hint = {}) {
    if (!errors.empty()) value = v.form.Get(name);
    return Field{name, std::move(label), std::move(value), std::move(hint),
                 std::string(errors.For(name))};
  };
  const auto date = [&](const std::string& name, const std::string& iso) {
    return errors.empty() ? DateParts::Of(iso) : DateParts::Read(v.form, name);
  };
  const auto pounds = [](const std::optional<std::int64_t>& x) {
    return x ? std::to_string(*x) : std::string();
  };
  std::vector<Choice> owners;
  for (const auto& m : v.Use<orgs::Board>().ListMembers(v.caller, v.ods())) {
    owners.push_back({std::to_string(m.id), m.name + ", " + m.job_title, {}, false});
  }
  std::vector<Choice> statuses;
  statuses.reserve(kMilestoneStatuses.size());
  for (const MilestoneStatus s : kMilestoneStatuses) {
    statuses.push_back({std::string(ToString(s)), std::string(Label(s)), {}, false});
  }
  Page page;
  page.title = "Assurance: " + item.what.name;
  page.has_errors = !errors.empty();
  page.before_content = BackLink(ItemPath(v, item.id), "Back to " + item.what.name);
  Html fields = Select(field("sro", "Senior responsible owner",
                             in.sro_member_id ? std::to_string(*in.sro_member_id) : "",
                             "The board member who answers for it"),
                       "Choose a board member", owners);
  fields += DateInput(field("starts_on", "Start date (optional)", {}, "For example, 1 4 2026"),
                      date("starts_on", in.starts_on));
  fields += DateInput(field("ends_on", "End date (optional)", {}, "Not before the start date"),
                      date("ends_on", in.ends_on));
  fields += TextInput(field("budget", "Budget (optional)", pounds(in.budget),
                            "Over its whole life, in whole pounds, for example 1250000"),
                      "text", "off", "nhsuk-input--width-10");
  fields += TextInput(field("spend", "Spent to date (optional)", pounds(in.spend),
                            "In whole pounds, for example 400000"),
                      "text", "off", "nhsuk-input--width-10");
  fields += Html(
      "<h2>Milestones</h2><p>In the order of the plan. To remove a milestone, empty its boxes. "
      "To add more than there is room for, save and come back.</p>");
  for (std::size_t r = 0; r < rows; ++r) {
    const Milestone m = r < in.milestones.size() ? in.milestones[r] : Milestone{};
    const bool recorded = r < in.milestones.size();
    const std::string n = std::to_string(r + 1);
    fields += Render(
        "<h3 class=\"nhsuk-heading-s\">Milestone {}</h3>{}{}{}{}", n,
        TextInput(field(RowField(r, "title"), "What is to be done, milestone " + n, m.title)),
        DateInput(field(RowField(r, "due_on"), "Due date, milestone " + n, {}),
                  date(RowField(r, "due_on"), m.due_on)),
        Select(field(RowField(r, "status"), "Status, milestone " + n,
                     recorded ? std::string(ToString(m.status)) : ""),
               "Choose a status", statuses),
        DateInput(field(RowField(r, "completed_on"), "Date completed, milestone " + n, {},
                        "Only for a complete milestone"),
                  date(RowField(r, "completed_on"), m.completed_on)));
  }
  page.content = Render(
      "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">{}"
      "<span class=\"nhsuk-caption-l\">{}</span><h1>Owner, dates, budget and milestones</h1>"
      "<form action=\"{}\" method=\"post\" novalidate>{}<input type=\"hidden\" name=\"rows\" "
      "value=\"{}\">{}{}</form></div></div>",
      ErrorSummary(errors), item.what.name, ItemPath(v, item.id, "/assurance"),
      CsrfField(v.caller.csrf_token), rows, fields, Button("Save"));
  return v.Show(page, "portfolio", errors.empty() ? 200 : 400);
}

/// A date the form may leave empty: YYYY-MM-DD, or empty when no box is filled in.
std::string OptionalDate(Visit& v, const std::string& name, const std::string& what,
                         FieldErrors& errors) {
  const DateParts parts = DateParts::Read(v.form, name);
  if (Trim(parts.day).empty() && Trim(parts.month).empty() && Trim(parts.year).empty()) return {};
  if (const auto fault = parts.Fault(what)) {
    AddDateFault(errors, name, *fault);
    return {};
  }
  std::string unused;
  return parts.ToIso(what, unused).value_or("");
}

/// The form's assurance; `row_of` says which row each milestone came from, empty rows left out.
Assurance AssuranceFromForm(Visit& v, std::size_t rows, std::vector<std::size_t>& row_of,
                            FieldErrors& errors) {
  Assurance in;
  in.sro_member_id = v.form.GetId("sro");
  if (!in.sro_member_id && !v.form.Get("sro").empty()) {
    errors.Add("sro", "Choose a board member");
  }
  in.starts_on = OptionalDate(v, "starts_on", "the start date", errors);
  in.ends_on = OptionalDate(v, "ends_on", "the end date", errors);
  CollectFieldError(errors, {"budget"}, [&] {
    in.budget = ReadWholeNumber(v.form.Get("budget"), kBudgetRule, "budget");
  });
  CollectFieldError(errors, {"spend"},
                    [&] { in.spend = ReadWholeNumber(v.form.Get("spend"), kSpendRule, "spend"); });
  for (std::size_t r = 0; r < rows; ++r) {
    const auto filled = [&](std::string_view part) {
      return !Trim(v.form.Get(RowField(r, part))).empty();
    };
    bool any = filled("title") || filled("status");
    for (const char* part : {"due_on-day", "due_on-month", "due_on-year", "completed_on-day",
                             "completed_on-month", "completed_on-year"}) {
      any = any || filled(part);
    }
    if (!any) continue;  // an empty row: no milestone, or one removed
    Milestone m;
    m.title = v.form.Get(RowField(r, "title"));
    const DateParts due = DateParts::Read(v.form, RowField(r, "due_on"));
    const std::string due_words = "the due date of " + MilestoneWords(r);
    if (const auto fault = due.Fault(due_words)) {
      AddDateFault(errors, RowField(r, "due_on"), *fault);
    } else {
      std::string unused;
      m.due_on = due.ToIso(due_words, unused).value_or("");
    }
    const auto status = ParseMilestoneStatus(v.form.Get(RowField(r, "status")));
    if (!status) errors.Add(RowField(r, "status"), "Choose the status of " + MilestoneWords(r));
    m.status = status.value_or(MilestoneStatus::kNotStarted);
    m.completed_on = OptionalDate(v, RowField(r, "completed_on"),
                                  "the date " + MilestoneWords(r) + " was completed", errors);
    row_of.push_back(r);
    in.milestones.push_back(std::move(m));
  }
  return in;
}

/// Runs `action`; invalid input it finds goes against the form's fields, a milestone's against
/// its row ("milestones[1].due_on" to the due date of the row it came from), where the form has
/// not named a problem already. Anything else propagates.
void CollectProblems(FieldErrors& errors, const std::vector<std::size_t>& row_of,
                     const std::function<void()>& action) {
  try {
    action();
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::kInvalid) throw;
    for (const FieldProblem& p : e.AllProblems()) {
      std::string name = p.where.empty() ? std::string("sro") : p.where;
      std::string message = Sentence(p.message);
      if (name.starts_with("milestones[") && name.find("].") != std::string::npos) {
        const std::size_t k = std::stoul(name.substr(11));
        if (k < row_of.size()) {
          if (!message.empty()) {
            message[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(message[0])));
          }
          message.insert(0, "Milestone " + std::to_string(row_of[k] + 1) + ": ");
          name = RowField(row_of[k], name.substr(name.find("].") + 2));
        }
      }
      if (errors.For(name).empty()) errors.Add(name, message);
    }
  }
}

std::size_t RowsFor(const Assurance& a) {
  return std::min(a.milestones.size() + kEmptyRows, kMaxMilestones);
}

}  // namespace

Html AssuranceSection(Visit& v, const Item& item, bool keeper, const std::string& today) {
  const Assurance& a = item.assurance;
  Html out("<h2 id=\"assurance\">Owner, dates, budget and milestones</h2>");
  if (!a.sro_member_id) {
    out += Html(
        "<div class=\"nhsuk-inset-text\"><span class=\"nhsuk-u-visually-hidden\">Information: "
        "</span><p>No senior responsible owner is named: no one on the board answers for it "
        "yet.</p></div>");
  }
  Html spend = Escape(PoundsOrNone(a.spend));
  if (OverBudget(a)) spend += Html(" ") + Tag("Spend above budget", "red");
  out += SummaryList({{"Senior responsible owner",
                       Escape(a.sro_member_id ? item.sro_name : std::string("Not named")),
                       {}},
                      {"Starts", Escape(DateOrNone(a.starts_on)), {}},
                      {"Ends", Escape(DateOrNone(a.ends_on)), {}},
                      {"Budget", Escape(PoundsOrNone(a.budget)), {}},
                      {"Spent to date", spend, {}}});
  if (OverBudget(a)) {
    out += WarningCallout(
        "Spend is above budget",
        Render("<p>{} spent against a budget of {}: {} over.</p>", PoundsText(*a.spend),
               PoundsText(*a.budget), PoundsText(*a.spend - *a.budget)));
  }
  out += Html("<h3>Milestones</h3>");
  if (a.milestones.empty()) {
    out += Html("<p>No milestones are recorded yet.</p>");
  } else {
    const std::size_t overdue = OverdueCount(a, today);
    if (overdue > 0) {
      out += Render("<p><strong>{} {} overdue.</strong></p>", overdue,
                    overdue == 1 ? "milestone is" : "milestones are");
    }
    Table table;
    table.caption = "Milestones, in the order of the plan";
    table.headings = {"Milestone", "Due", "Status", "Completed"};
    for (const Milestone& m : a.milestones) {
      table.rows.push_back({Escape(m.title), Escape(DateText(m.due_on)), StatusTags(m, today),
                            Escape(m.completed_on.empty() ? "" : DateText(m.completed_on))});
    }
    out += DataTable(table) + CsvLink(ItemPath(v, item.id, "/milestones.csv"));
  }
  if (keeper) {
    out += Render("<p><a href=\"{}\">Change the owner, dates, budget and milestones</a></p>",
                  ItemPath(v, item.id, "/assurance"));
  }
  return out;
}

void AddAssurancePages(http::Router& routes) {
  const Needs viewer = Needs::InOrg(Role::kViewer);
  const Needs keeper = Needs::Keeper();
  AddPage(routes, "GET", "/orgs/{ods}/portfolio/{item}/assurance", keeper, [](Visit& v) {
    const Item item = v.Use<Portfolio>().Get(v.caller, v.ods(), v.call.Id("item"));
    return AssuranceForm(v, item, item.assurance, RowsFor(item.assurance), {});
  });
  AddPage(routes, "POST", "/orgs/{ods}/portfolio/{item}/assurance", keeper, [](Visit& v) {
    auto& portfolio = v.Use<Portfolio>();
    const Item item = portfolio.Get(v.caller, v.ods(), v.call.Id("item"));
    const std::size_t rows = std::min<std::size_t>(
        static_cast<std::size_t>(v.form.GetId("rows").value_or(0)), kMaxMilestones);
    FieldErrors errors;
    std::vector<std::size_t> row_of;
    const Assurance in = AssuranceFromForm(v, rows, row_of, errors);
    // The rules name what the form has not already.
    Assurance checked = in;
    CollectProblems(errors, row_of, [&] { CheckAssurance(checked, portfolio.Today()); });
    if (errors.empty()) {
      CollectProblems(errors, row_of,
                      [&] { portfolio.SetAssurance(v.caller, v.ods(), item.id, in); });
    }
    if (!errors.empty()) return AssuranceForm(v, item, in, rows, errors);
    return Redirect(ItemPath(v, item.id, "?done=assured#assurance"));
  });
  AddDownload(routes, "/orgs/{ods}/portfolio/{item}/milestones", viewer, [](Visit& v) {
    auto& portfolio = v.Use<Portfolio>();
    return Download{v.ods() + "-milestones",
                    MilestonesTable(portfolio.Get(v.caller, v.ods(), v.call.Id("item")).assurance,
                                    portfolio.Today())};
  });
}

}  // namespace boardlens::portfolio
