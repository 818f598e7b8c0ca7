// Organisations' rules without I/O: ODS codes, the names of kinds and memberships, a board
// member checked whole, and who may answer a round.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "boardlens/base/error.hpp"
#include "boardlens/features/orgs/organisation.hpp"

namespace boardlens::orgs {
namespace {

TEST(OrgRules, OdsCodesAreThreeToTenCapitalLettersAndDigits) {
  for (const char* good : {"RX1", "QWE", "RAA", "R1A2B3C4D5"}) {
    EXPECT_TRUE(IsValidOdsCode(good)) << good;
  }
  for (const char* bad : {"", "RX", "rx1", "RX-1", "RX 1", "R1A2B3C4D5E", "RÉ1"}) {
    EXPECT_FALSE(IsValidOdsCode(bad)) << bad;
  }
}

TEST(OrgRules, KindAndMembershipNamesGoBothWaysAndNothingElseIsOne) {
  for (const OrgKind kind : {OrgKind::kTrust, OrgKind::kIcb}) {
    EXPECT_EQ(ParseOrgKind(ToString(kind)), kind);
  }
  for (const Membership m : {Membership::kExecutive, Membership::kNonExecutive}) {
    EXPECT_EQ(ParseMembership(ToString(m)), m);
  }
  EXPECT_EQ(ToString(Membership::kNonExecutive), "non-executive");
  EXPECT_EQ(ParseOrgKind("ICB"), std::nullopt);
  EXPECT_EQ(ParseMembership("non executive"), std::nullopt);
  EXPECT_EQ(ParseMembership(""), std::nullopt);
}

TEST(OrgRules, AMemberIsCheckedWholeAndKeptInStoredForm) {
  Member m;
  m.name = "  Ann Lee ";
  m.email = " Ann.Lee@Trust.NHS.uk ";
  m.job_title = " Chief Digital Officer ";
  CheckMember(m);
  EXPECT_EQ(m.name, "Ann Lee");
  EXPECT_EQ(m.email, "ann.lee@trust.nhs.uk");
  EXPECT_EQ(m.job_title, "Chief Digital Officer");
  Member bad;
  bad.name = " ";
  bad.email = "ann";
  bad.job_title = "Director";
  std::vector<std::string> wheres;
  try {
    CheckMember(bad);
  } catch (const Error& e) {
    for (const auto& p : e.AllProblems()) wheres.push_back(p.where);
  }
  EXPECT_EQ(wheres, (std::vector<std::string>{"name", "email"}));
}

TEST(OrgRules, OnlyAMemberWhoSignsInAsAMemberOrAboveAnswersARound) {
  MemberAccess access;
  EXPECT_FALSE(access.CanAnswer()) << "no account yet";
  access.role = Role::kViewer;
  EXPECT_FALSE(access.CanAnswer());
  access.role = Role::kMember;
  EXPECT_TRUE(access.CanAnswer());
  access.role = Role::kSecretary;
  EXPECT_TRUE(access.CanAnswer());
}

TEST(OrgRules, TheScopeOfARequestIsTheOrganisationAndTheRoleInIt) {
  OrgAccess access;
  access.org.id = 3;
  access.org.ods_code = "RAA";
  access.org.name = "Alpha Trust";
  access.role = Role::kSecretary;
  const OrgScope scope = ScopeOf(access);
  EXPECT_EQ(scope.id, 3);
  EXPECT_EQ(scope.ods_code, "RAA");
  EXPECT_EQ(scope.name, "Alpha Trust");
  EXPECT_EQ(scope.role, Role::kSecretary);
}

}  // namespace
}  // namespace boardlens::orgs
