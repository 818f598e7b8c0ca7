// Times, dates and lengths of time as people write them, and the clock tests move.

#include <gtest/gtest.h>

#include "boardlens/base/clock.hpp"

namespace boardlens {
namespace {

TEST(Clock, TimesAndLengthsReadAsPeopleWriteThem) {
  EXPECT_EQ(IsoTime(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(IsoDate(1'764'201'600), "2025-11-27");
  EXPECT_EQ(DateText("2025-10-01"), "1 October 2025");
  EXPECT_EQ(DateText("2026-11-30"), "30 November 2026");
  EXPECT_EQ(DateText(1'764'201'600), "27 November 2025");
  EXPECT_EQ(DateText(""), "");
  EXPECT_EQ(DateText("2026-13-01"), "2026-13-01") << "not a date: as given";
  EXPECT_EQ(DateText("2026-02-30"), "2026-02-30") << "no such day: as given";
  EXPECT_EQ(DateText("soon"), "soon");
  EXPECT_EQ(MonthName(1), "January");
  EXPECT_EQ(MonthName(12), "December");
  EXPECT_EQ(MonthText("2026-03"), "March 2026");
  EXPECT_EQ(MonthText("2026-13"), "2026-13") << "not a month: as given";
  EXPECT_EQ(DurationText(15 * kSecondsPerMinute), "15 minutes");
  EXPECT_EQ(DurationText(kSecondsPerHour), "1 hour");
  EXPECT_EQ(DurationText(90 * kSecondsPerMinute), "90 minutes");
  EXPECT_EQ(DurationText(7 * kSecondsPerDay), "7 days");
  EXPECT_EQ(DurationText(365 * kSecondsPerDay), "1 year");
  EXPECT_EQ(DurationText(1), "1 second");
  ManualClock clock(100);
  clock.Advance(20);
  EXPECT_EQ(clock.Now(), 120);
}

}  // namespace
}  // namespace boardlens
