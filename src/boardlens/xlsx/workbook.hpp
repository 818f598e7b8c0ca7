#pragma once
/// Tables as an XLSX workbook (libxlsxwriter), for those who take the registers into a
/// spreadsheet. Cells are typed from the text every CSV download writes: a plain decimal is a
/// number, YYYY-MM-DD a date and an ISO 8601 UTC time a date and time; everything else is text,
/// never a formula, so a cell that starts with = stays the text it was. Knows no feature.

#include <string>
#include <string_view>
#include <vector>

namespace boardlens::xlsx {

/// One worksheet: its rows, the first being the headings (bold, and frozen as the sheet
/// scrolls). `name` is cut to Excel's 31 characters and rid of the characters it refuses.
struct Sheet {
  std::string name;
  std::vector<std::vector<std::string>> rows;
};

enum class CellType { kText, kNumber, kDate, kDateTime };

/// What a cell of `text` is written as. Numbers with a leading zero ("007") or more than 15
/// significant digits stay text: a spreadsheet would lose the zero or the digits.
CellType TypeOf(std::string_view text);

/// The workbook's bytes. Rows are written one at a time to a temporary file (libxlsxwriter's
/// constant-memory mode), so memory does not grow with the size of an export. Throws
/// std::runtime_error when the workbook cannot be made.
std::string Workbook(const std::vector<Sheet>& sheets);

}  // namespace boardlens::xlsx
