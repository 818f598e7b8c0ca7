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
/// an unterminated or misplaced quote. Each field has WriteCsv's disarming undone
/// (UndoCsvDisarming), so what boardlens exported reads back as it was.
std::vector<CsvRecord> ParseCsv(std::string_view text, std::string_view name);

/// Writes rows as RFC 4180 CSV (CRLF line ends, fields quoted when they need it). A field a
/// spreadsheet would run as a formula (starting = + - @ or a tab, after any apostrophes) gets a
/// leading apostrophe, so an exported name cannot become a formula in Excel. Control
/// characters other than tabs and line breaks are neutralised (NeutraliseControls).
std::string WriteCsv(const std::vector<std::vector<std::string>>& rows);

/// `field` as it was before WriteCsv disarmed it: the apostrophe it added is taken off, and
/// only that one. UndoCsvDisarming(disarmed(x)) == x for every x.
std::string_view UndoCsvDisarming(std::string_view field);

}  // namespace boardlens
