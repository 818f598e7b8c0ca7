#pragma once
/// How the risk pages show scores, bands, movement and the heat map, shared by the register
/// and each risk's page.

#include <string>
#include <string_view>
#include <vector>

#include "boardlens/features/risks/risk.hpp"
#include "boardlens/html/page.hpp"

namespace boardlens::risks {

std::string RiskPath(const html::Visit& v, Id id, std::string_view rest = {});
/// "12 High": the score and its band as a tag coloured by band.
html::Html ScoreTag(const Rating& rating);
/// "Likely (4) × Major (4)".
std::string RatingWords(const Rating& rating);
/// "Up", "Down", "No change" or "New", with an arrow that is hidden from screen readers.
html::Html MovementText(Movement movement);

/// The portfolio's proposals a risk of not acting may name, and the item it names now (which
/// may since have gone into delivery).
std::vector<html::Choice> ProposalChoices(html::Visit& v, std::optional<Id> current);
std::vector<html::Choice> CategoryChoices();
std::vector<html::Choice> LevelChoices();
std::vector<html::Choice> LikelihoodChoices();
std::vector<html::Choice> ConsequenceChoices();

/// The heat map of `which` scores: the 5x5 matrix as a table, each cell shaded by its band
/// and naming its risks with links (and, for current scores, each one's movement since its
/// last review), then its colour key.
html::Html HeatMapGrid(const html::Visit& v, const std::vector<Risk>& risks, ScoreKind which);
/// The counts as rows for a CSV download: likelihood, consequence, score, band, risks.
std::vector<std::vector<std::string>> HeatMapRows(const std::vector<Risk>& risks, ScoreKind which);

}  // namespace boardlens::risks
