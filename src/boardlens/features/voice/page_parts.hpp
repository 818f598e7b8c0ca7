#pragma once
/// How user voice reads on pages: its figures with suppression in words, and its tables, which
/// the CSV downloads repeat cell for cell.

#include <string>
#include <vector>

#include "boardlens/features/voice/summary.hpp"
#include "boardlens/html/page.hpp"

namespace boardlens::voice {

/// The number, or why it is hidden ("fewer than 11 responses").
std::string ShownText(const Shown& count);
/// "64%", or why it is hidden.
std::string PercentText(const ShownPercent& percent);

/// The tables of the summary, each as rows of text with a heading row first: the page and
/// its CSV download show the same cells.
using TextRows = std::vector<std::vector<std::string>>;
TextRows MonthRows(const Summary& summary);
TextRows ServiceRows(const Summary& summary);
TextRows ThemeRows(const Summary& summary);
TextRows ReporterRows(const Summary& summary);

/// A data table of `rows` (the first is the headings) with a CSV link under it.
html::Html TableOf(const std::string& caption, const TextRows& rows, const std::string& csv,
                   bool wide = false);

}  // namespace boardlens::voice
