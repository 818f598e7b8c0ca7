// The risk matrix as a drawing, for outputs without the page's style sheet (the board pack).
// Its shades are the register page's (web/boardlens.css, .bl-heat--*).

#include "boardlens/html/chart_svg.hpp"

namespace boardlens::html {

using namespace svg;  // the charts' own drawing kit

namespace {

const char* Shade(HeatTone tone) {
  switch (tone) {
    case HeatTone::kModerate:
      return "#fff6cc";
    case HeatTone::kHigh:
      return "#ffe3c7";
    case HeatTone::kExtreme:
      return "#fadcdc";
    case HeatTone::kLow:
      break;
  }
  return "#e6f4e4";
}

}  // namespace

Html HeatMapChart(const ChartText& text, const HeatSquares& squares, std::string_view rows,
                  std::string_view columns) {
  constexpr double kLeft = 2 * kLine + kMargin;  // the rows' name, then their numbers
  constexpr double kSide = (kWidth - kLeft - kMargin) / 5;
  constexpr double kHeight = 5 * kSide + 2 * kLine + kMargin;
  Html out = Open(text, kHeight);
  for (int row = 5; row >= 1; --row) {
    const double y = (5 - row) * kSide;
    out += Render(
        "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" dominant-baseline=\"middle\">{}"
        "</text>",
        Num(kLeft - kLine / 2), Num(y + kSide / 2), row);
    for (int column = 1; column <= 5; ++column) {
      const HeatSquare& square =
          squares.at(static_cast<std::size_t>(row - 1)).at(static_cast<std::size_t>(column - 1));
      const double x = kLeft + (column - 1) * kSide;
      out += Render(
          "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\" stroke=\"#ffffff\" "
          "stroke-width=\"2\"/>",
          Num(x), Num(y), Num(kSide), Num(kSide), Shade(square.tone));
      if (!square.label.empty()) {
        out += Render(
            "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" dominant-baseline=\"middle\" "
            "font-weight=\"bold\">{}</text>",
            Num(x + kSide / 2), Num(y + kSide / 2), square.label);
      }
    }
  }
  for (int column = 1; column <= 5; ++column) {
    out += Render("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                  Num(kLeft + (column - 0.5) * kSide), Num(5 * kSide + kLine), column);
  }
  out += Render(
      "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>"
      "<text transform=\"translate({} {}) rotate(-90)\" text-anchor=\"middle\">{}</text></svg>",
      Num(kLeft + 2.5 * kSide), Num(5 * kSide + 2 * kLine), columns, Num(kLine * 0.8),
      Num(2.5 * kSide), rows);
  return out;
}

}  // namespace boardlens::html
