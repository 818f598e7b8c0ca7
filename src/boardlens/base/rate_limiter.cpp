#include "boardlens/base/rate_limiter.hpp"

#include <algorithm>
#include <cmath>

#include "boardlens/base/clock.hpp"

namespace boardlens {

double RateLimiter::Level(const Bucket& bucket, std::int64_t now) const {
  const double elapsed = static_cast<double>(std::max<std::int64_t>(0, now - bucket.at));
  return std::min(rule_.burst,
                  bucket.tokens + elapsed * rule_.per_hour / static_cast<double>(kSecondsPerHour));
}

void RateLimiter::Prune(std::int64_t now) {
  std::erase_if(buckets_,
                [&](const auto& entry) { return Level(entry.second, now) >= rule_.burst; });
  // Still full: a flood from very many keys. Starting afresh lets each one through once more,
  // which is better than growing without bound.
  if (buckets_.size() >= max_keys_) buckets_.clear();
}

std::int64_t RateLimiter::Take(std::string_view key, std::int64_t now) {
  const std::lock_guard lock(mutex_);
  auto it = buckets_.find(std::string(key));
  if (it == buckets_.end()) {
    if (buckets_.size() >= max_keys_) Prune(now);
    it = buckets_.emplace(std::string(key), Bucket{rule_.burst, now}).first;
  }
  Bucket& bucket = it->second;
  bucket.tokens = Level(bucket, now);
  bucket.at = std::max(bucket.at, now);
  if (bucket.tokens >= 1) {
    bucket.tokens -= 1;
    return 0;
  }
  if (rule_.per_hour <= 0) return kSecondsPerHour;  // never refills: say an hour
  const double wait = (1 - bucket.tokens) * static_cast<double>(kSecondsPerHour) / rule_.per_hour;
  return std::max<std::int64_t>(1, static_cast<std::int64_t>(std::ceil(wait)));
}

}  // namespace boardlens
