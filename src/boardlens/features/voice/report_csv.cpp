#include "boardlens/features/voice/report_csv.hpp"

#include <algorithm>
#include <array>

#include "boardlens/base/csv.hpp"
#include "boardlens/base/error.hpp"

namespace boardlens::voice {

std::vector<std::pair<std::string, ReportInput>> ParseReportsCsv(
    std::string_view text, std::string_view name, const std::map<std::string, Id>& services) {
  const std::vector<CsvRecord> records = ParseCsv(text, name);
  const std::string at = std::string(name) + ":";
  if (records.empty()) throw Invalid("the file is empty", at + "1");
  const CsvRecord& header = records.front();
  constexpr std::array<std::string_view, 9> kColumns{
      "received_on", "service", "reporter",      "barriers", "how_often",
      "impact",      "fft",     "what_happened", "contact"};  // the last two may be left out
  std::array<std::size_t, kColumns.size()> column{};
  Problems problems;
  for (std::size_t c = 0; c < kColumns.size(); ++c) {
    column[c] = static_cast<std::size_t>(
        std::find_if(header.begin(), header.end(),
                     [&](const CsvField& f) { return f.text == kColumns[c]; }) -
        header.begin());
    if (column[c] == header.size() && c < 7) {
      problems.Add("the header has no column " + std::string(kColumns[c]), at + "1");
    }
  }
  problems.ThrowIfAny();
  std::vector<std::pair<std::string, ReportInput>> out;
  for (std::size_t r = 1; r < records.size(); ++r) {
    const CsvRecord& row = records[r];
    const auto cell = [&](std::size_t c) {
      return column[c] < row.size() ? row[column[c]].text : std::string();
    };
    ReportInput in;
    const std::string service = cell(1);
    if (service == kSomethingElse) {
      in.service = "other";
    } else if (const auto id = services.find(service); id != services.end()) {
      in.service = std::to_string(id->second);
    } else {
      problems.Add("no service of the register is called \"" + service + "\"",
                   at + std::to_string(row.front().line) + ":" + std::to_string(column[1] + 1));
    }
    in.reporter = cell(2);
    for (const Barrier b : SplitBarriers(cell(3))) in.barriers.emplace_back(ToString(b));
    in.how_often = cell(4);
    in.impact = cell(5);
    in.fft = cell(6);
    in.what_happened = cell(7);
    in.contact = cell(8);
    in.consent = !in.contact.empty();
    out.emplace_back(cell(0), std::move(in));
  }
  problems.ThrowIfAny();
  return out;
}

}  // namespace boardlens::voice
