#pragma once
/// Time as boardlens sees it: seconds since the epoch, from a clock the composition root
/// chooses. Tests move a ManualClock forward instead of waiting or zeroing a setting.

#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>

namespace boardlens {

class Clock {
 public:
  virtual ~Clock() = default;
  /// Seconds since the epoch, UTC.
  virtual std::int64_t Now() const = 0;
};

class SystemClock final : public Clock {
 public:
  std::int64_t Now() const override;
};

/// A clock that stands still until told to move; safe to move while other threads read it.
class ManualClock final : public Clock {
 public:
  explicit ManualClock(std::int64_t now) : now_(now) {}
  std::int64_t Now() const override { return now_.load(); }
  void Advance(std::int64_t seconds) { now_ += seconds; }
  void Set(std::int64_t now) { now_ = now; }

 private:
  std::atomic<std::int64_t> now_;
};

inline constexpr std::int64_t kSecondsPerMinute = 60;
inline constexpr std::int64_t kSecondsPerHour = 60 * kSecondsPerMinute;
inline constexpr std::int64_t kSecondsPerDay = 24 * kSecondsPerHour;

/// A moment as ISO 8601 in UTC ("2026-11-27T10:39:00Z"), as the API writes times.
std::string IsoTime(std::int64_t epoch_seconds);
/// The UTC date of a moment, YYYY-MM-DD.
std::string IsoDate(std::int64_t epoch_seconds);
/// Midnight UTC at the start of a date written YYYY-MM-DD, which must be a real date.
std::int64_t EpochOfDate(const std::string& iso_date);
/// The name of a month, 1 to 12: "January".
std::string_view MonthName(int month);
/// A month as words: "March 2026" from "2026-03"; anything else comes back as it was given.
std::string MonthText(std::string_view year_month);
/// A date as the NHS writes it in words: "1 October 2025", from YYYY-MM-DD (a moment is taken
/// in UTC). Anything that is not such a date comes back as it was given.
std::string DateText(std::string_view iso_date);
std::string DateText(std::int64_t epoch_seconds);
/// A length of time as a person says it: "15 minutes", "8 hours", "7 days", "1 year".
/// Texts that describe a setting are made from it, so they cannot drift apart.
std::string DurationText(std::int64_t seconds);

}  // namespace boardlens
