// The services register's rules: numbers as people type them, contract flags, and the
// register's CSV both ways.

#include <gtest/gtest.h>

#include "boardlens/base/csv.hpp"
#include "boardlens/base/error.hpp"
#include "boardlens/features/services/register_csv.hpp"
#include "boardlens/features/services/service.hpp"

namespace boardlens::services {
namespace {

TEST(ServiceRules, CostsTakePoundSignsAndCommasAndSayWhatIsWrongByTheirLabel) {
  EXPECT_EQ(ReadWholeNumber("£1,250,000", kCapitalCostRule, "capital_cost"), 1250000);
  EXPECT_EQ(ReadWholeNumber(" 45000 ", kUsersRule, "approx_users"), 45000);
  EXPECT_EQ(ReadWholeNumber("", kCapitalCostRule, "capital_cost"), std::nullopt);
  EXPECT_EQ(ReadWholeNumber("1,000,000,000,000", kCapitalCostRule, "capital_cost"),
            kMaxWholeNumber);
  const auto refusal = [](const char* text, const NumberRule& rule) {
    try {
      ReadWholeNumber(text, rule, "field");
    } catch (const Error& e) {
      EXPECT_EQ(e.where(), "field") << text;
      return std::string(e.what());
    }
    return std::string("taken");
  };
  EXPECT_EQ(refusal("-3", kUsersRule), "The number of people who use it must be 0 or more");
  EXPECT_EQ(refusal("12.5", kCapitalCostRule), "Capital cost must be a whole number");
  EXPECT_EQ(refusal("£12", kUsersRule), "The number of people who use it must be a whole number");
  for (const char* bad : {"1e6", "lots", "£", "99999999999999999999", "1,000,000,000,001"}) {
    EXPECT_NE(refusal(bad, kWholeLifeCostRule), "taken") << bad;
  }
  // A measure's numbers: limits fix after at least two points; a target may be negative.
  EXPECT_EQ(refusal("1", kFixAfterRule),
            "The number of points to fix the limits after must be between 2 and 10,000");
  EXPECT_EQ(ReadNumber("-3", kTargetRule, "target"), -3.0);
  EXPECT_EQ(ReadNumber("1,234.5", kValueRule, "value"), 1234.5);
  for (const char* bad : {"nan", "inf", "1e3", "99,5", "1.2.3", "--1", "12%"}) {
    EXPECT_EQ(refusal(bad, kTargetRule), "The target must be a number") << bad;
  }
}

TEST(ServiceRules, OneLineFieldsRefuseTabsAndLineBreaks) {
  ServiceInput s;
  s.name = "Electronic patient record";
  s.owner_member_id = 1;
  s.supplier = "Big\tSupplier";
  s.user_groups = "Ward nurses\nDoctors";
  s.purpose = "Records\nand orders";  // a description may run to several lines
  try {
    CheckService(s);
    ADD_FAILURE() << "taken";
  } catch (const Error& e) {
    std::vector<std::string> wheres;
    for (const FieldProblem& p : e.AllProblems()) wheres.push_back(p.where);
    EXPECT_EQ(wheres, (std::vector<std::string>{"user_groups", "supplier"}));
  }
}

TEST(ServiceRules, StaffAndPatientsUseTheServicesOfTheirSide) {
  EXPECT_TRUE(UsedBy(Audience::kStaff, true));
  EXPECT_FALSE(UsedBy(Audience::kStaff, false));
  EXPECT_TRUE(UsedBy(Audience::kPatients, false));
  EXPECT_FALSE(UsedBy(Audience::kPatients, true));
  EXPECT_TRUE(UsedBy(Audience::kBoth, true));
  EXPECT_TRUE(UsedBy(Audience::kBoth, false));
  EXPECT_EQ(ParseAudience(" Patients "), Audience::kPatients);
  EXPECT_EQ(ParseAudience("everyone"), std::nullopt);
}

TEST(ServiceRules, StagesAreReadAsThePagesShowThem) {
  EXPECT_EQ(ParseStage("live"), Stage::kLive);
  EXPECT_EQ(ParseStage(" Live "), Stage::kLive);
  EXPECT_EQ(ParseStage("RETIRING"), Stage::kRetiring);
  EXPECT_EQ(ParseStage("alive"), std::nullopt);
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
  s.what.audience = Audience::kPatients;
  s.owner_name = "Omar Siddiqui";
  const std::string csv = WriteCsv(RegisterTable({s}));
  const auto back = ParseRegisterCsv(csv, "r.csv", owners);
  ASSERT_EQ(back.size(), 1U);
  EXPECT_EQ(back.front().name, "Patient portal");
  EXPECT_EQ(back.front().owner_member_id, 7);
  EXPECT_EQ(back.front().stage, Stage::kRetiring);
  EXPECT_EQ(back.front().whole_life_cost, 1200000);
  EXPECT_EQ(back.front().audience, Audience::kPatients);
  // Who uses it is read as a person writes it, and named at its column when it is not.
  const std::string full_header = csv.substr(0, csv.find('\n') + 1);
  EXPECT_EQ(ParseRegisterCsv(full_header + "A,,Omar Siddiqui,,,live,,,,,,Staff\n", "r.csv", owners)
                .front()
                .audience,
            Audience::kStaff);
  try {
    ParseRegisterCsv(full_header + "A,,Omar Siddiqui,,,live,,,,,,everyone\n", "r.csv", owners);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.where(), "r.csv:2:12");
  }

  // A file from before the register asked who uses each service, without the last column.
  const std::string header = csv.substr(0, csv.find(",audience")) + "\n";
  EXPECT_EQ(
      ParseRegisterCsv(header + "A,,Omar Siddiqui,,,live,,,,,\n", "r.csv", owners).front().audience,
      Audience::kBoth);
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
