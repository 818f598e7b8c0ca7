#include "boardlens/pdf/document.hpp"

namespace boardlens::pdf {

Block& Document::Add(BlockKind kind) {
  blocks.emplace_back();
  blocks.back().kind = kind;
  return blocks.back();
}

Document& Document::Title(std::string text, std::string subtitle) {
  Block& b = Add(BlockKind::kTitle);
  b.text = std::move(text);
  b.items = {std::move(subtitle)};
  return *this;
}

Document& Document::Heading(int level, std::string text, std::string anchor) {
  Block& b = Add(BlockKind::kHeading);
  b.level = level;
  b.text = std::move(text);
  b.anchor = std::move(anchor);
  return *this;
}

Document& Document::Paragraph(std::string text) {
  Add(BlockKind::kParagraph).text = std::move(text);
  return *this;
}

Document& Document::Note(std::string text) {
  Add(BlockKind::kNote).text = std::move(text);
  return *this;
}

Document& Document::Bullets(std::vector<std::string> items) {
  Add(BlockKind::kBullets).items = std::move(items);
  return *this;
}

Document& Document::Table(std::vector<std::string> headings,
                          std::vector<std::vector<std::string>> rows, std::vector<double> widths) {
  Block& b = Add(BlockKind::kTable);
  b.headings = std::move(headings);
  b.rows = std::move(rows);
  b.widths = std::move(widths);
  return *this;
}

Document& Document::Figures(std::vector<std::string> svgs, double width) {
  Block& b = Add(BlockKind::kFigures);
  b.widths.assign(svgs.size(), width);
  b.items = std::move(svgs);
  return *this;
}

Document& Document::Contents() {
  Add(BlockKind::kContents);
  return *this;
}

Document& Document::KeepWithNext() {
  if (!blocks.empty()) blocks.back().keep_with_next = true;
  return *this;
}

Document& Document::PageBreak() {
  Add(BlockKind::kPageBreak);
  return *this;
}

}  // namespace boardlens::pdf
