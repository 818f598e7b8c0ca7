#include "boardlens/features/services/series_csv.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>

#include "boardlens/base/csv.hpp"
#include "boardlens/base/error.hpp"
#include "boardlens/base/number.hpp"
#include "boardlens/base/text.hpp"

namespace boardlens::services {
namespace {

bool IsWord(std::string_view text, std::string_view word) {
  text = Trim(text);
  return std::equal(text.begin(), text.end(), word.begin(), word.end(), [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == b;
  });
}

/// Problems listed before the rest are left unread: enough to show the pattern of a mistake.
constexpr std::size_t kMostProblems = 20;

}  // namespace

std::vector<SpcPoint> ParseSeriesCsv(std::string_view text, std::string_view name) {
  const auto at = [&](int line, int column) {
    return std::string(name) + ":" + std::to_string(line) + ":" + std::to_string(column);
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
  Problems problems;
  int previous_line = 0;
  for (std::size_t r = 1; r < records.size(); ++r) {
    if (problems.found().size() >= kMostProblems) {
      problems.Add("there are more problems after these; fix these and try again",
                   at(records[r][0].line, 1));
      break;
    }
    const CsvRecord& row = records[r];
    if (row.size() != 2) {
      const CsvField& where = row.size() > 2 ? row[2] : row.back();
      std::string what = "expected 2 fields, date and value, found " + std::to_string(row.size());
      if (row.size() > 2) what += R"(; put a value written with commas in quotes ("1,234.5"))";
      problems.Add(what, at(where.line, where.column));
      continue;
    }
    SpcPoint point;
    point.date = std::string(Trim(row[0].text));
    if (!IsValidDate(point.date)) {
      problems.Add("date: \"" + point.date + "\" is not a date written YYYY-MM-DD",
                   at(row[0].line, 1));
    } else if (previous_line != 0 && point.date <= out.back().date) {
      problems.Add(
          "date: " + (point.date == out.back().date
                          ? point.date + " is on line " + std::to_string(previous_line) +
                                " already; a date may appear once"
                          : point.date + " is earlier than " + out.back().date + " on line " +
                                std::to_string(previous_line) + "; rows must be in date order"),
          at(row[0].line, 1));
    }
    const std::string_view value = Trim(row[1].text);
    if (value.empty()) {
      problems.Add("enter the value", at(row[1].line, 2));
    } else if (const auto number = ParseNumber(value); !number) {
      problems.Add(std::string(kValueRule.what) + " must be a number", at(row[1].line, 2));
    } else if (auto problem = NumberProblem(*number, kValueRule)) {
      problems.Add(*problem, at(row[1].line, 2));
    } else if (IsValidDate(point.date)) {
      point.value = *number;
      point.source = at(row[0].line, 1);
      if (previous_line == 0 || point.date > out.back().date) {
        previous_line = row[0].line;
        out.push_back(std::move(point));
      }
    }
  }
  problems.ThrowIfAny();
  return out;
}

}  // namespace boardlens::services
