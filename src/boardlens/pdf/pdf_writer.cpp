// Sets a Document on A4 pages with cairo and pango: every block becomes pieces of laid-out
// text, the pieces are placed on pages first (so the contents can give page numbers and each
// footer "Page N of M"), then drawn. cairo embeds the fonts it uses as subsets; librsvg draws
// figures with the same cairo, so their lines stay vectors and their words stay text.

#include <cairo-pdf.h>
#include <cairo.h>
#include <librsvg/rsvg.h>
#include <pango/pangocairo.h>

#include <memory>
#include <optional>
#include <stdexcept>

#include "boardlens/pdf/document.hpp"

namespace boardlens::pdf {
namespace {

constexpr double kPageWidth = 595.28;  // A4 in points
constexpr double kPageHeight = 841.89;
constexpr double kMargin = 56.7;  // 20 mm
constexpr double kFooterHeight = 24;
constexpr double kTextWidth = kPageWidth - 2 * kMargin;
constexpr double kBottom = kPageHeight - kMargin - kFooterHeight;
constexpr double kBulletIndent = 14;
constexpr double kCellPadding = 4;
/// Metric-compatible with Arial, the NHS identity's fallback for Frutiger.
constexpr const char* kFamily = "Liberation Sans";

struct Rgb {
  double r, g, b;
};
constexpr Rgb kTextColour{0.129, 0.169, 0.196};  // NHS black, #212b32
constexpr Rgb kBlue{0.0, 0.369, 0.722};          // NHS blue, #005eb8
constexpr Rgb kGrey{0.294, 0.384, 0.447};        // NHS dark grey, #4c6272
constexpr Rgb kRule{0.847, 0.867, 0.878};        // NHS pale grey, #d8dde0

struct Style {
  double size = 10.5;
  bool bold = false;
  Rgb colour = kTextColour;
  double before = 0;
  double after = 6;
};
constexpr Style kBody{};
constexpr Style kSmall{.size = 9, .colour = kGrey};
constexpr Style kTitleStyle{.size = 30, .bold = true, .colour = kBlue, .before = 160, .after = 12};
constexpr Style kSubtitle{.size = 15, .colour = kGrey, .after = 24};
constexpr Style kH1{.size = 20, .bold = true, .before = 0, .after = 10};
constexpr Style kH2{.size = 14, .bold = true, .before = 10, .after = 6};
constexpr Style kH3{.size = 11.5, .bold = true, .before = 6, .after = 4};
constexpr Style kCell{.size = 9, .after = 0};
constexpr Style kHeaderCell{.size = 9, .bold = true, .after = 0};

struct LayoutFree {
  void operator()(PangoLayout* layout) const { g_object_unref(layout); }
};
using LayoutPtr = std::unique_ptr<PangoLayout, LayoutFree>;

/// Laid-out text and where it sits across the line.
struct Cell {
  LayoutPtr layout;
  double x = 0;
  double height = 0;
  Rgb colour = kTextColour;
};

struct HandleFree {
  void operator()(RsvgHandle* handle) const { g_object_unref(handle); }
};

/// A parsed SVG figure and where it sits across the line.
struct Drawing {
  std::unique_ptr<RsvgHandle, HandleFree> svg;
  double x = 0;
  double width = 0;
  double height = 0;
};

/// What is placed on a page as one: a line of text, a list item, a table row.
struct Piece {
  std::vector<Cell> cells;
  std::vector<Drawing> drawings;
  double height = 0;
  double before = 0;
  double after = 0;
  bool new_page = false;              ///< starts a page: the cover, a section
  bool keep_with_next = false;        ///< a heading stays with what follows it
  std::optional<std::size_t> header;  ///< a table row's header row, repeated atop a new page
  bool repeat_header = false;         ///< this row starts a page and its header is drawn above
  bool rule_below = false;            ///< a line under it: a table's rows
  bool bullet = false;
  std::string dest;  ///< a section's name, for links and the outline
  std::string link;  ///< a contents entry's section
  int page = 0;
  double y = 0;
};

class Setter {
 public:
  explicit Setter(cairo_t* cr) : cr_(cr) {}

  Cell Text(const std::string& text, const Style& style, double width, double x = 0,
            PangoAlignment align = PANGO_ALIGN_LEFT) {
    LayoutPtr layout(pango_cairo_create_layout(cr_));
    PangoFontDescription* font = pango_font_description_new();
    pango_font_description_set_family(font, kFamily);
    pango_font_description_set_absolute_size(font, style.size * PANGO_SCALE);
    pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_layout_set_font_description(layout.get(), font);
    pango_font_description_free(font);
    pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(layout.get(), align);
    pango_layout_set_text(layout.get(), text.c_str(), static_cast<int>(text.size()));
    int w = 0;
    int h = 0;
    pango_layout_get_size(layout.get(), &w, &h);
    return {std::move(layout), x, static_cast<double>(h) / PANGO_SCALE, style.colour};
  }

  Piece Line(const std::string& text, const Style& style, double indent = 0) {
    Piece p;
    p.cells.push_back(Text(text, style, kTextWidth - indent, indent));
    p.height = p.cells.back().height;
    p.before = style.before;
    p.after = style.after;
    return p;
  }

  Piece Row(const std::vector<std::string>& cells, const std::vector<double>& widths,
            const Style& style) {
    Piece p;
    double x = 0;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      const double width = kTextWidth * widths[i];
      p.cells.push_back(Text(cells[i], style, width - 2 * kCellPadding, x + kCellPadding));
      p.height = std::max(p.height, p.cells.back().height + 2 * kCellPadding);
      x += width;
    }
    for (Cell& c : p.cells) c.height = p.height;
    p.rule_below = true;
    return p;
  }

 private:
  cairo_t* cr_;
};

/// The figures of `b` side by side, each as tall as its viewBox makes it at its width.
Piece Figures(const Block& b) {
  Piece p;
  double x = 0;
  for (std::size_t i = 0; i < b.items.size(); ++i) {
    const std::string& svg = b.items[i];
    GError* error = nullptr;
    Drawing d;
    d.svg.reset(
        rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(svg.data()), svg.size(), &error));
    if (!d.svg) {
      const std::string why = error ? error->message : "unknown";
      g_clear_error(&error);
      throw std::runtime_error("figure " + std::to_string(i + 1) + " is not SVG: " + why);
    }
    // Page CSS gives the charts their typeface on screen; here the SVG says it itself.
    constexpr std::string_view kCss = "svg { font-family: 'Liberation Sans', sans-serif; }";
    rsvg_handle_set_stylesheet(d.svg.get(), reinterpret_cast<const guint8*>(kCss.data()),
                               kCss.size(), nullptr);
    gboolean has_width = FALSE;
    gboolean has_height = FALSE;
    gboolean has_box = FALSE;
    RsvgLength w;
    RsvgLength h;
    RsvgRectangle box;
    rsvg_handle_get_intrinsic_dimensions(d.svg.get(), &has_width, &w, &has_height, &h, &has_box,
                                         &box);
    if (!has_box || box.width <= 0 || box.height <= 0) {
      throw std::runtime_error("figure " + std::to_string(i + 1) + " has no viewBox");
    }
    d.x = x;
    d.width = kTextWidth * b.widths[i];
    d.height = d.width * box.height / box.width;
    x += d.width + kCellPadding;
    p.height = std::max(p.height, d.height);
    p.drawings.push_back(std::move(d));
  }
  p.after = 8;
  return p;
}

/// Every block as pieces, in order; `contents` collects the contents entries to number later.
std::vector<Piece> Pieces(const Document& doc, Setter& set, std::vector<std::size_t>& contents,
                          std::vector<std::size_t>& sections) {
  std::vector<Piece> out;
  for (const Block& b : doc.blocks) {
    switch (b.kind) {
      case BlockKind::kTitle: {
        Piece title = set.Line(b.text, kTitleStyle);
        title.new_page = true;
        out.push_back(std::move(title));
        for (const auto& line : b.items) out.push_back(set.Line(line, kSubtitle));
        break;
      }
      case BlockKind::kHeading: {
        Piece heading = set.Line(b.text, b.level == 1 ? kH1 : b.level == 2 ? kH2 : kH3);
        heading.keep_with_next = true;
        if (b.level == 1) {
          heading.new_page = true;
          heading.dest = b.anchor;
          sections.push_back(out.size());
        }
        out.push_back(std::move(heading));
        break;
      }
      case BlockKind::kParagraph:
        out.push_back(set.Line(b.text, kBody));
        break;
      case BlockKind::kNote:
        out.push_back(set.Line(b.text, kSmall));
        break;
      case BlockKind::kBullets:
        for (const auto& item : b.items) {
          Piece p = set.Line(item, kBody, kBulletIndent);
          p.bullet = true;
          p.after = 3;
          out.push_back(std::move(p));
        }
        if (!out.empty()) out.back().after = 8;
        break;
      case BlockKind::kTable: {
        std::vector<double> widths = b.widths;
        if (widths.size() != b.headings.size()) {
          widths.assign(b.headings.size(), 1.0 / static_cast<double>(b.headings.size()));
        }
        Piece header = set.Row(b.headings, widths, kHeaderCell);
        header.keep_with_next = true;
        const std::size_t at = out.size();
        out.push_back(std::move(header));
        for (const auto& row : b.rows) {
          out.push_back(set.Row(row, widths, kCell));
          out.back().header = at;
        }
        if (!out.empty()) out.back().after = 10;
        break;
      }
      case BlockKind::kFigures:
        out.push_back(Figures(b));
        break;
      case BlockKind::kContents:
        for (const Block& h : doc.blocks) {
          if (h.kind != BlockKind::kHeading || h.level != 1) continue;
          // The page number is set once the pages are known; "000" holds its room.
          Piece entry = set.Row({h.text, "000"}, {0.88, 0.12}, kBody);
          entry.rule_below = false;
          entry.link = h.anchor;
          contents.push_back(out.size());
          out.push_back(std::move(entry));
        }
        break;
      case BlockKind::kPageBreak:
        if (!out.empty()) out.back().after = kPageHeight;  // what follows cannot fit
        break;
    }
    if (b.keep_with_next && !out.empty()) out.back().keep_with_next = true;
  }
  return out;
}

/// Places each piece on a page; returns how many pages there are.
int Paginate(std::vector<Piece>& pieces) {
  int page = 0;
  double y = kBottom + 1;  // no page yet
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    Piece& p = pieces[i];
    // A piece kept with the next needs room for the whole chain, unless the chain is taller
    // than a page, when it needs room for the next piece only.
    double needed = p.height;
    double chain = p.height;
    for (std::size_t j = i; pieces[j].keep_with_next && j + 1 < pieces.size(); ++j) {
      chain += pieces[j].after + pieces[j + 1].before + pieces[j + 1].height;
      if (j == i) needed = chain;
    }
    if (chain <= kBottom - kMargin) needed = chain;
    const bool top = y == kMargin;
    if ((p.new_page && !top) || y + (top ? 0 : p.before) + needed > kBottom) {
      page += 1;
      y = kMargin;
      if (p.header) {
        p.repeat_header = true;
        y += pieces[*p.header].height;
      }
    }
    // Space before a piece is dropped at the top of a page, but not before a cover's title.
    if (y != kMargin || p.new_page) y += p.before;
    p.page = page;
    p.y = y;
    y += p.height + p.after;
  }
  return page;
}

void SetColour(cairo_t* cr, const Rgb& c) { cairo_set_source_rgb(cr, c.r, c.g, c.b); }

void Draw(cairo_t* cr, Piece& p) {
  if (!p.dest.empty()) {
    cairo_tag_begin(cr, CAIRO_TAG_DEST, ("name='" + p.dest + "'").c_str());
    cairo_tag_end(cr, CAIRO_TAG_DEST);
  }
  if (!p.link.empty()) cairo_tag_begin(cr, CAIRO_TAG_LINK, ("dest='" + p.link + "'").c_str());
  for (Cell& c : p.cells) {
    SetColour(cr, p.link.empty() ? c.colour : kBlue);
    cairo_move_to(cr, kMargin + c.x, p.y + (p.rule_below ? kCellPadding : 0));
    pango_cairo_update_layout(cr, c.layout.get());
    pango_cairo_show_layout(cr, c.layout.get());
  }
  if (!p.link.empty()) cairo_tag_end(cr, CAIRO_TAG_LINK);
  for (const Drawing& d : p.drawings) {
    const RsvgRectangle viewport{kMargin + d.x, p.y, d.width, d.height};
    rsvg_handle_render_document(d.svg.get(), cr, &viewport, nullptr);
  }
  if (p.bullet) {
    // On the first line, a little above its baseline, as a text bullet sits.
    const double baseline =
        static_cast<double>(pango_layout_get_baseline(p.cells.front().layout.get())) / PANGO_SCALE;
    SetColour(cr, kTextColour);
    cairo_new_path(cr);
    cairo_arc(cr, kMargin + 4, p.y + baseline - 3.2, 1.8, 0, 2 * G_PI);
    cairo_fill(cr);
  }
  if (p.rule_below) {
    SetColour(cr, kRule);
    cairo_set_line_width(cr, 0.75);
    cairo_move_to(cr, kMargin, p.y + p.height);
    cairo_line_to(cr, kMargin + kTextWidth, p.y + p.height);
    cairo_stroke(cr);
  }
}

cairo_status_t Append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace

std::string RenderPdf(const Document& doc) {
  std::string out;
  // Owned, so that a figure that cannot be drawn leaves nothing behind.
  const std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> owned_surface(
      cairo_pdf_surface_create_for_stream(Append, &out, kPageWidth, kPageHeight),
      cairo_surface_destroy);
  cairo_surface_t* surface = owned_surface.get();
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, doc.title.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, doc.author.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "boardlens");
  {
    const std::unique_ptr<cairo_t, decltype(&cairo_destroy)> owned_cr(cairo_create(surface),
                                                                      cairo_destroy);
    cairo_t* cr = owned_cr.get();
    Setter set(cr);
    std::vector<std::size_t> contents;
    std::vector<std::size_t> sections;
    std::vector<Piece> pieces = Pieces(doc, set, contents, sections);
    const int pages = Paginate(pieces);
    for (std::size_t i = 0; i < contents.size() && i < sections.size(); ++i) {
      const std::string number = std::to_string(pieces[sections[i]].page);
      Cell& cell = pieces[contents[i]].cells.back();
      pango_layout_set_alignment(cell.layout.get(), PANGO_ALIGN_RIGHT);
      pango_layout_set_text(cell.layout.get(), number.c_str(), static_cast<int>(number.size()));
    }
    for (const std::size_t s : sections) {
      const Piece& heading = pieces[s];
      const std::string text = pango_layout_get_text(heading.cells.front().layout.get());
      cairo_pdf_surface_add_outline(surface, CAIRO_PDF_OUTLINE_ROOT, text.c_str(),
                                    ("dest='" + heading.dest + "'").c_str(),
                                    static_cast<cairo_pdf_outline_flags_t>(0));
    }
    std::size_t next = 0;
    for (int page = 1; page <= pages; ++page) {
      for (; next < pieces.size() && pieces[next].page == page; ++next) {
        Piece& p = pieces[next];
        if (p.repeat_header) {
          Piece& header = pieces[*p.header];
          const double y = header.y;
          header.y = p.y - header.height;
          Draw(cr, header);
          header.y = y;
        }
        Draw(cr, p);
      }
      Cell footer = set.Text(doc.title, kSmall, kTextWidth * 0.75);
      SetColour(cr, kGrey);
      cairo_move_to(cr, kMargin, kPageHeight - kMargin - footer.height);
      pango_cairo_show_layout(cr, footer.layout.get());
      Cell number = set.Text("Page " + std::to_string(page) + " of " + std::to_string(pages),
                             kSmall, kTextWidth * 0.25, 0, PANGO_ALIGN_RIGHT);
      cairo_move_to(cr, kMargin + kTextWidth * 0.75, kPageHeight - kMargin - number.height);
      pango_cairo_show_layout(cr, number.layout.get());
      cairo_show_page(cr);
    }
  }
  cairo_surface_finish(surface);
  const cairo_status_t status = cairo_surface_status(surface);
  if (status != CAIRO_STATUS_SUCCESS) {
    throw std::runtime_error(std::string("the PDF could not be made: ") +
                             cairo_status_to_string(status));
  }
  return out;
}

}  // namespace boardlens::pdf

#if defined(__SANITIZE_ADDRESS__)
// fontconfig, which pango asks for fonts, keeps what it read for the life of the process and
// frees it only if told to at exit, which a server cannot safely do: not a leak of ours.
extern "C" const char* __lsan_default_suppressions() {  // NOLINT(bugprone-reserved-identifier)
  return "leak:libfontconfig.so\n";
}
extern "C" const char* __lsan_default_options() {  // NOLINT(bugprone-reserved-identifier)
  return "print_suppressions=0";
}
#endif
