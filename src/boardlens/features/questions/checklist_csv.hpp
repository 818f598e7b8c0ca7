#pragma once
/// The checklist as CSV, both ways: the download a board secretary takes away is a file the
/// import takes back. Parsing checks every row before anything is stored, so an import stores
/// every row or none.

#include <array>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "boardlens/features/questions/question.hpp"

namespace boardlens::questions {

/// `title` and `overdue` are for reading; the import ignores them. `evidence` holds a link a
/// line, each its title then its address: "Audit report 2026 https://intranet.example/audit".
inline constexpr std::array<std::string_view, 9> kAnswerColumns{
    "framework",      "question", "title",  "status",  "owner",
    "next_review_on", "overdue",  "answer", "evidence"};

/// Board members by name in lower case, with their id and name as the board list has it.
using OwnersByName = std::map<std::string, std::pair<Id, std::string>>;

struct AnswerRow {
  std::string framework_ref;
  std::string item_ref;
  AnswerInput what;
  std::string owner_name;
};

/// Checks every row: the question is one of `known` (framework ref, item ref), the status, the
/// owner, the date and each evidence address. Throws one Invalid listing each problem at
/// `name:line:column`.
std::vector<AnswerRow> ParseAnswersCsv(std::string_view text, std::string_view name,
                                       const OwnersByName& owners,
                                       const std::set<std::pair<std::string, std::string>>& known);

/// The checklist as rows of kAnswerColumns, header first.
std::vector<std::vector<std::string>> AnswerTable(const std::vector<Question>& questions,
                                                  const std::string& today);

/// A record's evidence as the CSV's cell writes it, and back; a line without an address after
/// its title is read as an address alone, which CheckAnswer then refuses.
std::string EvidenceText(const std::vector<Evidence>& evidence);
std::vector<Evidence> ParseEvidenceText(std::string_view text);

}  // namespace boardlens::questions
