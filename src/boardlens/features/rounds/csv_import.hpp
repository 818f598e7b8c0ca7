#pragma once
/// A whole closed round from CSV, for boards that collected answers elsewhere.
/// Header: respondent,membership,item,rating,evidence. Validation is complete before anything
/// is stored, so an import either stores every row or none.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "boardlens/features/frameworks/framework.hpp"
#include "boardlens/features/orgs/organisation.hpp"

namespace boardlens::rounds {

struct ImportedAnswer {
  std::string respondent;
  orgs::Membership membership = orgs::Membership::kExecutive;
  std::string item;
  std::optional<std::int8_t> rating;  ///< nullopt: "DK"
  std::string evidence;
};

inline constexpr std::size_t kMaxEvidenceLength = 2000;

/// Parses a rating as written by a person: "1".."5", or "DK" / "dk" for don't know.
/// Returns false when the text is neither.
bool ParseRating(std::string_view text, std::optional<std::int8_t>& rating);

/// Throws Error(kInvalid) at `name:line:column` for the first bad row or field.
std::vector<ImportedAnswer> ParseRoundCsv(std::string_view text, std::string_view name,
                                          const frameworks::Framework& framework);

}  // namespace boardlens::rounds
