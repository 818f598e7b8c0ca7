// CSV as files carry it: quotes, commas and newlines read with their places, and written so
// that a spreadsheet runs no formula and reads back what was written.

#include <gtest/gtest.h>

#include "boardlens/base/csv.hpp"
#include "boardlens/base/error.hpp"

namespace boardlens {
namespace {

TEST(Csv, QuotesCommasNewlinesAndPositions) {
  const auto rows = ParseCsv("a,\"b,c\",\"d \"\"q\"\"\"\r\n\n\"multi\nline\",x\n", "t.csv");
  ASSERT_EQ(rows.size(), 2U);
  EXPECT_EQ(rows[0][1].text, "b,c");
  EXPECT_EQ(rows[0][2].text, "d \"q\"");
  EXPECT_EQ(rows[1][0].text, "multi\nline");
  EXPECT_EQ(rows[1][0].line, 3);
  EXPECT_EQ(rows[1][1].line, 4);
  EXPECT_EQ(rows[1][1].column, 2);
}

TEST(Csv, RefusesBrokenQuotes) {
  try {
    ParseCsv("a,\"open\nb,c\n", "t.csv");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.where(), "t.csv:1:2");
  }
  try {
    ParseCsv("a,\"x\"y\n", "t.csv");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.where(), "t.csv:1:2");
  }
}

TEST(CsvWrite, QuotesWhatNeedsItAndDisarmsFormulas) {
  const std::string csv = WriteCsv({{"name", "note", "change"},
                                    {"Ann \"Nan\" Lee", "a, b\nc", "-0.5"},
                                    {"=HYPERLINK(\"x\")", "@SUM(A1)", "-1+2"}});
  EXPECT_EQ(csv,
            "name,note,change\r\n"
            "\"Ann \"\"Nan\"\" Lee\",\"a, b\nc\",-0.5\r\n"
            "\"'=HYPERLINK(\"\"x\"\")\",'@SUM(A1),'-1+2\r\n");
  // What we write, we read back (apart from the apostrophes that disarm formulas).
  const auto records = ParseCsv(csv, "out.csv");
  ASSERT_EQ(records.size(), 3U);
  EXPECT_EQ(records[1][0].text, "Ann \"Nan\" Lee");
  EXPECT_EQ(records[1][1].text, "a, b\nc");
  EXPECT_EQ(records[2][0].text, "=HYPERLINK(\"x\")");
  EXPECT_EQ(records[2][1].text, "@SUM(A1)");
}

TEST(CsvWrite, ControlCharactersNeverLeaveRaw) {
  // Issue 19: stored text may hold them from before they were refused.
  EXPECT_EQ(WriteCsv({{"a\x1b[2Jb", "two\r\nlines\tand a tab"}}),
            "a\xEF\xBF\xBD[2Jb,\"two\r\nlines\tand a tab\"\r\n");
}

TEST(CsvWrite, WhatIsWrittenReadsBackAsItWasApostrophesAndAll) {
  // Issue 19: a name disarmed on export came back with its apostrophe, so a round trip made
  // a second register entry. Only the apostrophe the writer added is taken off.
  const std::vector<std::string> names{
      "-Legacy PAS", "=1+1",   "+44 20", "@risk", "\tindented", "'-already quoted",
      "''=two",      "'plain", "-0.5",   "'-0.5", "it's fine",  "'",
      "''",          "-",      "'\r\nx", "+",     "Plain name"};
  std::vector<std::vector<std::string>> rows;
  rows.reserve(names.size());
  for (const std::string& name : names) rows.push_back({name, "x"});
  const auto records = ParseCsv(WriteCsv(rows), "out.csv");
  ASSERT_EQ(records.size(), names.size());
  for (std::size_t i = 0; i < names.size(); ++i) {
    EXPECT_EQ(records[i][0].text, names[i]);
  }
  EXPECT_EQ(UndoCsvDisarming("'-x"), "-x");
  EXPECT_EQ(UndoCsvDisarming("'x"), "'x");
  EXPECT_EQ(UndoCsvDisarming("'-0.5"), "'-0.5");
  EXPECT_EQ(UndoCsvDisarming("''=x"), "'=x");
}

}  // namespace
}  // namespace boardlens
