// The pack as accessible web pages: its document split at its sections, each block as the
// design system writes it, with a print style sheet (web/boardlens.css, .bl-pack).

#include "boardlens/features/pack/web_pack.hpp"

#include <vector>

#include "boardlens/html/components.hpp"

namespace boardlens::pack {
namespace {

using html::Html;
using html::Render;
using pdf::BlockKind;

/// A part of the pack: the blocks from one level-1 heading (or the start) to the next.
struct Part {
  std::string anchor;
  std::string title;
  std::size_t first = 0;
  std::size_t end = 0;
};

std::vector<Part> PartsOf(const pdf::Document& doc) {
  std::vector<Part> parts{{"", "About this pack", 0, doc.blocks.size()}};
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const pdf::Block& b = doc.blocks[i];
    if (b.kind != BlockKind::kHeading || b.level != 1) continue;
    parts.back().end = i;
    parts.push_back({b.anchor, b.text, i, doc.blocks.size()});
  }
  return parts;
}

Html TableOf(const pdf::Block& b, const std::string& caption, bool under_its_heading) {
  html::Table table{caption, b.headings, {}, false};
  table.caption_hidden = under_its_heading;
  for (const auto& row : b.rows) {
    std::vector<Html> cells;
    cells.reserve(row.size());
    for (const auto& cell : row) cells.push_back(html::Escape(cell));
    table.rows.push_back(std::move(cells));
  }
  return html::DataTable(table);
}

/// Icons in a row, or a chart of part of the page's width or across it.
Html FiguresOf(const pdf::Block& b, const std::vector<Html>& svgs) {
  const double width = b.widths.empty() ? 1.0 : b.widths.front();
  Html out;
  for (const Html& svg : svgs) out += svg;
  const Html modifier = width < 0.1 ? Html("icons") : width > 0.9 ? Html("wide") : Html("part");
  return Render("<div class=\"bl-pack__figure bl-pack__figure--{}\">{}</div>", modifier, out);
}

Html Blocks(const Paper& paper, const Part& part) {
  const pdf::Document& doc = paper.document;
  Html out;
  std::string last_heading = part.title;
  for (std::size_t i = part.first; i < part.end; ++i) {
    const pdf::Block& b = doc.blocks[i];
    const bool before_contents = i + 1 < part.end && doc.blocks[i + 1].kind == BlockKind::kContents;
    switch (b.kind) {
      case BlockKind::kHeading:
        last_heading = b.text;
        if (b.level == 1) {
          out += Render("<h2 id=\"{}\">{}</h2>", b.anchor, b.text);
        } else if (b.level == 2 && !before_contents) {  // the contents list is the page's own
          out += Render("<h3>{}</h3>", b.text);
        } else if (b.level == 3) {
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
        out += TableOf(b, last_heading,
                       i > part.first && doc.blocks[i - 1].kind == BlockKind::kHeading);
        break;
      case BlockKind::kFigures:
        if (const auto it = paper.figures.find(i); it != paper.figures.end()) {
          out += FiguresOf(b, it->second);
        }
        break;
      case BlockKind::kTitle:  // the page's own heading says it
      case BlockKind::kContents:
      case BlockKind::kPageBreak:
        break;
    }
  }
  return out;
}

Html ContentsList(const std::vector<Part>& parts, std::size_t current,
                  const std::function<std::string(std::string_view)>& href) {
  Html items;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    items += i == current
                 ? Render(
                       "<li class=\"nhsuk-contents-list__item\" aria-current=\"page\"><span "
                       "class=\"nhsuk-contents-list__current\">{}</span></li>",
                       parts[i].title)
                 : Render(
                       "<li class=\"nhsuk-contents-list__item\"><a "
                       "class=\"nhsuk-contents-list__link\" href=\"{}\">{}</a></li>",
                       href(parts[i].anchor), parts[i].title);
  }
  return Render(
      "<nav class=\"nhsuk-contents-list\" role=\"navigation\" aria-label=\"Pages in this "
      "pack\"><h2 class=\"nhsuk-u-visually-hidden\">Contents</h2><ol "
      "class=\"nhsuk-contents-list__list\">{}</ol></nav>",
      items);
}

}  // namespace

std::optional<Html> WebPackPart(const Paper& paper, std::string_view part,
                                const std::function<std::string(std::string_view)>& href) {
  const std::vector<Part> parts = PartsOf(paper.document);
  std::size_t current = 0;
  while (current < parts.size() && parts[current].anchor != part) ++current;
  if (current == parts.size()) return std::nullopt;
  const pdf::Block& title = paper.document.blocks.front();  // the cover's: the organisation
  const int page = static_cast<int>(current) + 1;
  return Render(
      "<div class=\"bl-pack\"><span class=\"nhsuk-caption-l\">{}</span><h1>{}</h1>{}{}{}</div>",
      title.text, title.items.empty() ? std::string() : title.items.front(),
      ContentsList(parts, current, href), Blocks(paper, parts[current]),
      html::Pagination(
          page, static_cast<int>(parts.size()),
          [&](int n) { return href(parts[static_cast<std::size_t>(n - 1)].anchor); },
          [&](int n) { return parts[static_cast<std::size_t>(n - 1)].title; }));
}

}  // namespace boardlens::pack
