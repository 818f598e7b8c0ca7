// The trend page: how the board's mean rating of each item has moved across its closed
// rounds of one framework, as a small chart an item and a table of the same figures.

#include <cmath>

#include "boardlens/features/results/feature.hpp"
#include "boardlens/features/results/trends.hpp"
#include "boardlens/features/rounds/rounds.hpp"
#include "boardlens/html/charts.hpp"
#include "boardlens/html/page.hpp"

namespace boardlens::results {
namespace {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer
using http::Needs;

/// The framework asked for, or else that of the round to close last.
std::string FrameworkOf(Visit& v) {
  std::string asked = v.request.Query("framework");
  if (!asked.empty()) return asked;
  const auto latest = rounds::LatestClosed(v.Use<rounds::Rounds>().ListRounds(v.caller, v.ods()));
  return latest ? latest->framework_ref : std::string();
}

std::string ChangeText(const std::optional<double>& change) {
  if (!change) return "–";
  if (std::abs(*change) < 0.05) return "No change";
  return (*change > 0 ? "+" : "") + OneDecimal(*change);
}

std::string MeanText(const std::optional<double>& mean) { return mean ? OneDecimal(*mean) : "–"; }

Html Charts(const Trend& trend) {
  const std::string first = DateText(trend.rounds.front().closed_on);
  const std::string last = DateText(trend.rounds.back().closed_on);
  Html cards;
  for (const TrendItem& item : trend.items) {
    std::string shown;
    for (std::size_t i = 0; i < item.means.size(); ++i) {
      shown += (i == 0 ? "" : ", ") + MeanText(item.means[i]);
    }
    cards += Render(
        "<li class=\"nhsuk-grid-column-one-half bl-trend\"><h3>{}</h3>{}<p>Change since the "
        "first round: {}</p></li>",
        item.title,
        TrendChart({"trend-" + item.ref, item.title + ": mean rating at each round",
                    "Means from the first round to the last: " + shown +
                        ". A dash is a round with too few ratings to show."},
                   item.means, first, last),
        ChangeText(item.change));
  }
  return Render("<ul class=\"nhsuk-grid-row nhsuk-list\">{}</ul>", cards);
}

Html Figures(Visit& v, const Trend& trend) {
  Table table;
  table.caption = "Mean rating of each item at each round's close";
  table.numeric_after_first = true;
  table.headings = {"Item"};
  for (const auto& r : trend.rounds) table.headings.push_back(r.title);
  table.headings.emplace_back("Change since the first round");
  for (const TrendItem& item : trend.items) {
    std::vector<Html> row{Escape(item.title)};
    for (const auto& m : item.means) row.push_back(Escape(MeanText(m)));
    row.push_back(Escape(ChangeText(item.change)));
    table.rows.push_back(std::move(row));
  }
  return Render("{}{}", DataTable(table),
                CsvLink(v.OrgPath("/trend.csv?framework=" + http::UrlEncode(trend.framework_ref))));
}

}  // namespace

void AddTrendPages(http::Router& routes) {
  AddPage(routes, "GET", "/orgs/{ods}/trend", Needs::InOrg(Role::kViewer), [](Visit& v) {
    const std::string framework = FrameworkOf(v);
    Page page;
    page.title = "How the board's view has moved";
    page.content = Html("<h1>How the board's view has moved</h1>");
    const Trend trend =
        framework.empty() ? Trend{} : v.Use<Trends>().Of(v.caller, v.ods(), framework);
    if (trend.rounds.empty()) {
      page.content += Html(
          "<p>No round has closed yet. Once one has, this page shows how the board's view of "
          "each item moves from round to round.</p>");
      return v.Show(page, "rounds");
    }
    page.content += Render(
        "<p>{} of {}, from {} to {}. Each chart shows the board's mean rating of one item when "
        "each round closed, on the scale of 1 to 5. A gap means too few members rated the item "
        "that round for its mean to be shown.</p>",
        trend.rounds.size() == 1 ? std::string("The one closed round")
                                 : std::to_string(trend.rounds.size()) + " closed rounds",
        trend.framework_title, DateText(trend.rounds.front().closed_on),
        DateText(trend.rounds.back().closed_on));
    if (trend.rounds.size() == 1) {
      page.content += Html("<p>Only one round has closed, so there is no change to show yet.</p>");
    }
    page.content += Charts(trend);
    page.content += Figures(v, trend);
    return v.Show(page, "rounds");
  });

  AddDownload(routes, "/orgs/{ods}/trend", Needs::InOrg(Role::kViewer), [](Visit& v) {
    const Trend trend = v.Use<Trends>().Of(v.caller, v.ods(), FrameworkOf(v));
    std::vector<std::vector<std::string>> rows{{"item", "title"}};
    for (const auto& r : trend.rounds) rows[0].push_back(r.closed_on);
    rows[0].emplace_back("change_since_first");
    for (const TrendItem& item : trend.items) {
      std::vector<std::string> row{item.ref, item.title};
      for (const auto& m : item.means) row.push_back(m ? OneDecimal(*m) : "");
      row.push_back(item.change ? OneDecimal(*item.change) : "");
      rows.push_back(std::move(row));
    }
    return Download{v.ods() + "-trend", rows};
  });
}

}  // namespace boardlens::results
