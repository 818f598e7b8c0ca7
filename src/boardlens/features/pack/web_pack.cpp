// The pack as an accessible web page: the same document the PDF is set from, as HTML, with
// a print style sheet that starts each section on a new sheet.

#include "boardlens/features/pack/web_pack.hpp"

#include <string>

#include "boardlens/html/components.hpp"

namespace boardlens::pack {
namespace {

using html::Html;
using html::Render;
using pdf::BlockKind;

Html Contents(const pdf::Document& doc) {
  Html items;
  for (const auto& b : doc.blocks) {
    if (b.kind == BlockKind::kHeading && b.level == 1) {
      items += Render("<li><a href=\"#{}\">{}</a></li>", b.anchor, b.text);
    }
  }
  return Render("<ol class=\"nhsuk-list nhsuk-list--number\">{}</ol>", items);
}

Html TableOf(const pdf::Block& b, const std::string& caption) {
  html::Table table{caption, b.headings, {}, false};
  for (const auto& row : b.rows) {
    std::vector<Html> cells;
    cells.reserve(row.size());
    for (const auto& cell : row) cells.push_back(html::Escape(cell));
    table.rows.push_back(std::move(cells));
  }
  return html::DataTable(table);
}

/// Icons in a row, a chart of part of the page's width, or one across it: the last scrolls
/// sideways on a phone rather than shrink its words.
Html FiguresOf(const pdf::Block& b, const std::vector<Html>& svgs) {
  const double width = b.widths.empty() ? 1.0 : b.widths.front();
  Html out;
  for (const Html& svg : svgs) out += svg;
  const Html modifier = width < 0.1 ? Html("icons") : width > 0.9 ? Html("wide") : Html("part");
  return Render("<div class=\"bl-pack__figure bl-pack__figure--{}\">{}</div>", modifier, out);
}

}  // namespace

Html WebPack(const Paper& paper) {
  const pdf::Document& doc = paper.document;
  Html out;
  std::string last_heading;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const pdf::Block& b = doc.blocks[i];
    switch (b.kind) {
      case BlockKind::kTitle:
        out += Render("<h1>{}</h1><p class=\"nhsuk-lede-text\">{}</p>", b.text,
                      b.items.empty() ? std::string() : b.items.front());
        break;
      case BlockKind::kHeading:
        last_heading = b.text;
        if (b.level == 1) {
          out += Render("<h2 class=\"bl-pack__section\" id=\"{}\">{}</h2>", b.anchor, b.text);
        } else if (b.level == 2) {
          out += Render("<h3>{}</h3>", b.text);
        } else {
          out += Render("<h4>{}</h4>", b.text);
        }
        break;
      case BlockKind::kParagraph:
        out += Render("<p>{}</p>", b.text);
        break;
      case BlockKind::kNote:
        out += Render("<p class=\"nhsuk-body-s nhsuk-u-secondary-text-colour\">{}</p>", b.text);
        break;
      case BlockKind::kBullets: {
        Html items;
        for (const auto& item : b.items) items += Render("<li>{}</li>", item);
        out += Render("<ul class=\"nhsuk-list nhsuk-list--bullet\">{}</ul>", items);
        break;
      }
      case BlockKind::kTable:
        out += TableOf(b, last_heading);
        break;
      case BlockKind::kFigures: {
        const auto it = paper.figures.find(i);
        if (it != paper.figures.end()) out += FiguresOf(b, it->second);
        break;
      }
      case BlockKind::kContents:
        out += Contents(doc);
        break;
      case BlockKind::kPageBreak:
        break;
    }
  }
  return Render("<div class=\"bl-pack\">{}</div>", out);
}

}  // namespace boardlens::pack
