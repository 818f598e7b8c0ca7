#pragma once
/// A printable document as plain blocks (headings, paragraphs, lists, tables), written by
/// features and set on A4 pages by RenderPdf. Knows no feature.

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
  kContents,
  kPageBreak
};

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  int level = 1;                      ///< a heading's: 1 starts a section, listed in the contents
  std::string text;                   ///< a title's, heading's, paragraph's or note's words
  std::string anchor;                 ///< a level-1 heading's name, which the contents links to
  std::vector<std::string> items;     ///< a list's
  std::vector<std::string> headings;  ///< a table's column headings
  std::vector<std::vector<std::string>> rows;  ///< a table's rows, as many cells as headings
  std::vector<double> widths;                  ///< a table's column widths, as shares of 1
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
  /// The list of level-1 headings with their pages, each a link to its section.
  Document& Contents();
  Document& PageBreak();

 private:
  Block& Add(BlockKind kind);
};

/// The document as an A4 PDF: its fonts embedded, its text selectable, each page numbered
/// "Page N of M" in the footer, the contents linked to the sections, and an outline (the
/// viewer's bookmarks) of its level-1 headings.
std::string RenderPdf(const Document& document);

}  // namespace boardlens::pdf
