// The risk register: the list a board filters, the heat map, what needs the board's
// attention, the risk appetite, and the import that keeps it all current.

#include <algorithm>

#include "boardlens/base/error.hpp"
#include "boardlens/base/names.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/features/actions/page_parts.hpp"
#include "boardlens/features/orgs/board.hpp"
#include "boardlens/features/risks/feature.hpp"
#include "boardlens/features/risks/page_parts.hpp"
#include "boardlens/features/risks/risk_csv.hpp"
#include "boardlens/features/risks/risk_register.hpp"
#include "boardlens/html/csv_import.hpp"

namespace boardlens::risks {
namespace {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer
using http::Needs;

Filter ReadFilter(const http::Request& request) {
  return ParseFilter(request.Query("category"), request.Query("band"), request.Query("owner"));
}

Html FilterForm(Visit& v, const Filter& filter) {
  std::vector<Choice> bands;
  for (const Band b : {Band::kExtreme, Band::kHigh, Band::kModerate, Band::kLow}) {
    bands.push_back({std::string(ToString(b)), std::string(BandLabel(b)), {}, false});
  }
  return Render("<form class=\"bl-filter\" method=\"get\" action=\"{}\">{}{}{}{}</form>",
                v.OrgPath("/risks"),
                Select(Field{"category",
                             "Category",
                             filter.category ? std::string(ToString(*filter.category)) : "",
                             {},
                             {}},
                       "Every category", CategoryChoices()),
                Select(Field{"band",
                             "Current score band",
                             filter.band ? std::string(ToString(*filter.band)) : "",
                             {},
                             {}},
                       "Every band", bands),
                Select(Field{"owner",
                             "Owner",
                             filter.owner_member_id ? std::to_string(*filter.owner_member_id) : "",
                             {},
                             {}},
                       "Every owner", actions::OwnerChoices(v)),
                Button("Show risks", "secondary"));
}

Html AppetiteCell(const Risk& r, const std::vector<Appetite>& appetites) {
  const auto appetite = AppetiteFor(appetites, r.what.category);
  switch (Compare(Score(r.what.current), appetite)) {
    case AppetiteStance::kAbove:
      return Tag("Above appetite", "red") +
             Render(" <span class=\"nhsuk-body-s\">tolerates {}</span>", appetite->max_score);
    case AppetiteStance::kWithin:
      return Escape("Within (" + std::string(LevelLabel(appetite->level)) + ")");
    case AppetiteStance::kNotSet:
      break;
  }
  return Escape("No appetite set");
}

Html ReviewCell(const Risk& r, const std::string& today) {
  Html out = Escape(DateText(r.what.review_on));
  if (ReviewOverdue(r.what, today)) out += Html(" ") + Tag("Review overdue", "red");
  const bool late_action =
      std::any_of(r.actions.begin(), r.actions.end(),
                  [&](const actions::Action& a) { return actions::IsOverdue(a, today); });
  if (late_action) out += Html(" ") + Tag("Action overdue", "orange");
  return out;
}

http::Response RegisterPage(Visit& v) {
  auto& reg = v.Use<RiskRegister>();
  const std::string today = reg.Today();
  const Filter filter = ReadFilter(v.request);
  std::vector<Risk> risks = reg.List(v.caller, v.ods());
  const auto appetites = reg.Appetites(v.caller, v.ods());
  const std::size_t total = risks.size();
  const auto above = std::count_if(risks.begin(), risks.end(),
                                   [&](const Risk& r) { return AboveAppetite(r, appetites); });
  const auto overdue =
      std::count_if(risks.begin(), risks.end(), [&](const Risk& r) { return Overdue(r, today); });
  std::erase_if(risks, [&](const Risk& r) { return !Matches(r, filter); });

  Page page;
  page.title = "Digital risks";
  const std::string done = v.request.Query("done");
  if (done == "added") page.content += SuccessBanner("Risk added to the register");
  if (done == "imported") page.content += SuccessBanner("Risk register imported");
  std::string bands;
  for (const Band band : kAllBands) {
    bands += (bands.empty() ? "" : ", ") + ScoresText(band) + " " + AsciiLower(BandLabel(band));
  }
  page.content += Render(
      "<h1>Digital risks</h1><p>The organisation's digital risks on its Board Assurance "
      "Framework, highest current score first. Scores are likelihood × consequence on the 5×5 "
      "matrix: {}. Movement is the change in the current score since the board last reviewed "
      "the risk.</p>",
      bands);
  if (total == 0) {
    page.content += Html(
        "<p>The register is empty. Add the organisation's digital risks one by one, or import "
        "the whole register from a spreadsheet saved as CSV.</p>");
  } else {
    page.content += Render(
        "<ul class=\"nhsuk-list nhsuk-list--bullet\"><li>{} risks in all</li>"
        "<li><a href=\"{}\">{} above the board's risk appetite, {} with an overdue review or "
        "action</a></li><li><a href=\"{}\">Heat map</a></li><li><a href=\"{}\">Risk appetite "
        "by category</a></li></ul>",
        total, v.OrgPath("/risks/attention"), above, overdue, v.OrgPath("/risks/heat-map"),
        v.OrgPath("/risks/appetite"));
    page.content += FilterForm(v, filter);
    Table table;
    table.caption = std::to_string(risks.size()) + " of " + std::to_string(total) + " risks";
    table.headings = {"Risk", "Owner", "Current score", "Movement", "Appetite", "Next review"};
    table.wide = true;
    for (const Risk& r : risks) {
      Html title = Render("<a href=\"{}\">{}</a><br><span class=\"nhsuk-body-s\">{}</span>",
                          RiskPath(v, r.id), r.what.title, CategoryLabel(r.what.category));
      if (r.what.blocks_item_id) title += Html("<br>") + Tag("Risk of not acting", "purple");
      table.rows.push_back({title, Escape(r.owner_name), ScoreTag(r.what.current),
                            MovementText(MovementOf(r)), AppetiteCell(r, appetites),
                            ReviewCell(r, today)});
    }
    page.content += risks.empty() ? Html("<p>No risk matches. Choose other filters.</p>")
                                  : DataTable(table) + CsvLink(v.OrgPath("/risks.csv"));
  }
  if (v.Use<orgs::Board>().IsKeeper(v.caller, v.ods())) {
    page.content += Render(
        "<div class=\"nhsuk-button-group\"><a class=\"nhsuk-button\" href=\"{}\">Add a risk</a>"
        "<a class=\"nhsuk-button nhsuk-button--secondary\" href=\"{}\">Import the register</a>"
        "</div>",
        v.OrgPath("/risks/new"), v.OrgPath("/risks/import"));
  }
  return v.Show(page, "risks");
}

ScoreKind ReadScoreKind(const http::Request& request) {
  return ParseScoreKind(request.Query("score", "current")).value_or(ScoreKind::kCurrent);
}

http::Response HeatMapPage(Visit& v) {
  const ScoreKind which = ReadScoreKind(v.request);
  const std::vector<Risk> risks = v.Use<RiskRegister>().List(v.caller, v.ods());
  Page page;
  page.title = "Heat map of digital risks";
  page.before_content = BackLink(v.OrgPath("/risks"), "Back to the risk register");
  page.content += Html("<h1>Heat map of digital risks</h1>");
  const std::vector<Choice> choices{
      {"inherent", "Inherent: before any controls", {}, false},
      {"current", "Current: with the controls in place now", {}, false},
      {"target", "Target: once the agreed actions are done", {}, false}};
  page.content += Render(
      // One question with its button beneath it, as the design system lays out a form.
      "<form method=\"get\" action=\"{}\">{}{}</form>", v.OrgPath("/risks/heat-map"),
      Radios(Field{"score", "Which score to place", std::string(ToString(which)), {}, {}}, choices),
      Button("Show the heat map", "secondary"));
  if (risks.empty()) {
    page.content += Html("<p>There are no risks in the register yet, so the map is empty.</p>");
  } else {
    page.content += HeatMapGrid(v, risks, which);
    page.content += CsvLink(v.OrgPath("/risks/heat-map.csv?score=" + std::string(ToString(which))));
  }
  return v.Show(page, "risks");
}

http::Response AttentionPage(Visit& v) {
  auto& reg = v.Use<RiskRegister>();
  const std::string today = reg.Today();
  const std::vector<Risk> risks = reg.List(v.caller, v.ods());
  const auto appetites = reg.Appetites(v.caller, v.ods());
  const Attention a = FindAttention(risks, appetites, today);
  Page page;
  page.title = "Risks that need the board's attention";
  page.before_content = BackLink(v.OrgPath("/risks"), "Back to the risk register");
  page.content += Html("<h1>Risks that need the board's attention</h1>");
  page.content += Html("<h2>Above the risk appetite</h2>");
  if (a.above_appetite.empty()) {
    page.content += Html("<p>No risk's current score is above the appetite for its category.</p>");
  } else {
    Table t;
    t.caption = "Risks whose current score is above what the board tolerates for the category";
    t.headings = {"Risk", "Category", "Current score", "Appetite", "Tolerates up to"};
    for (const Risk* r : a.above_appetite) {
      const auto appetite = AppetiteFor(appetites, r->what.category);
      t.rows.push_back({Render("<a href=\"{}\">{}</a>", RiskPath(v, r->id), r->what.title),
                        Escape(CategoryLabel(r->what.category)), ScoreTag(r->what.current),
                        Escape(LevelLabel(appetite->level)),
                        Escape(std::to_string(appetite->max_score))});
    }
    page.content += DataTable(t);
  }
  page.content += Html("<h2>Overdue reviews</h2>");
  if (a.late_reviews.empty()) {
    page.content += Html("<p>Every risk has been reviewed by its date.</p>");
  } else {
    Table t;
    t.caption = "Risks past their review date";
    t.headings = {"Risk", "Owner", "Review was due"};
    for (const Risk* r : a.late_reviews) {
      t.rows.push_back({Render("<a href=\"{}\">{}</a>", RiskPath(v, r->id), r->what.title),
                        Escape(r->owner_name), Escape(DateText(r->what.review_on))});
    }
    page.content += DataTable(t);
  }
  page.content += Html("<h2>Overdue actions</h2>");
  if (a.late_actions.empty()) {
    page.content += Html("<p>No open action is past its due date.</p>");
  } else {
    Table t;
    t.caption = "Open actions past their due date";
    t.headings = {"Action", "Risk", "Owner", "Was due"};
    for (const auto& [r, action] : a.late_actions) {
      t.rows.push_back(
          {Render("<a href=\"{}\">{}</a>", v.OrgPath("/actions/" + std::to_string(action->id)),
                  action->what.title),
           Render("<a href=\"{}\">{}</a>", RiskPath(v, r->id), r->what.title),
           Escape(action->owner_name), Escape(DateText(action->what.due_on))});
    }
    page.content += DataTable(t);
  }
  page.content += CsvLink(v.OrgPath("/risks/attention.csv"));
  return v.Show(page, "risks");
}

std::vector<std::vector<std::string>> AttentionRows(Visit& v) {
  auto& reg = v.Use<RiskRegister>();
  const std::vector<Risk> risks = reg.List(v.caller, v.ods());
  const Attention a = FindAttention(risks, reg.Appetites(v.caller, v.ods()), reg.Today());
  std::vector<std::vector<std::string>> rows{{"why", "risk", "current_score", "action", "date"}};
  for (const Risk* r : a.above_appetite) {
    rows.push_back(
        {"above_appetite", r->what.title, std::to_string(Score(r->what.current)), "", ""});
  }
  for (const Risk* r : a.late_reviews) {
    rows.push_back({"review_overdue", r->what.title, std::to_string(Score(r->what.current)), "",
                    r->what.review_on});
  }
  for (const auto& [r, action] : a.late_actions) {
    rows.push_back({"action_overdue", r->what.title, std::to_string(Score(r->what.current)),
                    action->what.title, action->what.due_on});
  }
  return rows;
}

http::Response AppetitePage(Visit& v, const FieldErrors& errors) {
  auto& reg = v.Use<RiskRegister>();
  const auto appetites = reg.Appetites(v.caller, v.ods());
  const bool keeper = v.Use<orgs::Board>().IsKeeper(v.caller, v.ods());
  Page page;
  page.title = "Risk appetite";
  page.has_errors = !errors.empty();
  page.before_content = BackLink(v.OrgPath("/risks"), "Back to the risk register");
  page.content += ErrorSummary(errors);
  if (v.request.Query("done") == "saved") page.content += SuccessBanner("Risk appetite saved");
  page.content += Render(
      "<h1>Risk appetite</h1><p>How much risk the board will take in each category, in the "
      "usual words ({}), with the highest current score it tolerates. A risk scoring above it "
      "is flagged on the register.</p>",
      NamesList(LevelNames()));
  Table table;
  table.caption = "The board's risk appetite by category";
  table.headings = {"Category", "Appetite", "Highest score tolerated"};
  Html fields;
  for (const Category c : kAllCategories) {
    const auto a = AppetiteFor(appetites, c);
    table.rows.push_back({Escape(CategoryLabel(c)), Escape(a ? LevelLabel(a->level) : "Not set"),
                          Escape(a ? std::to_string(a->max_score) : "")});
    const std::string key(ToString(c));
    const auto value = [&](const std::string& name, const std::string& stored) {
      return errors.empty() ? stored : v.form.Get(name);
    };
    fields += Select(Field{"level-" + key,
                           "Appetite for " + std::string(CategoryLabel(c)),
                           value("level-" + key, a ? std::string(ToString(a->level)) : ""),
                           {},
                           std::string(errors.For("level-" + key))},
                     "Not set", LevelChoices());
    fields += TextInput(
        Field{"max-" + key,
              "Highest score tolerated for " + std::string(CategoryLabel(c)) + ", 1 to 25",
              value("max-" + key, a ? std::to_string(a->max_score) : ""),
              {},
              std::string(errors.For("max-" + key))},
        "text", "off", "nhsuk-input--width-2");
  }
  page.content += DataTable(table) + CsvLink(v.OrgPath("/risks/appetite.csv"));
  if (keeper) {
    page.content += Render(
        "<h2>Change the risk appetite</h2><form action=\"{}\" method=\"post\" novalidate>{}{}{}"
        "</form>",
        v.OrgPath("/risks/appetite"), CsrfField(v.caller.csrf_token), fields,
        Button("Save the risk appetite"));
  }
  return v.Show(page, "risks", errors.empty() ? 200 : 400);
}

http::Response SaveAppetite(Visit& v) {
  FieldErrors errors;
  std::vector<Appetite> chosen;
  for (const Category c : kAllCategories) {
    const std::string key(ToString(c));
    const std::string level = v.form.Get("level-" + key);
    const std::string max(Trim(v.form.Get("max-" + key)));
    if (level.empty() && max.empty()) continue;
    Appetite a;
    a.category = c;
    const auto parsed = ParseLevel(level);
    if (!parsed)
      errors.Add("level-" + key, "Choose the appetite for " + std::string(CategoryLabel(c)));
    a.level = parsed.value_or(AppetiteLevel::kCautious);
    const bool digits =
        !max.empty() && max.size() <= 2 && max.find_first_not_of("0123456789") == std::string::npos;
    a.max_score = digits ? std::stoi(max) : 0;
    if (a.max_score < 1 || a.max_score > kMaxScore) {
      errors.Add("max-" + key, "Enter the highest score tolerated for " +
                                   std::string(CategoryLabel(c)) +
                                   " as a whole number from 1 to 25");
    }
    chosen.push_back(a);
  }
  if (!errors.empty()) return AppetitePage(v, errors);
  auto& reg = v.Use<RiskRegister>();
  for (const Appetite& a : chosen) reg.SetAppetite(v.caller, v.ods(), a);
  return Redirect(v.OrgPath("/risks/appetite?done=saved"));
}

}  // namespace

void AddRegisterPages(http::Router& routes) {
  const Needs viewer = Needs::InOrg(Role::kViewer);
  const Needs keeper = Needs::Keeper();

  AddPage(routes, "GET", "/orgs/{ods}/risks", viewer, RegisterPage);
  AddDownload(routes, "/orgs/{ods}/risks", viewer, [](Visit& v) {
    return Download{v.ods() + "-risks", RiskTable(v.Use<RiskRegister>().List(v.caller, v.ods()))};
  });
  AddPage(routes, "GET", "/orgs/{ods}/risks/heat-map", viewer, HeatMapPage);
  AddDownload(routes, "/orgs/{ods}/risks/heat-map", viewer, [](Visit& v) {
    return Download{
        v.ods() + "-risk-heat-map",
        HeatMapRows(v.Use<RiskRegister>().List(v.caller, v.ods()), ReadScoreKind(v.request))};
  });
  AddPage(routes, "GET", "/orgs/{ods}/risks/attention", viewer, AttentionPage);
  AddDownload(routes, "/orgs/{ods}/risks/attention", viewer, [](Visit& v) {
    return Download{v.ods() + "-risks-needing-attention", AttentionRows(v)};
  });
  AddPage(routes, "GET", "/orgs/{ods}/risks/appetite", viewer,
          [](Visit& v) { return AppetitePage(v, {}); });
  AddPage(routes, "POST", "/orgs/{ods}/risks/appetite", keeper, SaveAppetite);
  AddDownload(routes, "/orgs/{ods}/risks/appetite", viewer, [](Visit& v) {
    std::vector<std::vector<std::string>> rows{{"category", "level", "max_score"}};
    for (const Appetite& a : v.Use<RiskRegister>().Appetites(v.caller, v.ods())) {
      rows.push_back({std::string(ToString(a.category)), std::string(ToString(a.level)),
                      std::to_string(a.max_score)});
    }
    return Download{v.ods() + "-risk-appetite", rows};
  });
  AddCsvImport(
      routes, "/orgs/{ods}/risks/import", keeper,
      {.title = "Import the risk register",
       .section = "risks",
       .back_path = "/risks",
       .back_label = "Back to the risk register",
       .what = "the register",
       .columns = {kRiskColumns.begin(), kRiskColumns.end()},
       .rules = Html(
           "Each line adds a risk, or updates the one with the same title. Owners are board "
           "members' names as the board list has them. Scores are whole numbers from 1 to 5, and "
           "a target may not be above the current score. Write a risk's actions in its actions "
           "cell, one a line: due date | owner | open, done or dropped | what will be done. An "
           "action with the title of one the risk has already updates it; any other joins the "
           "action log, and actions you leave out stay in the log."),
       .download_path = "/risks.csv",
       .download_label = "Download the register as it is",
       .save = [](Visit& v, const std::string& csv) {
         v.Use<RiskRegister>().Import(v.caller, v.ods(), csv, "line");
         return std::string("/risks?done=imported");
       }});
}

}  // namespace boardlens::risks
