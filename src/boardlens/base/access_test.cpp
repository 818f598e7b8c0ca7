// Who is asking, and the ids they write.

#include <gtest/gtest.h>

#include "boardlens/base/access.hpp"

namespace boardlens {
namespace {

TEST(Ids, AreDigitsOnlyAboveZeroAndFitAnId) {
  EXPECT_EQ(ParseId("42"), 42);
  EXPECT_EQ(ParseId("999999999999999999"), 999999999999999999);
  for (const char* bad : {"", "0", "-1", "1e3", " 7", "1234567890123456789", "٣"}) {
    EXPECT_FALSE(ParseId(bad).has_value()) << bad;
  }
}

}  // namespace
}  // namespace boardlens
