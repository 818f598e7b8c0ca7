// The rate limiter: a burst, then one at a time as each key's bucket refills, in bounded memory.

#include <gtest/gtest.h>

#include "boardlens/base/rate_limiter.hpp"

namespace boardlens {
namespace {

TEST(RateLimiter, ABurstThenOneATimeAsTheBucketRefills) {
  RateLimiter limiter({3, 60});  // one a minute
  for (int i = 0; i < 3; ++i) EXPECT_EQ(limiter.Take("a", 1000), 0);
  EXPECT_EQ(limiter.Take("a", 1000), 60) << "a minute until the next";
  EXPECT_EQ(limiter.Take("b", 1000), 0) << "each key has its own bucket";
  EXPECT_EQ(limiter.Take("a", 1030), 30);
  EXPECT_EQ(limiter.Take("a", 1060), 0);
  EXPECT_GT(limiter.Take("a", 1060), 0);
  EXPECT_EQ(limiter.Take("a", 100000), 0);
  EXPECT_EQ(limiter.Take("a", 100000), 0) << "refills to the burst, no further";
  EXPECT_EQ(limiter.Take("a", 100000), 0);
  EXPECT_GT(limiter.Take("a", 100000), 0);
}

TEST(RateLimiter, AFloodOfKeysCannotGrowItWithoutBound) {
  RateLimiter limiter({1, 1}, 100);
  for (int i = 0; i < 1000; ++i) limiter.Take("k" + std::to_string(i), 0);
  EXPECT_GT(limiter.Take("k999", 0), 0) << "the newest keys are still limited";
  RateLimiter never({1, 0});
  EXPECT_EQ(never.Take("a", 0), 0);
  EXPECT_EQ(never.Take("a", 1000000), 3600) << "no refill: try in an hour";
}

}  // namespace
}  // namespace boardlens
