// The strategy's versions: each with who saved it and when, the secretary's record of the
// board's approval, what changed since the board last approved it, and the CSV downloads.

#include "boardlens/base/error.hpp"
#include "boardlens/features/strategy/feature.hpp"
#include "boardlens/features/strategy/page_words.hpp"
#include "boardlens/features/strategy/strategies.hpp"

namespace boardlens::strategy {
namespace {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer
using http::Needs;

bool IsSecretary(Visit& v) { return v.org().role >= Role::kSecretary; }

std::string ApprovedText(const Version& version) {
  return version.approved_on.empty() ? std::string("Not approved")
                                     : "Approved on " + DateText(version.approved_on) +
                                           " (recorded by " + version.approved_by_name + ")";
}

Html ApprovalForm(Visit& v, const Version& version, const DateParts& date,
                  const FieldErrors& errors) {
  const std::string name = "approved_on";
  return Render("<form action=\"{}\" method=\"post\" novalidate>{}{}{}</form>",
                v.OrgPath("/strategy/versions/" + std::to_string(version.number) + "/approve"),
                CsrfField(v.caller.csrf_token),
                DateInput(Field{name,
                                "When the board approved version " + std::to_string(version.number),
                                {},
                                "For example, 12 11 2026",
                                std::string(errors.For(name))},
                          date),
                Button("Record the approval", "secondary"));
}

http::Response VersionsPage(Visit& v, const std::optional<int>& failed, const DateParts& date,
                            const FieldErrors& errors) {
  const std::vector<Version> versions = v.Use<Strategies>().Versions(v.caller, v.ods());
  Page page;
  page.title = "Versions of the strategy";
  page.has_errors = !errors.empty();
  page.before_content = BackLink(v.OrgPath("/strategy"), "Back to the strategy");
  if (v.request.Query("done") == "approved") page.content += SuccessBanner("Approval recorded");
  page.content += ErrorSummary(errors) + Html("<h1>Versions of the strategy</h1>");
  if (versions.empty()) {
    page.content += Html("<p>No version is saved yet.</p>");
    return v.Show(page, "strategy", errors.empty() ? 200 : 400);
  }
  Table table;
  table.caption = "Every save of the strategy, newest first";
  table.headings = {"Version", "Saved by", "Saved on", "Board approval"};
  for (const Version& version : versions) {
    table.rows.push_back({Escape(std::to_string(version.number)), Escape(version.saved_by_name),
                          Escape(DateText(version.saved_at)), Escape(ApprovedText(version))});
  }
  page.content += DataTable(table);
  if (IsSecretary(v)) {
    const Version& latest = versions.front();
    const Version* target = &latest;
    for (const Version& version : versions) {
      if (failed && version.number == *failed) target = &version;
    }
    page.content += Render(
        "<h2>Record the board's approval</h2><p>As the secretary, record the date the board "
        "approved the newest version.</p>{}",
        ApprovalForm(v, *target, date, errors));
  }
  page.content += Render("<p><a href=\"{}\">What changed since the board last approved it</a></p>",
                         v.OrgPath("/strategy/changes"));
  return v.Show(page, "strategy", errors.empty() ? 200 : 400);
}

/// The items of one list, each named by `name`, in a bulleted or numbered list.
template <typename T, typename Name>
Html ItemList(const std::vector<T>& items, bool numbered, Name name) {
  if (items.empty()) return Escape("None yet");
  Html out;
  for (const T& item : items) out += Render("<li>{}</li>", name(item));
  return numbered ? Render("<ol class=\"nhsuk-list nhsuk-list--number\">{}</ol>", out)
                  : Render("<ul class=\"nhsuk-list nhsuk-list--bullet\">{}</ul>", out);
}

/// Before the board approves any version there is nothing to compare with: the page says so
/// and shows what the current version holds, and offers the secretary the approval form.
Html NothingApprovedYet(Visit& v, const Strategy& current) {
  const StrategyInput& w = current.what;
  const auto row = [](std::string key, Html value) {
    return SummaryRow{std::move(key), std::move(value), {}};
  };
  const std::vector<SummaryRow> rows{
      row("Saved by",
          Escape(current.version.saved_by_name + " on " + DateText(current.version.saved_at))),
      row("Vision", Escape(w.vision)),
      row("Horizon", Escape(HorizonText(w))),
      row("Outcomes", ItemList(w.outcomes, false, [](const Outcome& o) { return o.title; })),
      row("Priorities, in rank order",
          ItemList(w.priorities, true,
                   [](const Priority& p) { return p.title + (p.top ? " (top priority)" : ""); })),
      row("What it will not do",
          ItemList(w.not_doing, false, [](const NotDoing& n) { return n.what; }))};
  Html out = Render(
      "<p>The board has not approved a version of the strategy yet, so there is nothing to "
      "compare with. Once the secretary records the board's approval, this page lists what "
      "changes after it.</p><h2>What version {} holds</h2>{}<p><a href=\"{}\">Read the whole "
      "strategy</a></p>",
      current.version.number, SummaryList(rows), v.OrgPath("/strategy"));
  if (IsSecretary(v)) {
    out += Render(
        "<h2>Record the board's approval</h2><p>As the secretary, record the date the board "
        "approved version {}.</p>{}",
        current.version.number, ApprovalForm(v, current.version, {}, {}));
  }
  return out;
}

http::Response ChangesPage(Visit& v) {
  const SinceApproval since = v.Use<Strategies>().ChangesSinceApproval(v.caller, v.ods());
  Page page;
  page.title = "What changed since the board approved the strategy";
  page.before_content = BackLink(v.OrgPath("/strategy"), "Back to the strategy");
  page.content += Html("<h1>What changed since the board approved the strategy</h1>");
  if (!since.approved) {
    page.content += NothingApprovedYet(v, since.current);
    return v.Show(page, "strategy");
  }
  page.content += Render("<p>The board approved version {} on {}. The current version is {}.</p>",
                         since.approved->number, DateText(since.approved->approved_on),
                         since.current.version.number);
  if (since.changes.empty()) {
    page.content += Html("<p>Nothing has changed since.</p>");
    return v.Show(page, "strategy");
  }
  Table table;
  table.caption = std::to_string(since.changes.size()) + " changes";
  table.headings = {"Change", "Part", "Before", "Now"};
  for (const Change& c : since.changes) {
    const std::string_view colour = c.kind == Change::Kind::kAdded     ? "green"
                                    : c.kind == Change::Kind::kRemoved ? "red"
                                                                       : "yellow";
    table.rows.push_back(
        {Tag(KindLabel(c.kind), colour), Escape(c.name.empty() ? c.part : c.part + ": " + c.name),
         Escape(c.before.empty() ? "-" : c.before), Escape(c.after.empty() ? "-" : c.after)});
  }
  page.content += DataTable(table);
  return v.Show(page, "strategy");
}

/// A list of the current strategy to download; only a header before a strategy is saved.
template <typename Table>
html::Download StrategyList(Visit& v, const std::string& name, Table table) {
  const auto current = v.Use<Strategies>().Current(v.caller, v.ods());
  return {v.ods() + "-strategy-" + name, current ? table(current->strategy.what, current->standings)
                                                 : table(StrategyInput{}, Standings{})};
}

/// A list that shows no standing.
template <auto kTable>
std::vector<std::vector<std::string>> Plain(const StrategyInput& s, const Standings&) {
  return kTable(s);
}

}  // namespace

void AddVersionPages(http::Router& routes) {
  const Needs viewer = Needs::InOrg(Role::kViewer);
  AddPage(routes, "GET", "/orgs/{ods}/strategy/versions", viewer,
          [](Visit& v) { return VersionsPage(v, std::nullopt, {}, {}); });
  AddPage(routes, "POST", "/orgs/{ods}/strategy/versions/{version}/approve",
          Needs::InOrg(Role::kSecretary), [](Visit& v) {
            const std::int64_t number = v.call.Id("version");
            if (number > 1'000'000) throw NotFound("the strategy has no such version");
            const int version = static_cast<int>(number);
            FieldErrors errors;
            DateParts date;
            const std::string on =
                ReadDate(v, errors, "approved_on", "the date the board approved it", date);
            if (errors.empty() && on.empty()) {
              errors.Add("approved_on", "Enter the date the board approved it");
            }
            if (errors.empty()) {
              CollectFieldError(errors, {"approved_on"}, [&] {
                v.Use<Strategies>().Approve(v.caller, v.ods(), version, on);
              });
            }
            if (!errors.empty()) return VersionsPage(v, version, date, errors);
            return Redirect(v.OrgPath("/strategy/versions?done=approved"));
          });
  AddPage(routes, "GET", "/orgs/{ods}/strategy/changes", viewer, ChangesPage);
  AddDownload(routes, "/orgs/{ods}/strategy/outcomes", viewer, [](Visit& v) {
    return StrategyList(v, "outcomes", [](const StrategyInput& s, const Standings& st) {
      return OutcomesTable(s, st);
    });
  });
  AddDownload(routes, "/orgs/{ods}/strategy/priorities", viewer,
              [](Visit& v) { return StrategyList(v, "priorities", Plain<PrioritiesTable>); });
  AddDownload(routes, "/orgs/{ods}/strategy/not-doing", viewer,
              [](Visit& v) { return StrategyList(v, "not-doing", Plain<NotDoingTable>); });
}

}  // namespace boardlens::strategy
