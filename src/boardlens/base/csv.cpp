#include "boardlens/base/csv.hpp"

#include <algorithm>
#include <charconv>

#include "boardlens/base/error.hpp"
#include "boardlens/base/utf8.hpp"

namespace boardlens {
namespace {

/// True when WriteCsv puts an apostrophe before `field`: when, after any apostrophes it starts
/// with, a spreadsheet would read it as a formula. Counting the apostrophes in is what makes
/// the disarming undoable: "'=x" is written "''=x", so reading "'=x" back gives "=x".
bool NeedsDisarming(std::string_view field) {
  field.remove_prefix(std::min(field.size(), field.find_first_not_of('\'')));
  if (field.empty() || std::string_view("=+-@\t\r").find(field[0]) == std::string_view::npos) {
    return false;
  }
  // A number such as -0.5 is data, not a formula; leave it as it is.
  double value = 0;
  const char* end = field.data() + field.size();
  return field[0] == '+' || std::from_chars(field.data(), end, value).ptr != end;
}

}  // namespace

std::string_view UndoCsvDisarming(std::string_view field) {
  if (field.starts_with('\'') && NeedsDisarming(field.substr(1))) field.remove_prefix(1);
  return field;
}

std::vector<CsvRecord> ParseCsv(std::string_view text, std::string_view name) {
  const auto where = [&](int line, int column) {
    return std::string(name) + ":" + std::to_string(line) + ":" + std::to_string(column);
  };
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // BOM from spreadsheets

  std::vector<CsvRecord> records;
  CsvRecord record;
  CsvField field;
  int line = 1;
  bool in_quotes = false;
  bool quoted = false;  // the current field was quoted; only a separator may follow the quote
  bool field_started = false;
  bool record_quoted = false;  // a record of one empty field is a blank line unless quoted

  const auto end_field = [&] {
    field.column = static_cast<int>(record.size()) + 1;
    record.push_back(std::move(field));
    field = CsvField{{}, line, 0};
    quoted = false;
    field_started = false;
  };
  const auto end_record = [&] {
    const bool blank = record.size() == 1 && record[0].text.empty() && !record_quoted;
    if (!blank) records.push_back(std::move(record));
    record.clear();
    record_quoted = false;
  };
  field.line = line;

  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_quotes) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field.text.push_back('"');
          ++i;
        } else {
          in_quotes = false;
        }
      } else {
        if (c == '\n') ++line;
        field.text.push_back(c);
      }
      continue;
    }
    if (c == '"') {
      if (field_started) {
        throw Invalid("a quote may only open a field",
                      where(line, static_cast<int>(record.size()) + 1));
      }
      in_quotes = quoted = field_started = record_quoted = true;
    } else if (c == ',') {
      end_field();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      end_field();
      end_record();
      ++line;
      field.line = line;
    } else {
      if (quoted) {
        throw Invalid("nothing may follow a closing quote but a comma or line end",
                      where(line, static_cast<int>(record.size()) + 1));
      }
      field.text.push_back(c);
      field_started = true;
    }
  }
  if (in_quotes) {
    throw Invalid("a quoted field is never closed",
                  where(field.line, static_cast<int>(record.size()) + 1));
  }
  if (field_started || !record.empty()) {
    end_field();
    end_record();
  }
  for (CsvRecord& r : records) {
    for (CsvField& f : r) {
      if (!IsValidUtf8(f.text)) throw Invalid("not valid UTF-8 text", where(f.line, f.column));
      f.text = std::string(UndoCsvDisarming(f.text));
    }
  }
  return records;
}

std::string WriteCsv(const std::vector<std::vector<std::string>>& rows) {
  std::string out;
  for (const auto& row : rows) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i > 0) out += ',';
      std::string field = NeutraliseControls(row[i]);
      if (NeedsDisarming(field)) field.insert(0, "'");
      if (field.find_first_of(",\"\r\n") != std::string::npos) {
        std::string quoted = "\"";
        for (const char c : field) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
        field = quoted + "\"";
      }
      out += field;
    }
    out += "\r\n";
  }
  return out;
}

}  // namespace boardlens
