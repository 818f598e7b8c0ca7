#pragma once
/// One CSV file holding several imports' worth of rows, told apart by leading columns (the
/// demo keeps each register's history this way: when a row was recorded, and by whom).

#include <string>
#include <string_view>
#include <vector>

namespace boardlens {

/// The values of a group's leading columns, and its rows as a CSV of the other columns,
/// header first.
struct CsvGroup {
  std::vector<std::string> key;
  std::string csv;
};

/// `text`'s rows grouped by their first `key_columns` values, in the order each group first
/// appears. Throws as ParseCsv does.
std::vector<CsvGroup> GroupCsv(std::string_view text, std::string_view name,
                               std::size_t key_columns);

}  // namespace boardlens
