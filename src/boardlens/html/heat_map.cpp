// The heat map: a grid of counts shaded by tone, with labelled axes.

#include <algorithm>

#include "boardlens/html/chart_svg.hpp"

namespace boardlens::html {
namespace {

using svg::kFont;
using svg::kLine;
using svg::kMargin;
using svg::kWidth;
using svg::Num;

constexpr const char* Fill(HeatTone tone) {
  switch (tone) {
    case HeatTone::kYellow:
      return "#fff3bf";
    case HeatTone::kOrange:
      return "#ffd7a8";
    case HeatTone::kRed:
      return "#f5b8b8";
    case HeatTone::kGreen:
      break;
  }
  return "#cfe8cc";
}

}  // namespace

Html HeatMap(const ChartText& text, const std::vector<std::string>& rows,
             const std::vector<std::string>& columns, const std::string& row_title,
             const std::string& column_title, const std::vector<std::vector<HeatCell>>& cells) {
  double label_width = svg::TextWidth(row_title);
  for (const std::string& r : rows) label_width = std::max(label_width, svg::TextWidth(r));
  const double left = kMargin + label_width + kMargin;
  const double top = kLine + kMargin;  // the row title sits above the grid
  const double cell_w =
      (kWidth - left - kMargin) / static_cast<double>(std::max<std::size_t>(columns.size(), 1));
  const double cell_h = std::min(cell_w, 56.0);
  const double grid_bottom = top + cell_h * static_cast<double>(rows.size());
  const double height = grid_bottom + 2 * kLine + kMargin;

  Html out = svg::Open(text, height);
  out += Render("<text x=\"{}\" y=\"{}\" font-weight=\"bold\">{}</text>", Num(kMargin),
                Num(kLine - 4), row_title);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const double y = top + cell_h * static_cast<double>(r);
    out +=
        Render("<text x=\"{}\" y=\"{}\" text-anchor=\"end\" dominant-baseline=\"middle\">{}</text>",
               Num(left - kMargin), Num(y + cell_h / 2), rows[r]);
    for (std::size_t c = 0; c < columns.size(); ++c) {
      const HeatCell cell = r < cells.size() && c < cells[r].size() ? cells[r][c] : HeatCell{};
      const double x = left + cell_w * static_cast<double>(c);
      out += Render(
          "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\" stroke=\"#ffffff\" "
          "stroke-width=\"2\"/>",
          Num(x), Num(y), Num(cell_w), Num(cell_h), Fill(cell.tone));
      if (!cell.label.empty()) {
        out += Render("<text x=\"{}\" y=\"{}\" font-size=\"{}\" fill=\"{}\">{}</text>", Num(x + 4),
                      Num(y + kFont * 0.8), Num(kFont * 0.7), svg::kText, cell.label);
      }
      if (cell.count > 0) {
        out += Render(
            "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" dominant-baseline=\"middle\" "
            "font-weight=\"bold\" font-size=\"{}\">{}</text>",
            Num(x + cell_w / 2), Num(y + cell_h / 2 + 3), Num(kFont * 1.3), cell.count);
      }
    }
  }
  for (std::size_t c = 0; c < columns.size(); ++c) {
    out += Render("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                  Num(left + cell_w * (static_cast<double>(c) + 0.5)), Num(grid_bottom + kLine),
                  columns[c]);
  }
  out += Render("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-weight=\"bold\">{}</text>",
                Num(kWidth / 2), Num(grid_bottom + 2 * kLine + 2), column_title);
  return out + Html("</svg>");
}

}  // namespace boardlens::html
