// The strategy's page (its fields, outcomes, ranked priorities and not-doing list, with the
// checks beside them) and the form for its fields.

#include <charconv>

#include "boardlens/base/error.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/features/services/page_parts.hpp"
#include "boardlens/features/strategy/feature.hpp"
#include "boardlens/features/strategy/page_parts.hpp"
#include "boardlens/features/strategy/page_words.hpp"
#include "boardlens/features/strategy/strategies.hpp"

namespace boardlens::strategy {
namespace {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer
using http::Needs;

/// The fields form's fields, as the rules name them.
const std::initializer_list<std::string_view> kFieldNames{
    "vision",         "horizon_start", "horizon_end", "reviewed_on",
    "next_review_on", "system_title",  "system_url"};

Html ChangeLink(Visit& v, const std::string& path, const std::string& name) {
  return Render("<a href=\"{}\">Change<span class=\"nhsuk-u-visually-hidden\"> {}</span></a>",
                v.OrgPath(path), name);
}

Html OrNot(const std::string& text) { return Escape(text.empty() ? "Not given" : text); }

Html StandingsSection(Visit& v, const StrategyInput& s, const Standings& standings);

Html OutcomesSection(Visit& v, const StrategyInput& s, const Standings& standings, bool keeper) {
  Html out("<h2 id=\"outcomes\">Outcomes</h2>");
  if (s.outcomes.empty()) {
    out += Html(
        "<p>No outcomes yet. An outcome says how things will be different when the strategy is "
        "delivered, measured from a baseline to a target by a date.</p>");
  } else {
    Table table;
    table.caption = "What the strategy will change, and how it is measured";
    table.headings = {"Outcome", "Measure", "Baseline", "Target", "By"};
    if (keeper) table.headings.emplace_back("Change");
    for (const Outcome& o : s.outcomes) {
      std::vector<Html> row{Escape(o.title), OrNot(o.measure), OrNot(o.baseline), OrNot(o.target),
                            Escape(o.due_on.empty() ? "Not given" : DateText(o.due_on))};
      if (keeper) {
        row.push_back(ChangeLink(v, "/strategy/outcomes/" + std::to_string(o.key), o.title));
      }
      table.rows.push_back(std::move(row));
    }
    out += DataTable(table) + CsvLink(v.OrgPath("/strategy/outcomes.csv"));
    out += StandingsSection(v, s, standings);
  }
  if (keeper) {
    out += Render("<p><a href=\"{}\">Add an outcome</a></p>", v.OrgPath("/strategy/outcomes/new"));
  }
  return out;
}

Html JudgementTag(Judgement judgement) {
  switch (judgement) {
    case Judgement::kAhead:
    case Judgement::kOnTrack:
      return Tag(JudgementLabel(judgement), "green");
    case Judgement::kBehind:
      return Tag(JudgementLabel(judgement), "red");
    default:
      break;
  }
  return Tag("Not judged", "grey");
}

/// Where each outcome linked to a measure stands: its measure's latest complete value, the
/// trajectory at that date, and the judgement the rules make (standing.hpp).
Html StandingsSection(Visit& v, const StrategyInput& s, const Standings& standings) {
  Html out;
  for (const Outcome& o : s.outcomes) {
    const auto it = standings.find(o.key);
    if (it == standings.end()) continue;
    const Standing& st = it->second;
    std::vector<SummaryRow> rows;
    if (!st.measure) {
      rows.push_back({"Measure", Escape(JudgementLabel(st.judgement)), {}});
    } else {
      const std::string& unit = st.measure->unit;
      rows.push_back({"Measure",
                      Render("<a href=\"{}\">{} — {}<span class=\"nhsuk-u-visually-hidden\">: its "
                             "chart</span></a>",
                             v.OrgPath("/measures/" + std::to_string(st.measure->id)),
                             st.measure->service, st.measure->name),
                      {}});
      if (const auto line = TrajectoryOf(o, s)) {
        rows.push_back(
            {"Trajectory",
             Escape("From " + services::ValueText(line->from, unit) + " on " +
                    DateText(line->from_date) + " to " + services::ValueText(line->to, unit) +
                    " by " + DateText(line->to_date)),
             {}});
      }
      if (st.latest) {
        rows.push_back({"Latest complete value",
                        Escape(services::ValueText(st.latest->value, unit) +
                               ", for the period from " + DateText(st.latest->date)),
                        {}});
      }
      if (st.expected) {
        rows.push_back(
            {"Trajectory at that date", Escape(services::ValueText(*st.expected, unit)), {}});
      }
      rows.push_back({"Where it stands",
                      st.judgement == Judgement::kNotJudged || st.judgement == Judgement::kNoValue
                          ? Escape(JudgementLabel(st.judgement))
                          : JudgementTag(st.judgement),
                      {}});
    }
    out += Render("<h3>{}</h3>", o.title) + SummaryList(rows);
  }
  if (out.empty()) return out;
  return Html(
             "<p>Outcomes linked to a measure from the services register, each against the "
             "straight line from its baseline to its target. The value is the latest for a "
             "month or week that is over.</p>") +
         out;
}

Html PrioritiesSection(Visit& v, const StrategyInput& s, bool keeper) {
  Html out("<h2 id=\"priorities\">Priorities</h2>");
  if (s.priorities.empty()) {
    out += Html("<p>No priorities yet. Rank them, and mark the few that come first as top.</p>");
  } else {
    Table table;
    table.caption = "Priorities in rank order";
    table.headings = {"Rank", "Priority", "What it means"};
    if (keeper) table.headings.emplace_back("Change");
    for (std::size_t i = 0; i < s.priorities.size(); ++i) {
      const Priority& p = s.priorities[i];
      std::vector<Html> row{
          Escape(std::to_string(i + 1)),
          p.top ? Render("{} {}", p.title, Tag("Top priority", "blue")) : Escape(p.title),
          OrNot(p.description)};
      if (keeper) {
        row.push_back(ChangeLink(v, "/strategy/priorities/" + std::to_string(p.key), p.title));
      }
      table.rows.push_back(std::move(row));
    }
    out += DataTable(table) + CsvLink(v.OrgPath("/strategy/priorities.csv"));
  }
  if (keeper) {
    out +=
        Render("<p><a href=\"{}\">Add a priority</a></p>", v.OrgPath("/strategy/priorities/new"));
  }
  return out;
}

Html NotDoingSection(Visit& v, const StrategyInput& s, bool keeper) {
  Html out("<h2 id=\"not-doing\">What we will not do</h2>");
  if (s.not_doing.empty()) {
    out += Html("<p>Nothing yet. Say what the organisation has chosen not to do, and why.</p>");
  } else {
    Table table;
    table.caption = "What the strategy will not do, and why";
    table.headings = {"Not doing", "Why not"};
    if (keeper) table.headings.emplace_back("Change");
    for (const NotDoing& n : s.not_doing) {
      std::vector<Html> row{Escape(n.what), Escape(n.reason)};
      if (keeper) {
        row.push_back(ChangeLink(v, "/strategy/not-doing/" + std::to_string(n.key), n.what));
      }
      table.rows.push_back(std::move(row));
    }
    out += DataTable(table) + CsvLink(v.OrgPath("/strategy/not-doing.csv"));
  }
  if (keeper) {
    out += Render("<p><a href=\"{}\">Add something the strategy will not do</a></p>",
                  v.OrgPath("/strategy/not-doing/new"));
  }
  return out;
}

http::Response StrategyPage(Visit& v) {
  const auto current = v.Use<Strategies>().Current(v.caller, v.ods());
  const bool keeper = v.Use<orgs::Board>().IsKeeper(v.caller, v.ods());
  Page page;
  page.title = "Digital strategy";
  if (v.request.Query("done") == "saved") {
    page.content += SuccessBanner("Strategy saved", "The change is saved as a new version.");
  }
  page.content += Html("<h1>Digital strategy</h1>");
  if (!current) {
    page.content += Html(
        "<p>No digital strategy is recorded yet. Record its vision, its horizon and how it "
        "links to the system's strategy; then its outcomes, ranked priorities and what it will "
        "not do. Each save is kept as a version for the board to approve.</p>");
    if (keeper) {
      page.content += Render("<a class=\"nhsuk-button\" href=\"{}\">Record the strategy</a>",
                             v.OrgPath("/strategy/edit"));
    }
    return v.Show(page, "strategy");
  }
  const Strategy& s = current->strategy;
  const StrategyInput& w = s.what;
  page.content += ChecksPanel(current->findings);
  const auto row = [](std::string key, Html value) {
    return SummaryRow{std::move(key), std::move(value), {}};
  };
  std::vector<SummaryRow> rows{
      row("Vision", Escape(w.vision)),
      row("Horizon", Escape(HorizonText(w))),
      row("Last reviewed by the board",
          Escape(w.reviewed_on.empty() ? "Not recorded" : DateText(w.reviewed_on))),
      row("Next review",
          Escape(w.next_review_on.empty() ? "Not planned" : DateText(w.next_review_on))),
      row("System strategy", w.system_title.empty() ? Escape("Not linked")
                             : w.system_url.empty()
                                 ? Escape(w.system_title)
                                 : Render("<a href=\"{}\">{}</a>", w.system_url, w.system_title)),
      row("Version", Escape(std::to_string(s.version.number) + ", saved by " +
                            s.version.saved_by_name + " on " + DateText(s.version.saved_at))),
      row("Board approval", Escape(s.version.approved_on.empty()
                                       ? "This version is not yet approved"
                                       : "Approved on " + DateText(s.version.approved_on)))};
  page.content += Html("<h2>The strategy</h2>") + SummaryList(rows);
  if (keeper) {
    page.content += Render(
        "<a class=\"nhsuk-button nhsuk-button--secondary\" href=\"{}\">Change the vision, "
        "horizon, reviews or system link</a>",
        v.OrgPath("/strategy/edit"));
  }
  page.content += OutcomesSection(v, w, current->standings, keeper);
  page.content += PrioritiesSection(v, w, keeper);
  page.content += NotDoingSection(v, w, keeper);
  // The portfolio sits above the strategy; a link by address is all the strategy knows of it.
  page.content += Render(
      "<h2>Delivering it</h2><p><a href=\"{}\">The portfolio</a>: the programmes and projects "
      "that deliver the strategy, the priorities each serves, their delivery confidence and "
      "benefits.</p>",
      v.OrgPath("/portfolio"));
  page.content += Render(
      "<h2>Versions</h2><p><a href=\"{}\">What changed since the board last approved it</a></p>"
      "<p><a href=\"{}\">Every version, and the board's approvals</a></p>",
      v.OrgPath("/strategy/changes"), v.OrgPath("/strategy/versions"));
  return v.Show(page, "strategy");
}

/// The fields form; on a sent form with problems, each field shows as it was typed.
http::Response FieldsForm(Visit& v, const StrategyInput& in, const DateParts& reviewed,
                          const DateParts& next, const FieldErrors& errors) {
  const auto field = [&](const char* name, const char* label, std::string value,
                         std::string hint = {}) {
    if (!errors.empty()) value = v.form.Get(name);
    return Field{name, label, std::move(value), std::move(hint), std::string(errors.For(name))};
  };
  const auto year = [](int y) { return y == 0 ? std::string() : std::to_string(y); };
  Page page;
  page.title = "The strategy's vision, horizon and links";
  page.has_errors = !errors.empty();
  page.before_content = BackLink(v.OrgPath("/strategy"), "Back to the strategy");
  Html fields = CharacterCount(field("vision", "Vision", in.vision,
                                     "How digital will help the organisation, in a few lines"),
                               kMaxVisionLength, 4);
  fields += TextInput(
      field("horizon_start", "First year it covers", year(in.horizon_start), "For example, 2025"),
      "text", "off", "nhsuk-input--width-4");
  fields += TextInput(field("horizon_end", "Last year it covers", year(in.horizon_end),
                            "The guidance advises no more than five years"),
                      "text", "off", "nhsuk-input--width-4");
  fields += DateInput(field("reviewed_on", "When the board last reviewed it (optional)", {},
                            "For example, 14 3 2026"),
                      reviewed);
  fields += DateInput(field("next_review_on", "When the board will next review it (optional)", {},
                            "For example, 14 3 2027"),
                      next);
  fields += TextInput(field("system_title", "The system strategy it supports (optional)",
                            in.system_title, "The integrated care system's strategy, by title"));
  fields += TextInput(field("system_url", "Where the system strategy is published (optional)",
                            in.system_url, "A web address starting https://"),
                      "url");
  page.content = Render(
      "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">{}<h1>{}</h1>"
      "<form action=\"{}\" method=\"post\" novalidate>{}{}{}</form></div></div>",
      ErrorSummary(errors), page.title, v.OrgPath("/strategy/edit"), CsrfField(v.caller.csrf_token),
      fields, Button("Save the strategy"));
  return v.Show(page, "strategy", errors.empty() ? 200 : 400);
}

int ReadYear(Visit& v, FieldErrors& errors, const char* name, const char* what) {
  const std::string text(Trim(v.form.Get(name)));
  int year = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), year);
  if (text.size() != 4 || ec != std::errc() || end != text.data() + text.size()) {
    errors.Add(name, std::string("Enter the ") + what + " as 4 digits, for example 2025");
    return 0;
  }
  return year;
}

}  // namespace

void AddPages(http::Router& routes) {
  const Needs viewer = Needs::InOrg(Role::kViewer);
  const Needs keeper = Needs::Keeper();
  AddPage(routes, "GET", "/orgs/{ods}/strategy", viewer, StrategyPage);
  AddPage(routes, "GET", "/orgs/{ods}/strategy/edit", keeper, [](Visit& v) {
    const auto current = v.Use<Strategies>().Current(v.caller, v.ods());
    StrategyInput in = current ? current->strategy.what : StrategyInput{};
    return FieldsForm(v, in, DateParts::Of(in.reviewed_on), DateParts::Of(in.next_review_on), {});
  });
  AddPage(routes, "POST", "/orgs/{ods}/strategy/edit", keeper, [](Visit& v) {
    auto& strategies = v.Use<Strategies>();
    const auto current = strategies.Current(v.caller, v.ods());
    StrategyInput in = current ? current->strategy.what : StrategyInput{};
    FieldErrors errors;
    in.vision = v.form.Get("vision");
    in.horizon_start = ReadYear(v, errors, "horizon_start", "first year");
    in.horizon_end = ReadYear(v, errors, "horizon_end", "last year");
    DateParts reviewed;
    DateParts next;
    in.reviewed_on = ReadDate(v, errors, "reviewed_on", "the date of the last review", reviewed);
    in.next_review_on = ReadDate(v, errors, "next_review_on", "the date of the next review", next);
    in.system_title = v.form.Get("system_title");
    in.system_url = v.form.Get("system_url");
    StrategyInput checked = in;
    AddRuleErrors(errors, kFieldNames, [&] { CheckStrategy(checked); });
    if (errors.empty()) {
      CollectFieldError(errors, kFieldNames, [&] { strategies.Save(v.caller, v.ods(), in); });
    }
    if (!errors.empty()) return FieldsForm(v, in, reviewed, next, errors);
    return Redirect(v.OrgPath("/strategy?done=saved"));
  });
}

}  // namespace boardlens::strategy
