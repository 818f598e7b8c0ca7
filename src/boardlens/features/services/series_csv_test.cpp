// A measure's series from CSV: what is read, and where each kind of bad input is reported.

#include "boardlens/features/services/series_csv.hpp"

#include <gtest/gtest.h>

#include "boardlens/base/error.hpp"

namespace boardlens::services {
namespace {

/// The error's where and message, or "no error".
std::pair<std::string, std::string> Fault(const std::string& csv) {
  try {
    ParseSeriesCsv(csv, "m.csv");
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kInvalid);
    return {e.where(), e.what()};
  }
  return {"no error", ""};
}

TEST(SeriesCsv, ReadsEachRowAsAPointTrimmedWithAnyHeaderCase) {
  const auto points = ParseSeriesCsv(
      "\xEF\xBB\xBF"
      "Date, Value\r\n2024-01-01,97.5\r\n2024-02-01, -3 \r\n\r\n2024-03-01,\"12\"\r\n",
      "m.csv");
  ASSERT_EQ(points.size(), 3U);
  EXPECT_EQ(points[0].date, "2024-01-01");
  EXPECT_EQ(points[0].value, 97.5);
  EXPECT_EQ(points[1].value, -3.0);
  EXPECT_EQ(points[2].date, "2024-03-01");
  EXPECT_EQ(points[2].value, 12.0);
  // A header alone is a series of no points: too short to chart, which ComputeSpc says.
  EXPECT_TRUE(ParseSeriesCsv("date,value\n", "m.csv").empty());
}

TEST(SeriesCsv, TheHeaderIsRequired) {
  EXPECT_EQ(Fault("").first, "m.csv:1:1");
  EXPECT_EQ(Fault("2024-01-01,5\n2024-02-01,6\n").first, "m.csv:1:1");
  EXPECT_EQ(Fault("value,date\n5,2024-01-01\n").first, "m.csv:1:1");
  EXPECT_EQ(Fault("date\n2024-01-01\n").first, "m.csv:1:2");
  EXPECT_EQ(Fault("date,value,note\n").first, "m.csv:1:3");
}

TEST(SeriesCsv, DatesMustBeRealAndRiseFromRowToRow) {
  EXPECT_EQ(Fault("date,value\n2024-01-01,1\n2024-02-30,2\n").first, "m.csv:3:1");
  EXPECT_EQ(Fault("date,value\n01/02/2024,1\n").first, "m.csv:2:1");
  EXPECT_EQ(Fault("date,value\n2024-1-1,1\n").first, "m.csv:2:1");
  EXPECT_EQ(Fault("date,value\n,1\n").first, "m.csv:2:1");
  const auto duplicate = Fault("date,value\n2024-01-01,1\n\n2024-01-01,2\n");
  EXPECT_EQ(duplicate.first, "m.csv:4:1");
  EXPECT_NE(duplicate.second.find("on line 2 already"), std::string::npos) << duplicate.second;
  const auto backwards = Fault("date,value\n2024-02-01,1\n2024-01-01,2\n");
  EXPECT_EQ(backwards.first, "m.csv:3:1");
  EXPECT_NE(backwards.second.find("date order"), std::string::npos) << backwards.second;
}

TEST(SeriesCsv, ValuesAreNumbersAsPeopleWriteThemAndNothingElse) {
  for (const char* junk :
       {"nan", "NaN", "inf", "-Infinity", "1e3", "12%", "five", "1.2.3", "\"1,5\"", "\"1,23\""}) {
    const auto fault = Fault(std::string("date,value\n2024-01-01,4\n2024-02-01,") + junk + "\n");
    EXPECT_EQ(fault.first, "m.csv:3:2") << junk;
    EXPECT_EQ(fault.second, "The value must be a number") << junk;
  }
  for (const char* empty : {"", "  "}) {
    const auto fault = Fault(std::string("date,value\n2024-02-01,") + empty + "\n");
    EXPECT_EQ(fault.first, "m.csv:2:2");
    EXPECT_EQ(fault.second, "enter the value");
  }
  // Thousands commas are read as everywhere else, when the value is quoted as CSV needs.
  EXPECT_EQ(ParseSeriesCsv("date,value\n2024-01-01,\"1,234.5\"\n", "m.csv").at(0).value, 1234.5);
  // Unquoted, a comma splits the row: the third field is where it went wrong.
  const auto comma = Fault("date,value\n2024-01-01,1,5\n");
  EXPECT_EQ(comma.first, "m.csv:2:3");
  EXPECT_NE(comma.second.find("in quotes"), std::string::npos) << comma.second;
  EXPECT_EQ(Fault("date,value\n2024-01-01\n").first, "m.csv:2:1");
  // So large that a chart's sums could overflow.
  EXPECT_EQ(Fault("date,value\n2024-01-01,2000000000000000\n").first, "m.csv:2:2");
  EXPECT_EQ(ParseSeriesCsv("date,value\n2024-01-01,-1000000000000000\n", "m.csv").at(0).value,
            -kMaxSeriesValue);
}

TEST(SeriesCsv, EveryBadRowIsNamedUpToTwenty) {
  try {
    ParseSeriesCsv("date,value\n2024-01-01,x\n2024-13-01,2\n2024-03-01,\n2024-04-01,4\n", "m.csv");
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    ASSERT_EQ(e.problems().size(), 3U);
    EXPECT_EQ(e.problems()[0].where, "m.csv:2:2");
    EXPECT_EQ(e.problems()[1].where, "m.csv:3:1");
    EXPECT_EQ(e.problems()[2].where, "m.csv:4:2");
  }
  std::string many = "date,value\n";
  for (int year = 2001; year <= 2003; ++year) {
    for (int month = 1; month <= 12; ++month) {
      many += std::to_string(year) + "-" + (month < 10 ? "0" : "") + std::to_string(month) +
              "-01,bad\n";
    }
  }
  try {
    ParseSeriesCsv(many, "m.csv");
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    ASSERT_EQ(e.problems().size(), 21U);
    EXPECT_NE(e.problems().back().message.find("more problems"), std::string::npos);
  }
}

TEST(SeriesCsv, AQuoteLeftOpenIsReportedWhereItStarts) {
  EXPECT_EQ(Fault("date,value\n2024-01-01,\"4\n").first.rfind("m.csv:2:", 0), 0U);
}

}  // namespace
}  // namespace boardlens::services
