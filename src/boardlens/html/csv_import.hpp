#pragma once
/// The one page every register imports through: paste the CSV with the columns it names, and
/// either all of it is saved or nothing is, with each problem listed at its line and column.

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "boardlens/html/page.hpp"

namespace boardlens::html {

/// What an import page says and does. Paths are within the organisation ("/risks").
struct CsvImport {
  std::string title;       ///< "Import the risk register"
  std::string section;     ///< the menu section the page belongs to: "risks"
  std::string back_path;   ///< the list the import fills
  std::string back_label;  ///< "Back to the risk register"
  std::string what;        ///< "the register", as "Paste the register as CSV" says it
  std::vector<std::string_view> columns;  ///< the first line
  Html rules;                             ///< what each line does, in a sentence or two
  std::string download_path;              ///< the CSV as it is now, to start from
  std::string download_label;             ///< "Download the register as it is"
  /// Saves `csv`, throwing the importer's Invalid at each line and column, and says where to
  /// go next.
  std::function<std::string(Visit&, const std::string& csv)> save;
};

/// GET and POST `pattern`: the form, and the import of what was pasted into it.
void AddCsvImport(http::Router& routes, std::string pattern, http::Needs needs, CsvImport import);

}  // namespace boardlens::html
