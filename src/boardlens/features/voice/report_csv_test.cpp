// User-voice reports read from CSV.

#include <gtest/gtest.h>

#include "boardlens/base/error.hpp"
#include "boardlens/features/voice/report_csv.hpp"

namespace boardlens {
namespace {

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
