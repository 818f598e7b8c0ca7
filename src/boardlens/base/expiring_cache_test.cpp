// The cache: entries last until their time, and a full cache starts afresh.

#include <gtest/gtest.h>

#include "boardlens/base/expiring_cache.hpp"

namespace boardlens {
namespace {

TEST(ExpiringCache, EntriesLastUntilTheirTimeAndStartAfreshWhenFull) {
  ExpiringCache<std::string, int> cache(2);
  cache.Put("a", 1, 100);
  EXPECT_EQ(cache.Find("a", 99), 1);
  EXPECT_FALSE(cache.Find("a", 100));
  EXPECT_FALSE(cache.Find("a", 50)) << "an expired entry is gone, not hidden";
  cache.Put("a", 1, 100);
  cache.Put("b", 2, 100);
  cache.Put("c", 3, 100);  // full: starts afresh
  EXPECT_FALSE(cache.Find("a", 0));
  EXPECT_EQ(cache.Find("c", 0), 3);
  cache.Erase("c");
  EXPECT_FALSE(cache.Find("c", 0));
  cache.Put("d", 4, 100);
  cache.Clear();
  EXPECT_FALSE(cache.Find("d", 0));
}

}  // namespace
}  // namespace boardlens
