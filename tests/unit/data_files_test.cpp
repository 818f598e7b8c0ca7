// Data kept in files by hand (the demo's): dates written from today, one CSV file holding
// several imports, JSON written as YAML, and user-voice reports from CSV.

#include <gtest/gtest.h>

#include "boardlens/base/csv_groups.hpp"
#include "boardlens/base/error.hpp"
#include "boardlens/base/relative_dates.hpp"
#include "boardlens/features/voice/report_csv.hpp"
#include "boardlens/http/yaml_body.hpp"

namespace boardlens {
namespace {

std::string Unnamed(std::string_view token) { return "<" + std::string(token) + ">"; }

TEST(RelativeDates, DaysAndMonthsCountFromToday) {
  EXPECT_EQ(ResolveRelativeDates("{today}|{today-14d}|{today+25d}", "2026-12-07", Unnamed),
            "2026-12-07|2026-11-23|2027-01-01");
  EXPECT_EQ(ResolveRelativeDates("{month-11}|{month+1:28}|{month-12:01}", "2026-12-07", Unnamed),
            "2026-01|2027-01-28|2025-12-01");
  EXPECT_EQ(ResolveRelativeDates("owner: {member:Helen Marsh}, 2026-04-01", "2026-12-07", Unnamed),
            "owner: <member:Helen Marsh>, 2026-04-01")
      << "other placeholders are named; dates written out stay";
}

TEST(CsvGroups, RowsGroupByTheirLeadingColumnsInTheOrderTheyCome) {
  const auto groups = GroupCsv("when,who,a,b\n2,x,1,2\n1,y,3,4\n2,x,5,6\n", "f.csv", 2);
  ASSERT_EQ(groups.size(), 2U);
  EXPECT_EQ(groups[0].key, (std::vector<std::string>{"2", "x"}));
  EXPECT_EQ(groups[0].csv, "a,b\r\n1,2\r\n5,6\r\n");
  EXPECT_EQ(groups[1].csv, "a,b\r\n3,4\r\n");
}

TEST(YamlBody, QuotedScalarsStayTextAndPlainOnesBecomeWhatTheyRead) {
  const auto json = http::JsonFromYaml(
      "# a comment\nname: Patient portal\nbaseline: \"19500\"\ntarget: 99.5\nusers: 64000\n"
      "top: true\nnone: ~\non: 2026-04-01\nlist:\n  - 1\n  - x\n");
  EXPECT_EQ(json["name"], "Patient portal");
  EXPECT_EQ(json["baseline"], "19500");
  EXPECT_EQ(json["target"], 99.5);
  EXPECT_EQ(json["users"], 64000);
  EXPECT_EQ(json["top"], true);
  EXPECT_TRUE(json["none"].is_null());
  EXPECT_EQ(json["on"], "2026-04-01");
  EXPECT_EQ(json["list"], http::Json::parse("[1, \"x\"]"));
}

TEST(ReportsCsv, ColumnsAreFoundByNameAndServicesByTheirName) {
  const std::map<std::string, Id> services{{"Patient portal", 7}};
  const auto reports = voice::ParseReportsCsv(
      "id,received_on,service,reporter,barriers,what_happened,how_often,impact,fft\n"
      "3,2026-11-02,Patient portal,patient,slow;log_in,It froze,sometimes,little,good\n"
      "4,2026-11-03,Something else,staff,broken,,first_time,stopped,neither\n",
      "r.csv", services);
  ASSERT_EQ(reports.size(), 2U);
  EXPECT_EQ(reports[0].first, "2026-11-02");
  EXPECT_EQ(reports[0].second.service, "7");
  EXPECT_EQ(reports[0].second.barriers, (std::vector<std::string>{"slow", "log_in"}));
  EXPECT_EQ(reports[0].second.what_happened, "It froze");
  EXPECT_EQ(reports[1].second.service, "other");
  EXPECT_FALSE(reports[1].second.consent);
  try {
    voice::ParseReportsCsv("received_on,service,reporter\n2026-11-02,Portal,staff\n", "r.csv",
                           services);
    FAIL() << "missing columns and an unknown service are refused";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("barriers"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace boardlens
