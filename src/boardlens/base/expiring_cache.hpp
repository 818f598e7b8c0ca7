#pragma once
/// A small thread-safe map whose entries expire, for facts that are cheap to fetch again but
/// are needed on every request (who a token belongs to, a caller's role).

#include <cstdint>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <utility>

namespace boardlens {

template <typename Key, typename Value>
class ExpiringCache {
 public:
  explicit ExpiringCache(std::size_t capacity = 100000) : capacity_(capacity) {}

  std::optional<Value> Find(const Key& key, std::int64_t now) {
    std::lock_guard lock(mutex_);
    const auto it = entries_.find(key);
    if (it == entries_.end()) return std::nullopt;
    if (it->second.first <= now) {
      entries_.erase(it);
      return std::nullopt;
    }
    return it->second.second;
  }

  void Put(const Key& key, Value value, std::int64_t expires_at) {
    std::lock_guard lock(mutex_);
    // Full means stale entries pile up or the cache is under attack; starting afresh is
    // cheaper than tracking age, and every entry can be fetched again.
    if (entries_.size() >= capacity_) entries_.clear();
    entries_.insert_or_assign(key, std::pair{expires_at, std::move(value)});
  }

  void Erase(const Key& key) {
    std::lock_guard lock(mutex_);
    entries_.erase(key);
  }

  void Clear() {
    std::lock_guard lock(mutex_);
    entries_.clear();
  }

 private:
  std::mutex mutex_;
  std::size_t capacity_;
  std::unordered_map<Key, std::pair<std::int64_t, Value>> entries_;
};

}  // namespace boardlens
