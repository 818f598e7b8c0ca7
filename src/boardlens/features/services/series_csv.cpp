#include "boardlens/features/services/series_csv.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>

#include "boardlens/base/csv.hpp"
#include "boardlens/base/error.hpp"
#include "boardlens/base/text.hpp"

namespace boardlens::services {
namespace {

bool IsWord(std::string_view text, std::string_view word) {
  text = Trim(text);
  return std::equal(text.begin(), text.end(), word.begin(), word.end(), [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == b;
  });
}

/// Why `text` is not a value, in words that say how to write it.
std::string NotADecimal(std::string_view text) {
  const std::string quoted = "\"" + std::string(text) + "\"";
  if (text.find(',') != std::string_view::npos) {
    return quoted +
           " is not a number: write decimals with a point (1.5) and no thousands "
           "separators (12000)";
  }
  return quoted + " is not a number written with digits and at most one point (such as 97.5)";
}

}  // namespace

std::vector<SpcPoint> ParseSeriesCsv(std::string_view text, std::string_view name) {
  const auto at = [&](int line, int column) {
    return std::string(name) + ":" + std::to_string(line) + ":" + std::to_string(column);
  };
  const auto fail = [&](const CsvField& f, const std::string& what) {
    return Invalid((f.column == 1 ? "date: " : "value: ") + what, at(f.line, f.column));
  };

  const std::vector<CsvRecord> records = ParseCsv(text, name);
  if (records.empty()) throw Invalid("the file is empty; it needs the header date,value", at(1, 1));
  const CsvRecord& header = records.front();
  if (!IsWord(header[0].text, "date")) {
    throw Invalid("the first line must be the header date,value", at(header[0].line, 1));
  }
  if (header.size() < 2 || !IsWord(header[1].text, "value")) {
    throw Invalid("the first line must be the header date,value", at(header[0].line, 2));
  }
  if (header.size() > 2) {
    throw Invalid("the header has more than two columns; it must be date,value",
                  at(header[0].line, 3));
  }

  std::vector<SpcPoint> out;
  out.reserve(records.size() - 1);
  int previous_line = 0;
  for (std::size_t r = 1; r < records.size(); ++r) {
    const CsvRecord& row = records[r];
    if (row.size() != 2) {
      const CsvField& where = row.size() > 2 ? row[2] : row.back();
      std::string what = "expected 2 fields, date and value, found " + std::to_string(row.size());
      if (row.size() > 2) what += "; write decimals with a point (1.5), not a comma";
      throw Invalid(what, at(where.line, where.column));
    }
    SpcPoint point;
    point.date = std::string(Trim(row[0].text));
    if (!IsValidDate(point.date)) {
      throw fail(row[0], "\"" + point.date + "\" is not a date written YYYY-MM-DD");
    }
    if (!out.empty() && point.date <= out.back().date) {
      throw fail(row[0], point.date == out.back().date
                             ? point.date + " is on line " + std::to_string(previous_line) +
                                   " already; a date may appear once"
                             : point.date + " is earlier than " + out.back().date + " on line " +
                                   std::to_string(previous_line) + "; rows must be in date order");
    }
    const std::string_view value = Trim(row[1].text);
    if (value.empty()) throw fail(row[1], "must not be empty");
    const auto number = ParseDecimal(value);
    if (!number) throw fail(row[1], NotADecimal(value));
    if (std::fabs(*number) > kMaxSeriesValue) {
      throw fail(row[1], "\"" + std::string(value) +
                             "\" is beyond 10^15 either way, larger than any measure");
    }
    point.value = *number;
    point.source = at(row[0].line, 1);
    previous_line = row[0].line;
    out.push_back(std::move(point));
  }
  return out;
}

}  // namespace boardlens::services
