// Which services the register's list shows, and in what order: the rules the pages and the
// API share.

#include <gtest/gtest.h>

#include "boardlens/base/error.hpp"
#include "boardlens/features/services/service.hpp"

namespace boardlens {
namespace {

services::Service ServiceOf(std::string name, services::Stage stage,
                            std::optional<std::int64_t> whole_life, std::string contract_ends) {
  services::Service s;
  s.what.name = std::move(name);
  s.what.stage = stage;
  s.what.owner_member_id = 7;
  s.what.whole_life_cost = whole_life;
  s.what.contract_ends_on = std::move(contract_ends);
  return s;
}

TEST(ServiceFilter, StageOwnerEndingContractsAndConcernEachNarrowTheList) {
  const auto portal = ServiceOf("Portal", services::Stage::kLive, 100, "2027-03-31");
  const auto ward = ServiceOf("Ward", services::Stage::kBeta, {}, "");
  const std::string today = "2026-12-07";
  const services::Filter live = services::ParseFilter("live", "", "", "", "");
  EXPECT_TRUE(Matches(portal, live, today, false));
  EXPECT_FALSE(Matches(ward, live, today, false));
  const services::Filter ending = services::ParseFilter("", "7", "yes", "no", "");
  EXPECT_TRUE(Matches(portal, ending, today, false));
  EXPECT_FALSE(Matches(ward, ending, today, false));
  const services::Filter concern = services::ParseFilter("", "", "", "yes", "");
  EXPECT_TRUE(Matches(ward, concern, today, true));
  EXPECT_FALSE(Matches(portal, concern, today, false));
}

TEST(ServiceFilter, OrdersPutUnknownAmountsAndDatesLast) {
  std::vector<services::Service> list{ServiceOf("A", services::Stage::kLive, {}, ""),
                                      ServiceOf("B", services::Stage::kLive, 50, "2028-01-31"),
                                      ServiceOf("C", services::Stage::kLive, 900, "2027-01-31")};
  const auto names = [&] {
    std::string out;
    for (const auto& s : list) out += s.what.name;
    return out;
  };
  SortInto(list, services::ParseFilter("", "", "", "", "whole_life").order);
  EXPECT_EQ(names(), "CBA");
  SortInto(list, services::ParseFilter("", "", "", "", "contract").order);
  EXPECT_EQ(names(), "CBA");
  SortInto(list, services::Order::kName);  // the order the register was read in stays
  EXPECT_EQ(names(), "CBA");
}

TEST(ServiceFilter, AWordItDoesNotKnowIsRefusedByName) {
  try {
    services::ParseFilter("gamma", "", "maybe", "", "price");
    ADD_FAILURE() << "accepted";
  } catch (const Error& e) {
    ASSERT_EQ(e.problems().size(), 3U);
    EXPECT_EQ(e.problems()[0].message,
              "stage must be discovery, alpha, beta, live, retiring or retired");
    EXPECT_EQ(e.problems()[1].message, "ending must be yes or no");
    EXPECT_EQ(e.problems()[2].where, "sort");
  }
}

}  // namespace
}  // namespace boardlens
