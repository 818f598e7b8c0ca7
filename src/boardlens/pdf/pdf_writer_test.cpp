// The PDF writer without a file: pages follow the content, a level-1 heading starts a page,
// and the contents links to each section. The pack's tests read whole PDFs with poppler's tools.

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace boardlens::pdf
