#pragma once
/// The whole risk register as CSV, both ways: the export is a file the import takes back.
/// Parsing checks every row before anything is stored, so an import stores all or nothing.
/// A risk's actions share one cell, one a line: `due date | owner | status | title`, the status
/// open, done or dropped.

#include <array>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "boardlens/features/risks/risk.hpp"

namespace boardlens::risks {

inline constexpr std::array<std::string_view, 22> kRiskColumns{"title",
                                                               "objective",
                                                               "cause",
                                                               "effect",
                                                               "owner",
                                                               "committee",
                                                               "category",
                                                               "inherent_likelihood",
                                                               "inherent_consequence",
                                                               "current_likelihood",
                                                               "current_consequence",
                                                               "target_likelihood",
                                                               "target_consequence",
                                                               "controls",
                                                               "control_gaps",
                                                               "assurance_first",
                                                               "assurance_second",
                                                               "assurance_third",
                                                               "assurance_gaps",
                                                               "review_on",
                                                               "blocks_proposal",
                                                               "actions"};

/// Ids by name in lower case.
using IdsByName = std::map<std::string, Id>;
/// What a row's names may refer to.
struct KnownNames {
  IdsByName members;    ///< owner columns name a board member
  IdsByName portfolio;  ///< blocks_proposal names an item of the portfolio
  /// Each risk in the register as stored, by title: a row may keep its risk's review date
  /// though it has passed (CheckReviewDate), and its scores (CheckRisk).
  std::map<std::string, RiskInput> risks;
  /// The titles of the actions already raised on each risk, by the risk's title: a row's
  /// action of one of these titles updates that action, so its date may have passed.
  std::map<std::string, std::set<std::string>> action_titles;
  std::string today;  ///< YYYY-MM-DD; a new review date is this or later
};

struct ImportRow {
  RiskInput risk;
  std::vector<actions::ActionInput> actions;
};

/// Checks every row, owners and proposals included; throws one Invalid listing each problem
/// at `name:line:column`.
std::vector<ImportRow> ParseRiskCsv(std::string_view text, std::string_view name,
                                    const KnownNames& known);

/// The register as rows of kRiskColumns, header first.
std::vector<std::vector<std::string>> RiskTable(const std::vector<Risk>& risks);

}  // namespace boardlens::risks
