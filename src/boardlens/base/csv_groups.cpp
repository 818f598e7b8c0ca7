#include "boardlens/base/csv_groups.hpp"

#include <algorithm>

#include "boardlens/base/csv.hpp"

namespace boardlens {

std::vector<CsvGroup> GroupCsv(std::string_view text, std::string_view name,
                               std::size_t key_columns) {
  const std::vector<CsvRecord> records = ParseCsv(text, name);
  const auto fields = [](const CsvRecord& record, std::size_t from, std::size_t to) {
    std::vector<std::string> out;
    for (std::size_t i = from; i < std::min(to, record.size()); ++i) out.push_back(record[i].text);
    return out;
  };
  std::vector<CsvGroup> groups;
  std::vector<std::vector<std::vector<std::string>>> rows;  // by group
  for (std::size_t r = 1; r < records.size(); ++r) {
    const auto key = fields(records[r], 0, key_columns);
    const auto group =
        static_cast<std::size_t>(std::find_if(groups.begin(), groups.end(),
                                              [&](const CsvGroup& g) { return g.key == key; }) -
                                 groups.begin());
    if (group == groups.size()) {
      groups.push_back({key, ""});
      rows.push_back({fields(records.front(), key_columns, records.front().size())});
    }
    rows[group].push_back(fields(records[r], key_columns, records[r].size()));
  }
  for (std::size_t g = 0; g < groups.size(); ++g) groups[g].csv = WriteCsv(rows[g]);
  return groups;
}

}  // namespace boardlens
