#include "boardlens/features/voice/page_parts.hpp"

#include <cmath>

namespace boardlens::voice {

std::string ShownText(const Shown& count) {
  return count ? std::to_string(*count) : HiddenText(count.why());
}

std::string PercentText(const ShownPercent& percent) {
  if (!percent.value) return HiddenText(percent.why);
  return std::to_string(static_cast<int>(std::lround(*percent.value))) + "%";
}

TextRows MonthRows(const Summary& s) {
  TextRows rows{{"Month", "Reports", "Friends and Family Test answers (not counting don't know)",
                 "Very good or good"}};
  for (const MonthRow& m : s.by_month) {
    rows.push_back({MonthText(m.month), ShownText(m.reports), ShownText(m.fft_answers),
                    PercentText(m.fft_positive)});
  }
  return rows;
}

TextRows ServiceRows(const Summary& s) {
  std::vector<std::string> headings{"Service"};
  for (const std::string& m : s.months) headings.push_back(MonthText(m));
  headings.emplace_back("All 12 months");
  TextRows rows{headings};
  for (const ServiceRow& row : s.by_service) {
    std::vector<std::string> cells{row.service.name};
    for (const Shown& c : row.by_month) cells.push_back(ShownText(c));
    cells.push_back(ShownText(row.total));
    rows.push_back(std::move(cells));
  }
  return rows;
}

TextRows ThemeRows(const Summary& s) {
  TextRows rows{{"What got in the way", "Reports"}};
  for (const Theme& t : s.themes)
    rows.push_back({std::string(LabelOf(t.barrier)), ShownText(t.reports)});
  return rows;
}

TextRows ReporterRows(const Summary& s) {
  return {{"Who reported", "Reports"},
          {"Staff", ShownText(s.staff)},
          {"Patients, carers and visitors", ShownText(s.patients)},
          {"Everyone", ShownText(s.total)}};
}

html::Html TableOf(const std::string& caption, const TextRows& rows, const std::string& csv,
                   bool wide) {
  html::Table table;
  table.caption = caption;
  table.wide = wide;
  table.headings = rows.front();
  table.numeric_after_first = true;
  for (std::size_t i = 1; i < rows.size(); ++i) {
    std::vector<html::Html> cells;
    for (const std::string& cell : rows[i]) cells.push_back(html::Escape(cell));
    table.rows.push_back(std::move(cells));
  }
  return html::DataTable(table) + html::CsvLink(csv);
}

}  // namespace boardlens::voice
