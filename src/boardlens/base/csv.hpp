#pragma once
/// RFC 4180 CSV, remembering where each field started so errors can say line and column.

#include <string>
#include <string_view>
#include <vector>

namespace boardlens {

struct CsvField {
  std::string text;
  int line = 0;    ///< 1-based line of the file where the field starts
  int column = 0;  ///< 1-based field number within its record
};

using CsvRecord = std::vector<CsvField>;

/// Parses `text`; blank lines are skipped. Throws Error(kInvalid) with `name:line:column` for
/// an unterminated or misplaced quote.
std::vector<CsvRecord> ParseCsv(std::string_view text, std::string_view name);

/// Writes rows as RFC 4180 CSV (CRLF line ends, fields quoted when they need it). A field a
/// spreadsheet would run as a formula (starting = + - @ or a tab) gets a leading apostrophe,
/// so an exported name cannot become a formula in Excel.
std::string WriteCsv(const std::vector<std::vector<std::string>>& rows);

}  // namespace boardlens
