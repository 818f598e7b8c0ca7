#include "boardlens/xlsx/workbook.hpp"

#include <gtest/gtest.h>

namespace boardlens::xlsx {
namespace {

TEST(Xlsx, CellsAreTypedFromTheirTextAndNothingIsAFormula) {
  for (const char* number : {"0", "12", "-3", "99.5", "0.25", "1,110", "1,250,000.5"}) {
    EXPECT_EQ(TypeOf(number), CellType::kNumber) << number;
  }
  EXPECT_EQ(TypeOf("2026-12-07"), CellType::kDate);
  EXPECT_EQ(TypeOf("2026-11-27T10:39:00Z"), CellType::kDateTime);
  for (const char* text :
       {"", "007", "1.", ".5", "1e5", "12,34", "1,2345", ",110", "1234567890123456", "2026-02-30",
        "2026-12-7", "2026-11-27T24:00:00Z", "=1+1", "+44 20", "-", "64%", "RZZ", "NaN"}) {
    EXPECT_EQ(TypeOf(text), CellType::kText) << text;
  }
}

TEST(Xlsx, AWorkbookIsAZipWhateverItsSheetsAreCalled) {
  const std::string book = Workbook({{"Risks", {{"title", "score"}, {"Ransomware", "16"}}},
                                     {"risks", {{"a"}}},  // the same name but for case: made unique
                                     {"Needs/a:name [that] is far too long for Excel", {}},
                                     {"", {{"=HYPERLINK(\"http://x\")"}}}});
  EXPECT_TRUE(book.starts_with("PK\x03\x04")) << "an XLSX file is a zip";
  EXPECT_GT(book.size(), 1000U);
}

}  // namespace
}  // namespace boardlens::xlsx
