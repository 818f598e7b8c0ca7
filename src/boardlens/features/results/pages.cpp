// A closed round's results for the whole board: where it stands, where it disagrees, what it
// cannot judge, how executives and non-executives differ and how it compares with peers.
// Each chart has its numbers in a table beside it.

#include <algorithm>
#include <array>
#include <cmath>

#include <fmt/format.h>

#include "boardlens/features/actions/page_parts.hpp"
#include "boardlens/features/frameworks/page_parts.hpp"
#include "boardlens/features/results/feature.hpp"
#include "boardlens/features/results/figures.hpp"
#include "boardlens/features/results/results.hpp"
#include "boardlens/features/rounds/page_parts.hpp"
#include "boardlens/html/charts.hpp"
#include "boardlens/html/page.hpp"

namespace boardlens::results {
namespace {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer
using http::Needs;
using rounds::RoundPath;

/// A statistic to one decimal place, or why it is not shown.
Html StatText(const Stat& stat) {
  if (stat.value) return Escape(OneDecimal(*stat.value));
  return Render("<span class=\"nhsuk-u-secondary-text-colour\">Not shown: {}</span>", stat.reason);
}

Html DifferenceText(const Stat& difference, const Stat& a, const Stat& b) {
  const auto shown = ShownDifference(difference, a, b);
  return shown ? Escape(*shown) : StatText(difference);
}

Html Percent(const Stat& stat) {
  return stat.value ? Escape(fmt::format("{:.0f}%", *stat.value * 100)) : StatText(stat);
}

/// The two items the board rated lowest, with their means: worth talking about even when no
/// flag is raised. Empty when no item has a mean.
Html LowestRated(const ResultsView& view) {
  std::vector<std::size_t> rated;
  for (std::size_t i = 0; i < view.results.items.size(); ++i) {
    if (view.results.items[i].mean.value) rated.push_back(i);
  }
  if (rated.empty()) return {};
  const auto mean_of = [&](std::size_t i) { return *view.results.items[i].mean.value; };
  std::stable_sort(rated.begin(), rated.end(),
                   [&](std::size_t a, std::size_t b) { return mean_of(a) < mean_of(b); });
  rated.resize(std::min<std::size_t>(rated.size(), 2));
  const auto& fw = view.round.framework.framework;
  std::vector<Html> named;
  named.reserve(rated.size());
  for (const std::size_t i : rated) {
    named.push_back(Render("{} ({})", fw.items.at(i).title, OneDecimal(mean_of(i))));
  }
  return named.size() == 1
             ? Render("<p>Lowest rated this round: {}.</p>", named[0])
             : Render("<p>Lowest rated this round: {} and {}.</p>", named[0], named[1]);
}

Html Conversations(const ResultsView& view) {
  Html items;
  const auto& fw = view.round.framework.framework;
  for (std::size_t i = 0; i < view.results.items.size(); ++i) {
    const auto sentences = FlagSentences(view.results.items[i]);
    if (sentences.empty()) continue;
    Html list;
    for (const auto& s : sentences) list += Render("<li>{}</li>", s);
    items += Render("<h3>{}</h3><ul>{}</ul>", fw.items.at(i).title, list);
  }
  const bool any_figures =
      std::any_of(view.results.items.begin(), view.results.items.end(),
                  [](const ItemResult& r) { return r.mean.value.has_value(); });
  // Agreement is only said where there are figures to show it: no data is never reassurance.
  const Html none =
      any_figures ? Html(
                        "<p>No item is flagged: the board broadly agrees, knows enough to "
                        "answer and shares one view across executives and non-executives.</p>")
                  : Html(
                        "<p>No item had enough ratings for its figures to be shown, so this "
                        "round cannot say where the board agrees or disagrees.</p>");
  return Render("<h2 id=\"conversations\">What to talk about</h2>{}{}", LowestRated(view),
                items.empty() ? none : items);
}

/// A table with a row per item: its title, then `cells(item result)`.
template <typename Cells>
Table PerItem(const ResultsView& view, std::string caption, std::vector<std::string> headings,
              Cells cells) {
  Table table{std::move(caption), std::move(headings), {}, true};
  const auto& fw = view.round.framework.framework;
  for (std::size_t i = 0; i < view.results.items.size(); ++i) {
    std::vector<Html> row{Escape(fw.items.at(i).title)};
    for (Html& cell : cells(view.results.items[i])) row.push_back(std::move(cell));
    table.rows.push_back(std::move(row));
  }
  return table;
}

Html Overview(const ResultsView& view) {
  const auto no_previous = HiddenEverywhere(view, &ItemResult::previous_mean);
  std::vector<std::string> headings{"Item", "This round"};
  if (!no_previous) headings.insert(headings.end(), {"Previous round", "Change"});
  const Table table =
      PerItem(view, "Mean rating of each item, 1 to 5", headings, [&](const ItemResult& r) {
        std::vector<Html> cells{StatText(r.mean)};
        if (!no_previous) {
          cells.insert(cells.end(), {StatText(r.previous_mean),
                                     DifferenceText(r.change, r.mean, r.previous_mean)});
        }
        return cells;
      });
  return Render(
      "<h2 id=\"overview\">Where the board stands</h2>{}<div class=\"bl-chart-pair\">"
      "<div class=\"bl-chart-pair__chart\">{}</div><div class=\"bl-chart-pair__table\">{}</div>"
      "</div>",
      no_previous ? Render("<p>No comparison with an earlier round: {}.</p>", *no_previous)
                  : Html(),
      MeanRadar(view), DataTable(table));
}

/// One item's dot plot, for the whole board or split by membership, with its table.
Html SpreadOf(const ItemResult& r, const std::string& title, bool by_membership) {
  const GroupAnswers all{r.distribution, r.dont_know};
  const bool split = by_membership && r.by_membership;
  Table table{"Answers to " + title, {"Answer", "Members"}, {}, true};
  std::vector<std::array<int, 6>> columns{Counts(all)};
  if (split) {
    table.headings = {"Answer", "Executives", "Non-executives"};
    columns = {Counts(r.by_membership->first), Counts(r.by_membership->second)};
  }
  for (std::size_t c = 0; c < 6; ++c) {
    std::vector<Html> row{c < 5 ? ToHtml(c + 1) : Html("Don't know")};
    for (const auto& counts : columns) row.push_back(ToHtml(counts.at(c)));
    table.rows.push_back(std::move(row));
  }
  return Render(
      "{}<div class=\"bl-chart-pair\"><div class=\"bl-chart-pair__chart\">{}</div>"
      "<div class=\"bl-chart-pair__table\"><p class=\"nhsuk-body-s\">Median {}, middle half "
      "{} to {}, {} within one level of the median.</p>{}</div></div>",
      by_membership && !split
          ? Render("<p>Executives and non-executives are not shown separately for this item: "
                   "{}.</p>",
                   r.exec_mean.reason)
          : Html(),
      SpreadPlot(r, title, by_membership), OneDecimal(*r.median.value),
      OneDecimal(r.q1.value.value_or(0)), OneDecimal(r.q3.value.value_or(0)), Percent(r.agreement),
      // Folded away, so that eight stacked tables do not make the page endless on a phone;
      // the chart's own description already reads the counts out.
      Details("Answers to " + title + " as a table", DataTable(table)));
}

/// The spread of every item's answers, each with why it matters; `path` is the results page's,
/// to switch the split, and `org_path` the organisation's.
Html Spreads(const ResultsView& view, bool by_membership, const std::string& path,
             const std::string& org_path) {
  Html out = Render(
      "<h2 id=\"spread\">How the answers spread</h2><p>Each dot is one member's answer: a "
      "rating from 1 to 5, or \"don't know\", which is set apart on the right. The bar under "
      "the ratings covers the middle half of them, and the tick across it marks the median."
      "</p>{}",
      by_membership
          ? Render("<p>Circles are executives and triangles are non-executives. Where too few "
                   "on either side answered to keep their answers anonymous, the item shows "
                   "the whole board. <a href=\"{}#spread\">Show the whole board together</a>"
                   "</p>",
                   path)
          : Render("<p><a href=\"{}?by=membership#spread\">Show executives and non-executives "
                   "separately</a></p>",
                   path));
  const auto& fw = view.round.framework.framework;
  for (std::size_t i = 0; i < view.results.items.size(); ++i) {
    const ItemResult& r = view.results.items[i];
    const std::string& title = fw.items.at(i).title;
    out += Render("<h3>{}</h3>{}", title, frameworks::WhyItMatters(org_path, fw, fw.items.at(i)));
    out += r.median.value ? SpreadOf(r, title, by_membership)
                          : Render("<p>Not shown: {}. {} said they don't know.</p>",
                                   r.median.reason, r.dont_know);
  }
  return out;
}

Html Ownership(const ResultsView& view, const Thresholds& thresholds) {
  const Table table =
      PerItem(view, "Mean rating by membership; gap is executives minus non-executives",
              {"Item", "Executives", "Non-executives", "Gap"}, [](const ItemResult& r) {
                return std::vector<Html>{StatText(r.exec_mean), StatText(r.ned_mean),
                                         DifferenceText(r.gap, r.exec_mean, r.ned_mean)};
              });
  const auto hidden = HiddenEverywhere(view, &ItemResult::exec_mean);
  return Render(
      "<h2 id=\"ownership\">Executives and non-executives</h2><p>Digital is owned by the whole "
      "board. A gap of a whole level or more is flagged above. A group's mean needs at least {} "
      "ratings, so no one's answer can be worked out.</p>{}",
      thresholds.min_ratings,
      hidden && HiddenEverywhere(view, &ItemResult::ned_mean)
          ? Html("<p>Not shown for any item: too few executives or non-executives rated it.</p>")
          : DataTable(table));
}

/// "6 other organisations: 5 trusts and 1 integrated care board".
std::string PeersWho(const std::map<std::string, int>& kinds) {
  int total = 0;
  std::vector<std::string> parts;
  for (const auto& [kind, n] : kinds) {
    total += n;
    const bool icb = kind == "icb";
    parts.push_back(std::to_string(n) + " " +
                    (icb ? (n == 1 ? "integrated care board" : "integrated care boards")
                         : (n == 1 ? "trust" : "trusts")));
  }
  std::string out =
      std::to_string(total) + (total == 1 ? " other organisation" : " other organisations");
  if (parts.size() > 1)
    out += ": " + parts[0] + " and " + parts[1];
  else if (!parts.empty())
    out += ", all " + parts[0].substr(parts[0].find(' ') + 1);
  return out;
}

Html Peers(const ResultsView& view, const Thresholds& thresholds) {
  const Table table =
      PerItem(view, "Standing among peer organisations using the same framework",
              {"Item", "Percentile", "In words"}, [](const ItemResult& r) {
                if (!r.percentile.value) return std::vector<Html>{StatText(r.percentile), Html()};
                return std::vector<Html>{Escape(fmt::format("{:.0f}", *r.percentile.value)),
                                         Escape(StandingWords(r.standing))};
              });
  const auto peers_hidden = HiddenEverywhere(view, &ItemResult::percentile);
  return Render(
      "<h2 id=\"peers\">Compared with peers</h2><p>Peers are the other organisations in "
      "boardlens that use this framework, each with its latest round to close on or before "
      "this one. Here there are {}. They are never named.</p><p>The percentile is the share of "
      "peers "
      "whose mean rating of an item is below this board's, with ties counted half: 50 is the "
      "middle, and above 50 the board rates itself higher than most. An item needs at least {} "
      "peers to be compared.</p>{}",
      PeersWho(view.peer_kinds), thresholds.peer_min_organisations,
      peers_hidden ? Render("<p>Not shown for any item: {}.</p>", *peers_hidden)
                   : DataTable(table));
}

/// A warning of who answered, where the results rest on one side or compare unlike rounds.
Html TurnoutCallout(const ResultsView& view) {
  if (view.turnout_warnings.empty()) return Html();
  Html body;
  for (const std::string& w : view.turnout_warnings) body += Render("<p>{}</p>", w);
  return WarningCallout("Read these results with care", body);
}

}  // namespace

/// Every figure of the page, an item a row, at full precision; empty where a value is hidden.
std::vector<std::vector<std::string>> ResultsCsv(const ResultsView& view) {
  std::vector<std::vector<std::string>> rows{
      {"item",     "title",   "ratings",       "dont_know", "mean",           "median",
       "q1",       "q3",      "iqr",           "agreement", "dont_know_rate", "exec_mean",
       "ned_mean", "gap",     "previous_mean", "change",    "percentile",     "peers",
       "rated_1",  "rated_2", "rated_3",       "rated_4",   "rated_5",        "flags"}};
  const auto number = [](const Stat& s) {
    return s.value ? fmt::format("{}", *s.value) : std::string();
  };
  const auto& fw = view.round.framework.framework;
  for (std::size_t i = 0; i < view.results.items.size(); ++i) {
    const ItemResult& r = view.results.items[i];
    std::vector<std::string> row{r.item, fw.items.at(i).title, std::to_string(r.n),
                                 std::to_string(r.dont_know)};
    for (const Stat* s :
         {&r.mean, &r.median, &r.q1, &r.q3, &r.iqr, &r.agreement, &r.dont_know_rate, &r.exec_mean,
          &r.ned_mean, &r.gap, &r.previous_mean, &r.change, &r.percentile}) {
      row.push_back(number(*s));
    }
    row.push_back(std::to_string(r.peers));
    for (const int count : r.distribution) {
      row.push_back(r.mean.value ? std::to_string(count) : std::string());
    }
    std::string flags;
    for (const auto& name : FlagNames(r.flags)) flags += (flags.empty() ? "" : " ") + name;
    row.push_back(flags);
    rows.push_back(std::move(row));
  }
  return rows;
}

void AddPages(http::Router& routes) {
  AddDownload(routes, "/orgs/{ods}/rounds/{round}/results", Needs::InOrg(Role::kViewer),
              [](Visit& v) {
                const Id id = v.call.Id("round");
                return Download{v.ods() + "-round-" + std::to_string(id) + "-results",
                                ResultsCsv(*v.Use<Results>().Of(v.caller, v.ods(), id))};
              });

  AddPage(
      routes, "GET", "/orgs/{ods}/rounds/{round}/results", Needs::InOrg(Role::kViewer),
      [](Visit& v) {
        const auto view = v.Use<Results>().Of(v.caller, v.ods(), v.call.Id("round"));
        const auto& round = view->round.round;
        const auto& counts = view->results.respondents;
        Page page;
        page.title = "Results: " + round.title;
        page.before_content = BackLink(RoundPath(v, round.id), "Back to the round");
        if (counts.total() == 0) {
          page.content = Render(
              "<span class=\"nhsuk-caption-l\">{}</span><h1>Results: {}</h1>{}"
              "<div class=\"nhsuk-inset-text\"><span class=\"nhsuk-u-visually-hidden\">"
              "Information: </span><p>Nobody answered this round, so it has no results: "
              "nothing can be said about where the board agrees or disagrees.</p></div>",
              v.org().name, round.title,
              SummaryList({{"Closed on", Escape(DateText(round.closed_on)), {}},
                           {"Framework", Escape(view->round.framework.framework.title), {}},
                           {"Answered by", Html("Nobody"), {}}}));
          return v.Show(page, "rounds");
        }
        page.content = Render(
            "<span class=\"nhsuk-caption-l\">{}</span><h1>Results: {}</h1>{}"
            "<nav class=\"nhsuk-contents-list\" aria-label=\"Sections\"><h2 "
            "class=\"nhsuk-u-visually-hidden\">Contents</h2><ol "
            "class=\"nhsuk-contents-list__list\">"
            "<li class=\"nhsuk-contents-list__item\"><a class=\"nhsuk-contents-list__link\" "
            "href=\"#conversations\">What to talk about</a></li>"
            "<li class=\"nhsuk-contents-list__item\"><a class=\"nhsuk-contents-list__link\" "
            "href=\"#overview\">Where the board stands</a></li>"
            "<li class=\"nhsuk-contents-list__item\"><a class=\"nhsuk-contents-list__link\" "
            "href=\"#spread\">How the answers spread</a></li>"
            "<li class=\"nhsuk-contents-list__item\"><a class=\"nhsuk-contents-list__link\" "
            "href=\"#ownership\">Executives and non-executives</a></li>"
            "<li class=\"nhsuk-contents-list__item\"><a class=\"nhsuk-contents-list__link\" "
            "href=\"#peers\">Compared with peers</a></li>"
            "<li class=\"nhsuk-contents-list__item\"><a class=\"nhsuk-contents-list__link\" "
            "href=\"#response\">Management response</a></li>"
            "<li class=\"nhsuk-contents-list__item\"><a class=\"nhsuk-contents-list__link\" "
            "href=\"#actions\">Actions</a></li></ol></nav>{}{}{}{}{}{}{}{}",
            v.org().name, round.title,
            SummaryList({
                {"Closed on", Escape(DateText(round.closed_on)), {}},
                {"Framework", Escape(view->round.framework.framework.title), {}},
                {"Answered by",
                 Render("{} members ({} executive, {} non-executive)", counts.total(),
                        counts.executive, counts.non_executive),
                 {}},
                {"Overall score", StatText(view->results.overall), {}},
            }),
            TurnoutCallout(*view) +
                Render(
                    "<p><a href=\"{}\" download>Download every figure on this page (CSV)</a></p>",
                    RoundPath(v, round.id, "/results.csv")),
            Conversations(*view), Overview(*view),
            Spreads(*view, v.request.Query("by") == "membership",
                    RoundPath(v, round.id, "/results"), v.OrgPath()),
            Ownership(*view, v.Use<Results>().settings().thresholds),
            Peers(*view, v.Use<Results>().settings().thresholds), ResponseSection(v, round.id),
            actions::ResultsPanel(v, view->round));
        return v.Show(page, "rounds");
      });
}

}  // namespace boardlens::results
