// The services register's rules: numbers as people type them, contract flags, and the
// register's CSV both ways.

#include <gtest/gtest.h>

#include "boardlens/base/csv.hpp"
#include "boardlens/base/error.hpp"
#include "boardlens/features/services/register_csv.hpp"
#include "boardlens/features/services/service.hpp"

namespace boardlens::services {
namespace {

TEST(ServiceRules, WholeNumbersTakePoundSignsAndCommasAndNothingElse) {
  EXPECT_EQ(ParseWholeNumber("£1,250,000", "cost"), 1250000);
  EXPECT_EQ(ParseWholeNumber(" 45000 ", "users"), 45000);
  EXPECT_EQ(ParseWholeNumber("", "cost"), std::nullopt);
  EXPECT_EQ(ParseWholeNumber("1,000,000,000,000", "cost"), kMaxWholeNumber);
  EXPECT_THROW(ParseWholeNumber("1,000,000,000,001", "cost"), Error);
  for (const char* bad : {"12.5", "-3", "1e6", "lots", "£", "99999999999999999999"}) {
    try {
      ParseWholeNumber(bad, "cost");
      ADD_FAILURE() << bad;
    } catch (const Error& e) {
      EXPECT_EQ(e.where(), "cost") << bad;
    }
  }
}

TEST(ServiceRules, DecimalsRefuseWhatIsNotAPlainNumber) {
  EXPECT_EQ(OptionalDecimal("99.5", "target"), 99.5);
  EXPECT_EQ(OptionalDecimal("-3", "target"), -3.0);
  EXPECT_EQ(OptionalDecimal(" ", "target"), std::nullopt);
  for (const char* bad : {"nan", "inf", "1e3", "99,5", "1.2.3", "--1", "12%"}) {
    EXPECT_THROW(OptionalDecimal(bad, "target"), Error) << bad;
  }
}

TEST(ServiceRules, AContractIsFlaggedWithinTwelveMonthsOrWhenItHasEnded) {
  ServiceInput s;
  s.contract_ends_on = "2027-11-27";
  EXPECT_TRUE(ContractEndingSoon(s, "2026-11-27"));
  s.contract_ends_on = "2027-11-28";
  EXPECT_FALSE(ContractEndingSoon(s, "2026-11-27"));
  s.contract_ends_on = "2025-01-01";
  EXPECT_TRUE(ContractEndingSoon(s, "2026-11-27"));
  s.stage = Stage::kRetired;
  EXPECT_FALSE(ContractEndingSoon(s, "2026-11-27"));
  s.contract_ends_on.clear();
  s.stage = Stage::kLive;
  EXPECT_FALSE(ContractEndingSoon(s, "2026-11-27"));
  // A 29 February has no twin a year on; the flag runs to 28 February.
  s.contract_ends_on = "2025-02-28";
  EXPECT_TRUE(ContractEndingSoon(s, "2024-02-29"));
}

TEST(ServiceRules, ANameAFormulaCouldStartWithComesBackAsItWas) {
  // Issue 19: "-Legacy PAS" was exported as "'-Legacy PAS" and imported with the apostrophe.
  const OwnersByName owners{{"omar siddiqui", 7}};
  Service s;
  s.what.name = "-Legacy PAS";
  s.what.owner_member_id = 7;
  s.what.stage = Stage::kLive;
  s.owner_name = "Omar Siddiqui";
  const std::string csv = WriteCsv(RegisterTable({s}));
  ASSERT_NE(csv.find("'-Legacy PAS"), std::string::npos) << "disarmed on the way out";
  const auto back = ParseRegisterCsv(csv, "r.csv", owners);
  ASSERT_EQ(back.size(), 1U);
  EXPECT_EQ(back.front().name, "-Legacy PAS");
}

TEST(ServiceRules, TheRegistersCsvRoundTripsAndNamesEveryFaultByLineAndColumn) {
  const OwnersByName owners{{"omar siddiqui", 7}};
  Service s;
  s.what.name = "Patient portal";
  s.what.owner_member_id = 7;
  s.what.approx_users = 45000;
  s.what.stage = Stage::kRetiring;
  s.what.whole_life_cost = 1200000;
  s.owner_name = "Omar Siddiqui";
  const std::string csv = WriteCsv(RegisterTable({s}));
  const auto back = ParseRegisterCsv(csv, "r.csv", owners);
  ASSERT_EQ(back.size(), 1U);
  EXPECT_EQ(back.front().name, "Patient portal");
  EXPECT_EQ(back.front().owner_member_id, 7);
  EXPECT_EQ(back.front().stage, Stage::kRetiring);
  EXPECT_EQ(back.front().whole_life_cost, 1200000);

  const std::string header = csv.substr(0, csv.find('\n') + 1);
  try {
    ParseRegisterCsv(header +
                         ",,Omar Siddiqui,,,,,,,,\nA,,Omar Siddiqui,,,live,,,,,\n"
                         "A,,Omar Siddiqui,,,soon,,,,,x\nB,too,few\n",
                     "r.csv", owners);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    std::vector<std::string> where;
    for (const auto& p : e.problems()) where.push_back(p.where);
    EXPECT_EQ(where, (std::vector<std::string>{"r.csv:2:1", "r.csv:2:6", "r.csv:4:1", "r.csv:4:6",
                                               "r.csv:4:11", "r.csv:5:3"}));
  }
  EXPECT_THROW(ParseRegisterCsv("name,owner\n", "r.csv", owners), Error);
  EXPECT_THROW(ParseRegisterCsv(header, "r.csv", owners), Error);
}

}  // namespace
}  // namespace boardlens::services
