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

std::string Signed(double v) { return (v > 0 ? "+" : "") + OneDecimal(v); }

Html SignedText(const Stat& stat) {
  return stat.value ? Escape(Signed(*stat.value)) : StatText(stat);
}

/// A figure as the page shows it, read back, so sums of shown figures agree with the page.
double OneDecimalValue(double v) { return std::stod(OneDecimal(v)); }

/// `a - b` as the page shows it: the difference of the two figures as shown, so that the
/// figures on a page add up (3.1 and 2.9 differ by +0.2, whatever the unrounded means).
Html DifferenceText(const Stat& difference, const Stat& a, const Stat& b) {
  if (!difference.value || !a.value || !b.value) return SignedText(difference);
  const double shown = OneDecimalValue(*a.value) - OneDecimalValue(*b.value);
  return Escape(Signed(std::fabs(shown) < 0.05 ? 0.0 : shown));
}

Html Percent(const Stat& stat) {
  return stat.value ? Escape(fmt::format("{:.0f}%", *stat.value * 100)) : StatText(stat);
}

/// "3 members rate it 1" / "1 member rates it 5".
std::string RateWords(int members, int rating) {
  return fmt::format("{} {} it {}", members, members == 1 ? "member rates" : "members rate",
                     rating);
}

/// How the ratings spread, named by their ends: "they run from 2 to 4: 4 members rate it 2
/// and 4 members rate it 4". The spread is what a disagreement is, so the sentence says that
/// rather than repeat a statistic.
std::string SpreadWords(const std::array<int, 5>& distribution) {
  int low = 0;
  while (low < 5 && distribution.at(static_cast<std::size_t>(low)) == 0) ++low;
  int high = 4;
  while (high > low && distribution.at(static_cast<std::size_t>(high)) == 0) --high;
  if (low >= 5) return "the ratings are spread widely";
  return fmt::format("they run from {} to {}: {} and {}", low + 1, high + 1,
                     RateWords(distribution.at(static_cast<std::size_t>(low)), low + 1),
                     RateWords(distribution.at(static_cast<std::size_t>(high)), high + 1));
}

/// The flags of one item, each in a sentence a board can act on.
std::vector<std::string> FlagSentences(const ItemResult& r) {
  std::vector<std::string> out;
  if ((r.flags & kDisagreement) != 0) {
    out.push_back("Views differ: " + SpreadWords(r.distribution) +
                  ". Ask why before agreeing a position.");
  }
  if ((r.flags & kBlindSpot) != 0) {
    out.push_back(fmt::format(
        "Blind spot: {:.0f}% of those who answered said they don't know. The board may not be "
        "getting the information it needs here.",
        r.dont_know_rate.value.value_or(0) * 100));
  }
  if ((r.flags & kOwnershipGap) != 0) {
    // The flag carries both means, so the sentence uses them as the table shows them.
    const double gap = OneDecimalValue(r.exec_mean.value.value_or(0)) -
                       OneDecimalValue(r.ned_mean.value.value_or(0));
    out.push_back(fmt::format(
        "Executives and non-executives see this differently: executives rate it {} of a level "
        "{} on average. Shared ownership needs a shared view.",
        OneDecimal(std::fabs(gap)), gap > 0 ? "higher" : "lower"));
  }
  return out;
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

/// When no item has a value for `stat`, the distinct reasons why, joined; else nullopt. A
/// page then says it once instead of in every row.
std::optional<std::string> HiddenEverywhere(const ResultsView& view, Stat ItemResult::*stat) {
  std::vector<std::string> reasons;
  for (const ItemResult& r : view.results.items) {
    if ((r.*stat).value) return std::nullopt;
    if (std::find(reasons.begin(), reasons.end(), (r.*stat).reason) == reasons.end()) {
      reasons.push_back((r.*stat).reason);
    }
  }
  if (reasons.empty()) return std::nullopt;
  std::string joined = reasons.front();
  for (std::size_t i = 1; i < reasons.size(); ++i) joined += "; " + reasons[i];
  return joined;
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
  std::vector<std::string> axes;
  RadarSeries now{"This round", {}, false};
  RadarSeries before{"Previous round", {}, true};
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
  const auto& fw = view.round.framework.framework;
  for (std::size_t i = 0; i < view.results.items.size(); ++i) {
    axes.push_back(fw.items.at(i).title);
    now.values.push_back(view.results.items[i].mean.value);
    before.values.push_back(view.results.items[i].previous_mean.value);
  }
  std::vector<RadarSeries> series{now};
  if (!no_previous) series.push_back(before);
  std::string description = "Mean rating of each item this round";
  description += no_previous ? "." : ", with the previous round's as a dashed outline.";
  description += " The table that follows gives the same numbers.";
  return Render(
      "<h2 id=\"overview\">Where the board stands</h2>{}<div class=\"bl-chart-pair\">"
      "<div class=\"bl-chart-pair__chart\">{}</div><div class=\"bl-chart-pair__table\">{}</div>"
      "</div>",
      no_previous ? Render("<p>No comparison with an earlier round: {}.</p>", *no_previous)
                  : Html(),
      RadarChart({"radar", "Mean rating by item", description}, axes, series), DataTable(table));
}

/// A side's answers as a dot plot's counts: ratings 1 to 5, then "don't know".
std::array<int, 6> Counts(const GroupAnswers& answers) {
  std::array<int, 6> counts{};
  std::copy(answers.rated.begin(), answers.rated.end(), counts.begin());
  counts.back() = answers.dont_know;
  return counts;
}

/// "1 rated 1, 0 rated 2, 3 rated 3, 0 rated 4, 2 rated 5 and 2 don't know".
std::string CountWords(const GroupAnswers& answers) {
  std::string words;
  for (std::size_t level = 0; level < answers.rated.size(); ++level) {
    words +=
        fmt::format("{}{} rated {}", level == 0 ? "" : ", ", answers.rated.at(level), level + 1);
  }
  return words + fmt::format(" and {} don't know", answers.dont_know);
}

/// One item's dot plot, for the whole board or split by membership, with its table.
Html SpreadOf(const ItemResult& r, const std::string& title, bool by_membership) {
  const GroupAnswers all{r.distribution, r.dont_know};
  const bool split = by_membership && r.by_membership;
  std::vector<DotGroup> groups{{"Members", Counts(all), DotShape::kCircle}};
  Table table{"Answers to " + title, {"Answer", "Members"}, {}, true};
  std::string counts = CountWords(all);
  if (split) {
    const auto& [exec, ned] = *r.by_membership;
    groups = {{"Executives", Counts(exec), DotShape::kCircle},
              {"Non-executives", Counts(ned), DotShape::kTriangle}};
    table.headings = {"Answer", "Executives", "Non-executives"};
    counts = "Executives: " + CountWords(exec) + ". Non-executives: " + CountWords(ned);
  }
  for (std::size_t c = 0; c < 6; ++c) {
    std::vector<Html> row{c < 5 ? ToHtml(c + 1) : Html("Don't know")};
    for (const DotGroup& g : groups) row.push_back(ToHtml(g.counts.at(c)));
    table.rows.push_back(std::move(row));
  }
  const Spread spread{*r.median.value, r.q1.value.value_or(0), r.q3.value.value_or(0)};
  const std::string description =
      fmt::format("{}. Median {}, middle half from {} to {}.", counts, OneDecimal(spread.median),
                  OneDecimal(spread.q1), OneDecimal(spread.q3));
  return Render(
      "{}<div class=\"bl-chart-pair\"><div class=\"bl-chart-pair__chart\">{}</div>"
      "<div class=\"bl-chart-pair__table\"><p class=\"nhsuk-body-s\">Median {}, middle half "
      "{} to {}, {} within one level of the median.</p>{}</div></div>",
      by_membership && !split
          ? Render("<p>Executives and non-executives are not shown separately for this item: "
                   "{}.</p>",
                   r.exec_mean.reason)
          : Html(),
      DotPlot({"dots-" + r.item, "Spread of answers to " + title, description}, groups, spread),
      OneDecimal(spread.median), OneDecimal(spread.q1), OneDecimal(spread.q3), Percent(r.agreement),
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
  AddPage(routes, "GET", "/orgs/{ods}/rounds/{round}/results.csv", Needs::InOrg(Role::kViewer),
          [](Visit& v) {
            const Id id = v.call.Id("round");
            return CsvDownload(v.ods() + "-round-" + std::to_string(id) + "-results.csv",
                               ResultsCsv(*v.Use<Results>().Of(v.caller, v.ods(), id)));
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
