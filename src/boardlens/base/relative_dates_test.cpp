// Dates a data file writes from today: {today-14d}, {month+1:28}.

#include <gtest/gtest.h>

#include "boardlens/base/relative_dates.hpp"

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

}  // namespace
}  // namespace boardlens
