#include <gtest/gtest.h>

#include "boardlens/base/csv.hpp"
#include "boardlens/base/error.hpp"
#include "boardlens/features/rounds/csv_import.hpp"

namespace boardlens::rounds {
namespace {

using frameworks::Framework;
using orgs::Membership;

Framework TwoItems() {
  Framework fw;
  fw.ref = "test";
  fw.items = {{.ref = "risk", .title = "Risk", .why = {}, .question = "Q", .levels = {}},
              {.ref = "users", .title = "Users", .why = {}, .question = "Q", .levels = {}}};
  return fw;
}

std::string WhereOf(const std::string& csv) {
  try {
    ParseRoundCsv(csv, "r.csv", TwoItems());
  } catch (const Error& e) {
    return e.where() + "|" + e.what();
  }
  ADD_FAILURE() << "expected an error for:\n" << csv;
  return {};
}

const std::string kHeader = "respondent,membership,item,rating,evidence\n";

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

TEST(RoundCsv, ReadsRatingsAndDontKnow) {
  const auto answers =
      ParseRoundCsv("\xEF\xBB\xBF" + kHeader +
                        "Ann,executive,risk,4,\"saw the BAF, twice\"\nAnn,executive,users,DK,\n"
                        "Bob,non-executive,risk,1,\n",
                    "r.csv", TwoItems());
  ASSERT_EQ(answers.size(), 3U);
  EXPECT_EQ(*answers[0].rating, 4);
  EXPECT_EQ(answers[0].evidence, "saw the BAF, twice");
  EXPECT_FALSE(answers[1].rating);
  EXPECT_EQ(answers[2].membership, Membership::kNonExecutive);
}

TEST(RoundCsv, ReportsEachBadRowByLineAndColumn) {
  EXPECT_EQ(WhereOf(""), "r.csv:1:1|the file is empty");
  EXPECT_EQ(WhereOf("respondent,membership,item,score,evidence\n"),
            "r.csv:1:4|the header must be respondent,membership,item,rating,evidence");
  EXPECT_EQ(WhereOf(kHeader), "r.csv:2:1|the file has a header but no answers");
  EXPECT_EQ(WhereOf(kHeader + "Ann,executive,risk,6,\n"),
            "r.csv:2:4|rating: \"6\" is not a rating (1 to 5, or DK)");
  EXPECT_EQ(WhereOf(kHeader + "Ann,executive,risk,0,\n"),
            "r.csv:2:4|rating: \"0\" is not a rating (1 to 5, or DK)");
  EXPECT_EQ(WhereOf(kHeader + "Ann,executive,risk,3,\nAnn,chair,users,3,\n"),
            "r.csv:3:2|membership: \"chair\" is not executive or non-executive");
  EXPECT_EQ(WhereOf(kHeader + "Ann,executive,culture,3,\n"),
            "r.csv:2:3|item: \"culture\" is not an item of framework test");
  EXPECT_EQ(WhereOf(kHeader + "Ann,executive,risk,3,\nAnn,executive,risk,4,\n"),
            "r.csv:3:3|item: \"Ann\" already answered \"risk\" on an earlier line");
  EXPECT_EQ(WhereOf(kHeader + "Ann,executive,risk,3,\nAnn,non-executive,users,4,\n"),
            "r.csv:3:2|membership: \"Ann\" was given as executive on an earlier line");
  EXPECT_EQ(WhereOf(kHeader + "Ann,executive,risk,3\n"), "r.csv:2:4|expected 5 fields, found 4");
  EXPECT_EQ(WhereOf(kHeader + ",executive,risk,3,\n"), "r.csv:2:1|respondent: must not be empty");
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
}  // namespace boardlens::rounds
