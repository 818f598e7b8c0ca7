#include "boardlens/features/risks/page_parts.hpp"

#include "boardlens/base/error.hpp"
#include "boardlens/features/orgs/board.hpp"
#include "boardlens/features/portfolio/portfolios.hpp"
#include "boardlens/html/charts.hpp"

namespace boardlens::risks {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer

namespace {

constexpr std::string_view BandColour(Band band) {
  switch (band) {
    case Band::kModerate:
      return "yellow";
    case Band::kHigh:
      return "orange";
    case Band::kExtreme:
      return "red";
    case Band::kLow:
      break;
  }
  return "green";
}

HeatTone ToneOf(Band band) {
  switch (band) {
    case Band::kModerate:
      return HeatTone::kYellow;
    case Band::kHigh:
      return HeatTone::kOrange;
    case Band::kExtreme:
      return HeatTone::kRed;
    case Band::kLow:
      break;
  }
  return HeatTone::kGreen;
}

}  // namespace

std::string RiskPath(const Visit& v, Id id, std::string_view rest) {
  return v.OrgPath("/risks/" + std::to_string(id)) + std::string(rest);
}

Html ScoreTag(const Rating& rating) {
  const int score = Score(rating);
  const Band band = BandOf(score);
  return Tag(std::to_string(score) + " " + std::string(BandLabel(band)), BandColour(band));
}

std::string RatingWords(const Rating& rating) {
  return std::string(LikelihoodLabel(rating.likelihood)) + " (" +
         std::to_string(rating.likelihood) + ") × " +
         std::string(ConsequenceLabel(rating.consequence)) + " (" +
         std::to_string(rating.consequence) + ")";
}

Html MovementText(Movement movement) {
  switch (movement) {
    case Movement::kUp:
      return Html("<span aria-hidden=\"true\">↑ </span>Up");
    case Movement::kDown:
      return Html("<span aria-hidden=\"true\">↓ </span>Down");
    case Movement::kUnchanged:
      return Html("<span aria-hidden=\"true\">→ </span>No change");
    case Movement::kNew:
      break;
  }
  return Html("New");
}

std::vector<Choice> OwnerChoices(Visit& v) {
  std::vector<Choice> owners;
  for (const auto& m : v.Use<orgs::Board>().ListMembers(v.caller, v.ods())) {
    owners.push_back({std::to_string(m.id), m.name + ", " + m.job_title, {}, false});
  }
  return owners;
}

std::vector<Choice> ProposalChoices(Visit& v, std::optional<Id> current) {
  std::vector<Choice> out;
  for (const portfolio::Item& item : v.Use<portfolio::Portfolio>().List(v.caller, v.ods())) {
    if (item.what.stage == portfolio::Stage::kProposed || item.id == current) {
      out.push_back({std::to_string(item.id), item.what.name, {}, false});
    }
  }
  return out;
}

std::vector<Choice> CategoryChoices() {
  std::vector<Choice> out;
  out.reserve(kAllCategories.size());
  for (const Category c : kAllCategories) {
    out.push_back({std::string(ToString(c)), std::string(CategoryLabel(c)), {}, false});
  }
  return out;
}

std::vector<Choice> LevelChoices() {
  std::vector<Choice> out;
  out.reserve(kAllLevels.size());
  for (const AppetiteLevel l : kAllLevels) {
    out.push_back({std::string(ToString(l)), std::string(LevelLabel(l)), {}, false});
  }
  return out;
}

std::vector<Choice> LikelihoodChoices() {
  std::vector<Choice> out;
  for (int i = 1; i <= 5; ++i) {
    out.push_back(
        {std::to_string(i), std::to_string(i) + " " + std::string(LikelihoodLabel(i)), {}, false});
  }
  return out;
}

std::vector<Choice> ConsequenceChoices() {
  std::vector<Choice> out;
  for (int i = 1; i <= 5; ++i) {
    out.push_back(
        {std::to_string(i), std::to_string(i) + " " + std::string(ConsequenceLabel(i)), {}, false});
  }
  return out;
}

Html HeatMapWithTable(const std::vector<Risk>& risks, Which which) {
  const HeatCounts counts = CountCells(risks, which);
  std::vector<std::string> rows;
  std::vector<std::vector<HeatCell>> cells;
  Table table;
  table.caption = "Risks in each cell of the matrix, by " + std::string(ToString(which)) + " score";
  table.headings = {"Likelihood",   "Negligible (1)", "Minor (2)",
                    "Moderate (3)", "Major (4)",      "Catastrophic (5)"};
  table.numeric_after_first = true;
  for (int l = 5; l >= 1; --l) {
    rows.push_back(std::to_string(l) + " " + std::string(LikelihoodLabel(l)));
    std::vector<HeatCell>& row = cells.emplace_back();
    std::vector<Html> table_row{Escape(rows.back())};
    for (int c = 1; c <= 5; ++c) {
      const int n = counts.at(static_cast<std::size_t>(l - 1)).at(static_cast<std::size_t>(c - 1));
      row.push_back({n, ToneOf(BandOf(l * c)), std::to_string(l * c)});
      table_row.push_back(Escape(std::to_string(n)));
    }
    table.rows.push_back(std::move(table_row));
  }
  const ChartText text{"heat-map-" + std::string(ToString(which)),
                       "Heat map of " + std::string(ToString(which)) + " risk scores",
                       std::to_string(risks.size()) +
                           " risks placed by likelihood (rows, almost certain at the top) and "
                           "consequence (columns, catastrophic on the right). Each cell shows its "
                           "score in the corner and how many risks sit in it; the table after "
                           "the map gives the same counts."};
  return Render("<div class=\"bl-chart-pair\"><div>{}</div><div>{}</div></div>",
                HeatMap(text, rows, {"1", "2", "3", "4", "5"}, "Likelihood",
                        "Consequence: 1 negligible to 5 catastrophic", cells),
                DataTable(table));
}

std::vector<std::vector<std::string>> HeatMapRows(const std::vector<Risk>& risks, Which which) {
  const HeatCounts counts = CountCells(risks, which);
  std::vector<std::vector<std::string>> rows{
      {"score_of", "likelihood", "consequence", "score", "band", "risks"}};
  for (int l = 5; l >= 1; --l) {
    for (int c = 1; c <= 5; ++c) {
      rows.push_back(
          {std::string(ToString(which)), std::to_string(l), std::to_string(c),
           std::to_string(l * c), std::string(ToString(BandOf(l * c))),
           std::to_string(
               counts.at(static_cast<std::size_t>(l - 1)).at(static_cast<std::size_t>(c - 1)))});
    }
  }
  return rows;
}

void MustKeep(Visit& v) {
  if (!v.Use<orgs::Board>().IsKeeper(v.caller, v.ods())) {
    throw Forbidden("only the board secretary and the executive directors keep the risk register");
  }
}

}  // namespace boardlens::risks
