#pragma once
/// The whole risk register as CSV, both ways: the export is a file the import takes back.
/// Parsing checks every row before anything is stored, so an import stores all or nothing.
/// A risk's actions share one cell, one a line: `due date | owner | open or done | title`.

#include <array>
#include <map>
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
  /// The review date of each risk in the register, by title: a row may keep its risk's date
  /// though it has passed (CheckReviewDate).
  std::map<std::string, std::string> review_dates;
  std::string today;  ///< YYYY-MM-DD; a new review date is this or later
};

struct ImportRow {
  RiskInput risk;
  std::vector<RiskAction> actions;
};

/// Checks every row, owners and proposals included; throws one Invalid listing each problem
/// at `name:line:column`.
std::vector<ImportRow> ParseRiskCsv(std::string_view text, std::string_view name,
                                    const KnownNames& known);

/// The register as rows of kRiskColumns, header first.
std::vector<std::vector<std::string>> RiskTable(const std::vector<Risk>& risks);

}  // namespace boardlens::risks
