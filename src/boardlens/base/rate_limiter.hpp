#pragma once
/// A token-bucket rate limiter kept in memory: cheap enough to run before any database work,
/// so a flood is turned away without touching the store. Each instance limits on its own;
/// behind a load balancer the limits add up across instances.

#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace boardlens {

class RateLimiter {
 public:
  struct Rule {
    double burst = 1;      ///< how many may come at once, from a full bucket
    double per_hour = 60;  ///< how fast the bucket refills
  };

  /// `max_keys` bounds the memory a flood of distinct keys can take.
  explicit RateLimiter(Rule rule, std::size_t max_keys = 100000)
      : rule_(rule), max_keys_(max_keys) {}

  /// Takes one token from `key`'s bucket at `now` (seconds): 0 when allowed, otherwise how
  /// many seconds until a token will be there (at least 1), for Retry-After.
  std::int64_t Take(std::string_view key, std::int64_t now);

  const Rule& rule() const { return rule_; }

 private:
  struct Bucket {
    double tokens = 0;
    std::int64_t at = 0;
  };
  /// Refilled to `now`, capped at the burst.
  double Level(const Bucket& bucket, std::int64_t now) const;
  /// Forgets buckets that have refilled (they hold nothing a new bucket would not).
  void Prune(std::int64_t now);

  Rule rule_;
  std::size_t max_keys_;
  std::mutex mutex_;
  std::unordered_map<std::string, Bucket> buckets_;
};

}  // namespace boardlens
