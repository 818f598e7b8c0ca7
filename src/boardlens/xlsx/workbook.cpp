#include "boardlens/xlsx/workbook.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <set>
#include <stdexcept>

#include "boardlens/base/text.hpp"
#include "boardlens/base/utf8.hpp"

namespace boardlens::xlsx {
namespace {

constexpr std::size_t kMaxSheetName = 31;
constexpr std::size_t kMaxDigits = 15;  // what a double holds exactly
constexpr std::size_t kMaxCellText = 32767;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

/// A plain decimal ("-1250.5") or one with its thousands grouped by commas ("1,250,000"), as
/// the pages write them.
bool IsNumber(std::string_view t) {
  if (!t.empty() && t.front() == '-') t.remove_prefix(1);
  const std::size_t point = t.find('.');
  const std::string_view whole = t.substr(0, point);
  if (whole.empty() || (whole.size() > 1 && whole.front() == '0')) return false;
  std::size_t digits = 0;
  const bool grouped = whole.find(',') != std::string_view::npos;
  if (grouped && whole.size() % 4 == 0) return false;  // it would start with a comma
  for (std::size_t i = 0; i < whole.size(); ++i) {
    // Grouped, a comma stands before each three digits from the right, and nowhere else.
    const bool comma_here = grouped && (whole.size() - i) % 4 == 0;
    if (comma_here != (whole[i] == ',')) return false;
    if (!comma_here && !IsDigit(whole[i])) return false;
    digits += comma_here ? 0 : 1;
  }
  if (point != std::string_view::npos) {
    const std::string_view fraction = t.substr(point + 1);
    if (fraction.empty()) return false;
    for (const char c : fraction) {
      if (!IsDigit(c)) return false;
      ++digits;
    }
  }
  return digits <= kMaxDigits;
}

/// The value of a text IsNumber accepts.
double NumberOf(std::string text) {
  text.erase(std::remove(text.begin(), text.end(), ','), text.end());
  return std::strtod(text.c_str(), nullptr);
}

/// "2026-11-27T10:39:00Z", as the API and the downloads write a moment.
bool IsTime(std::string_view t) {
  if (t.size() != 20 || t[10] != 'T' || t[13] != ':' || t[16] != ':' || t[19] != 'Z') {
    return false;
  }
  for (const std::size_t i : {11U, 12U, 14U, 15U, 17U, 18U}) {
    if (!IsDigit(t[i])) return false;
  }
  return IsValidDate(t.substr(0, 10)) && std::atoi(std::string(t.substr(11, 2)).c_str()) < 24 &&
         std::atoi(std::string(t.substr(14, 2)).c_str()) < 60 &&
         std::atoi(std::string(t.substr(17, 2)).c_str()) < 60;
}

int Part(std::string_view t, std::size_t at, std::size_t length) {
  return std::atoi(std::string(t.substr(at, length)).c_str());
}

/// A name Excel takes, unique in the workbook.
std::string SheetName(std::string name, std::set<std::string>& taken) {
  for (char& c : name) {
    if (std::string_view("[]:*?/\\").find(c) != std::string_view::npos) c = ' ';
  }
  if (name.empty()) name = "Sheet";
  name = CutToBytes(name, kMaxSheetName);
  std::string unique = name;
  for (int n = 2; taken.contains(AsciiLower(unique)); ++n) {
    const std::string suffix = " " + std::to_string(n);
    unique = CutToBytes(name, kMaxSheetName - suffix.size()) + suffix;
  }
  taken.insert(AsciiLower(unique));
  return unique;
}

void Check(lxw_error error, const char* what) {
  if (error != LXW_NO_ERROR) {
    throw std::runtime_error(std::string("the spreadsheet could not be made: ") + what + ": " +
                             lxw_strerror(error));
  }
}

/// A temporary file that is gone when this is.
class TempFile {
 public:
  TempFile() {
    const char* dir = std::getenv("TMPDIR");
    path_ = std::string(dir != nullptr && *dir != '\0' ? dir : "/tmp") + "/boardlens-XXXXXX";
    const int fd = mkstemp(path_.data());
    if (fd < 0) throw std::runtime_error("the spreadsheet could not be made: no temporary file");
    close(fd);
  }
  ~TempFile() { unlink(path_.c_str()); }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

void WriteSheet(lxw_worksheet* ws, const Sheet& sheet, lxw_format* bold, lxw_format* date,
                lxw_format* time) {
  for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
    const auto row = static_cast<lxw_row_t>(r);
    for (std::size_t c = 0; c < sheet.rows[r].size(); ++c) {
      const auto col = static_cast<lxw_col_t>(c);
      const std::string& text = sheet.rows[r][c];
      if (text.empty()) continue;
      const CellType type = r == 0 ? CellType::kText : TypeOf(text);
      if (type == CellType::kNumber) {
        Check(worksheet_write_number(ws, row, col, NumberOf(text), nullptr), "a number");
      } else if (type == CellType::kDate || type == CellType::kDateTime) {
        lxw_datetime at{Part(text, 0, 4), Part(text, 5, 2), Part(text, 8, 2), 0, 0, 0};
        if (type == CellType::kDateTime) {
          at.hour = Part(text, 11, 2);
          at.min = Part(text, 14, 2);
          at.sec = Part(text, 17, 2);
        }
        Check(worksheet_write_datetime(ws, row, col, &at, type == CellType::kDate ? date : time),
              "a date");
      } else {
        const std::string cell = CutToBytes(text, kMaxCellText);
        Check(worksheet_write_string(ws, row, col, cell.c_str(), r == 0 ? bold : nullptr),
              "a text cell");
      }
    }
  }
  if (!sheet.rows.empty()) {
    worksheet_freeze_panes(ws, 1, 0);
    const auto last = static_cast<lxw_col_t>(sheet.rows.front().size());
    if (last > 0) worksheet_set_column(ws, 0, last - 1, 18, nullptr);
  }
}

}  // namespace

CellType TypeOf(std::string_view text) {
  if (IsNumber(text)) return CellType::kNumber;
  if (text.size() == 10 && IsValidDate(text)) return CellType::kDate;
  if (IsTime(text)) return CellType::kDateTime;
  return CellType::kText;
}

std::string Workbook(const std::vector<Sheet>& sheets) {
  TempFile file;
  // Constant-memory mode keeps its rows in temporary files of its own, beside this one.
  std::string tmpdir = file.path().substr(0, file.path().rfind('/'));
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  options.tmpdir = tmpdir.data();
  lxw_workbook* book = workbook_new_opt(file.path().c_str(), &options);
  if (book == nullptr) throw std::runtime_error("the spreadsheet could not be made");
  lxw_format* bold = workbook_add_format(book);
  format_set_bold(bold);
  lxw_format* date = workbook_add_format(book);
  format_set_num_format(date, "yyyy-mm-dd");
  lxw_format* time = workbook_add_format(book);
  format_set_num_format(time, "yyyy-mm-dd hh:mm:ss");
  std::set<std::string> taken;
  try {
    for (const Sheet& sheet : sheets) {
      const std::string name = SheetName(sheet.name, taken);
      lxw_worksheet* ws = workbook_add_worksheet(book, name.c_str());
      if (ws == nullptr) throw std::runtime_error("the spreadsheet could not be made: a sheet");
      WriteSheet(ws, sheet, bold, date, time);
    }
  } catch (...) {
    workbook_close(book);
    throw;
  }
  Check(workbook_close(book), "the file");
  std::ifstream in(file.path(), std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace boardlens::xlsx
