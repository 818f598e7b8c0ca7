#pragma once
/// A printable document as plain blocks (headings, paragraphs, lists, tables, SVG figures),
/// written by features and set on A4 pages by RenderPdf. Knows no feature.

#include <string>
#include <vector>

namespace boardlens::pdf {

enum class BlockKind {
  kTitle,
  kHeading,
  kParagraph,
  kNote,
  kBullets,
  kTable,
  kFigures,
  kContents,
  kPageBreak
};

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  int level = 1;                      ///< a heading's: 1 starts a section, listed in the contents
  std::string text;                   ///< a title's, heading's, paragraph's or note's words
  std::string anchor;                 ///< a level-1 heading's name, which the contents links to
  std::vector<std::string> items;     ///< a list's items; the figures' SVG documents
  std::vector<std::string> headings;  ///< a table's column headings
  std::vector<std::vector<std::string>> rows;  ///< a table's rows, as many cells as headings
  std::vector<double> widths;   ///< a table's column widths, a figure's width: shares of 1
  bool keep_with_next = false;  ///< on the same page as the block after it
};

/// A document in reading order. Each adder returns the document for chaining.
struct Document {
  std::string title;   ///< in the PDF's metadata and every page's footer
  std::string author;  ///< the organisation
  std::vector<Block> blocks;

  /// The cover's large title and a line under it.
  Document& Title(std::string text, std::string subtitle);
  /// A level-1 heading starts a new page and a contents entry named `anchor`.
  Document& Heading(int level, std::string text, std::string anchor = {});
  Document& Paragraph(std::string text);
  /// Smaller, grey text: where a figure comes from, what is left out and why.
  Document& Note(std::string text);
  Document& Bullets(std::vector<std::string> items);
  /// `widths` as shares of the text width, one a column; even when empty.
  Document& Table(std::vector<std::string> headings, std::vector<std::vector<std::string>> rows,
                  std::vector<double> widths = {});
  /// SVG drawings side by side, each `width` (a share of the text width) across and as tall as
  /// its viewBox makes it; drawn as vectors, their text kept as text.
  Document& Figures(std::vector<std::string> svgs, double width);
  Document& Figure(std::string svg, double width = 1.0) { return Figures({std::move(svg)}, width); }
  /// The list of level-1 headings with their pages, each a link to its section.
  Document& Contents();
  Document& PageBreak();
  /// Keeps the last block on the same page as the next one (as headings always are): a
  /// chart's words with the chart.
  Document& KeepWithNext();

 private:
  Block& Add(BlockKind kind);
};

/// The document as an A4 PDF: its fonts embedded, its text selectable, each page numbered
/// "Page N of M" in the footer, the contents linked to the sections, and an outline (the
/// viewer's bookmarks) of its level-1 headings.
std::string RenderPdf(const Document& document);

}  // namespace boardlens::pdf
