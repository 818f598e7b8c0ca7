// The PDF writer without a file: pages follow the content, a level-1 heading starts a page,
// and the contents links to each section. The pack's tests read whole PDFs with poppler's tools.

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "boardlens/base/testing.hpp"
#include "boardlens/pdf/document.hpp"

namespace boardlens::pdf {
namespace {

std::size_t Pages(const std::string& pdf) {
  return CountOccurrences(pdf, "/Type /Page") - CountOccurrences(pdf, "/Type /Pages");
}

TEST(PdfWriter, PagesFollowTheContentAndEachSectionStartsOne) {
  Document doc;
  doc.title = "Test pack";
  doc.Title("Alpha Trust", "Digital board pack").Heading(2, "Contents").Contents();
  doc.Heading(1, "First", "first").Paragraph("One short paragraph.");
  const std::string short_pdf = RenderPdf(doc);
  EXPECT_TRUE(short_pdf.starts_with("%PDF-"));
  EXPECT_EQ(Pages(short_pdf), 2U) << "the cover, then the section on a page of its own";
  EXPECT_EQ(CountOccurrences(short_pdf, "/Subtype /Link"), 1U) << "its contents entry";

  for (int i = 0; i < 120; ++i) {
    doc.Paragraph("A paragraph long enough to take a line of its own on the page, number " +
                  std::to_string(i) + ".");
  }
  doc.Heading(1, "Second", "second").Table({"A", "B"}, {{"1", "2"}, {"3", "4"}});
  const std::string long_pdf = RenderPdf(doc);
  EXPECT_GE(Pages(long_pdf), 4U);
  EXPECT_EQ(CountOccurrences(long_pdf, "/Subtype /Link"), 2U);
}

TEST(PdfWriter, TextNeedsNoEscapingAndStaysText) {
  Document doc;
  doc.Title("<b>&amp; \"quoted\"", "").Paragraph("50% of (brackets) \\ and ünïcödé");
  EXPECT_EQ(Pages(RenderPdf(doc)), 1U);
}

TEST(PdfWriter, FiguresAreDrawnAndBadOnesSayWhich) {
  Document doc;
  doc.Title("Alpha Trust", "");
  const std::size_t without = RenderPdf(doc).size();
  doc.Figures(
      {R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100"><line x1="0" y1="0" )"
       R"(x2="200" y2="100" stroke="#005eb8"/><text x="10" y="50">Chart words</text></svg>)"},
      0.5);
  const std::string pdf = RenderPdf(doc);
  EXPECT_EQ(Pages(pdf), 1U);
  EXPECT_GT(pdf.size(), without + 200) << "the figure's line and words are drawn";

  doc.Figures({"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"/>", "<p>"}, 0.2);
  try {
    RenderPdf(doc);
    ADD_FAILURE() << "a figure that is not SVG was drawn";
  } catch (const std::runtime_error& e) {
    EXPECT_TRUE(std::string(e.what()).starts_with("figure 2 is not SVG")) << e.what();
  }
}

}  // namespace
}  // namespace boardlens::pdf
