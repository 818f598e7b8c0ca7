#include "boardlens/features/risks/page_parts.hpp"

#include "boardlens/base/error.hpp"
#include "boardlens/features/orgs/board.hpp"
#include "boardlens/features/portfolio/portfolio.hpp"

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

namespace {

/// The heat map's colour key, and for current scores what the movement beside a risk means.
Html HeatMapKey(ScoreKind which) {
  Html bands;
  for (const Band band : kAllBands) {
    bands += Render(
        "<li><span class=\"bl-heat__swatch bl-heat--{}\" aria-hidden=\"true\"></span>"
        "{}: scores {}</li>",
        ToString(band), BandLabel(band), ScoresText(band));
  }
  const Html movement =
      which == ScoreKind::kCurrent
          ? Html(
                "<p class=\"nhsuk-body-s\">Beside each risk, how its current score moved since "
                "the board last reviewed it: <span aria-hidden=\"true\">↑ </span>up, "
                "<span aria-hidden=\"true\">↓ </span>down, <span aria-hidden=\"true\">→ "
                "</span>no change, or new if the board has not reviewed it yet.</p>")
          : Html();
  return Render("<h2 class=\"nhsuk-heading-s\">Key</h2><ul class=\"bl-heat-key\">{}</ul>{}", bands,
                movement);
}

}  // namespace

Html HeatMapGrid(const Visit& v, const std::vector<Risk>& risks, ScoreKind which) {
  Html head(
      "<td class=\"bl-heat__corner\">Consequence<span aria-hidden=\"true\"> →</span><br>"
      "Likelihood<span aria-hidden=\"true\"> ↓</span></td>");
  for (int c = 1; c <= 5; ++c) {
    head += Render("<th scope=\"col\">{} {}</th>", c, ConsequenceLabel(c));
  }
  const HeatMap map = PlaceOnHeatMap(risks, which);
  Html body;
  // Almost certain at the top, as a board reads the map.
  for (auto row = map.rbegin(); row != map.rend(); ++row) {
    Html cells;
    bool empty = true;
    for (const HeatCell& cell : *row) {
      Html names;
      for (const Risk* r : cell.risks) {
        Html moved;
        if (which == ScoreKind::kCurrent) {
          const Movement m = MovementOf(*r);
          moved = Html(" <span class=\"bl-heat__move\">") + MovementText(m);
          if (m == Movement::kUp || m == Movement::kDown) {
            moved += Render(" from {}", Score(r->last_review->current));
          }
          moved += Html("</span>");
        }
        empty = false;
        names +=
            Render("<li><a href=\"{}\">{}</a>{}</li>", RiskPath(v, r->id), r->what.title, moved);
      }
      cells += Render(
          "<td class=\"bl-heat__cell bl-heat--{}{}\" data-label=\"Consequence {} {}\">"
          "<span class=\"bl-heat__score\">{} {}</span>{}</td>",
          ToString(cell.band()), names.empty() ? Html(" bl-heat__cell--empty") : Html(),
          cell.at.consequence, ConsequenceLabel(cell.at.consequence), cell.score(),
          BandLabel(cell.band()),
          names.empty() ? Html() : Render("<ul class=\"bl-heat__risks\">{}</ul>", names));
    }
    const int likelihood = row->front().at.likelihood;
    body += Render("<tr{}><th scope=\"row\">{} {}</th>{}</tr>",
                   empty ? Html(" class=\"bl-heat__row--empty\"") : Html(), likelihood,
                   LikelihoodLabel(likelihood), cells);
  }
  return Render(
      "<div class=\"bl-heat-wrap\"><table class=\"bl-heat\"><caption "
      "class=\"nhsuk-table__caption\">"
      "{} risks by {} score: likelihood down the side, almost certain at the top; consequence "
      "along the top, catastrophic on the right</caption><thead><tr>{}</tr></thead><tbody>{}"
      "</tbody></table></div>{}",
      risks.size(), ToString(which), head, body, HeatMapKey(which));
}

std::vector<std::vector<std::string>> HeatMapRows(const std::vector<Risk>& risks, ScoreKind which) {
  std::vector<std::vector<std::string>> rows{
      {"score_of", "likelihood", "consequence", "score", "band", "risks"}};
  const HeatMap map = PlaceOnHeatMap(risks, which);
  for (auto row = map.rbegin(); row != map.rend(); ++row) {
    for (const HeatCell& cell : *row) {
      rows.push_back({std::string(ToString(which)), std::to_string(cell.at.likelihood),
                      std::to_string(cell.at.consequence), std::to_string(cell.score()),
                      std::string(ToString(cell.band())), std::to_string(cell.risks.size())});
    }
  }
  return rows;
}

}  // namespace boardlens::risks
