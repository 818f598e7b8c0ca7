#include "boardlens/base/clock.hpp"

#include <array>
#include <charconv>
#include <ctime>

#include "boardlens/base/text.hpp"

namespace boardlens {
namespace {

std::string UtcText(std::int64_t epoch_seconds, const char* format) {
  const auto t = static_cast<std::time_t>(epoch_seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, format, &tm);
  return buf;
}

std::string Count(std::int64_t n, const char* unit) {
  return std::to_string(n) + " " + unit + (n == 1 ? "" : "s");
}

}  // namespace

std::int64_t SystemClock::Now() const { return static_cast<std::int64_t>(std::time(nullptr)); }

std::string IsoTime(std::int64_t epoch_seconds) {
  return UtcText(epoch_seconds, "%Y-%m-%dT%H:%M:%SZ");
}

std::string IsoDate(std::int64_t epoch_seconds) { return UtcText(epoch_seconds, "%Y-%m-%d"); }

std::int64_t EpochOfDate(const std::string& iso_date) {
  std::tm tm{};
  strptime(iso_date.c_str(), "%Y-%m-%d", &tm);
  return static_cast<std::int64_t>(timegm(&tm));
}

std::string_view MonthName(int month) {
  static constexpr std::array<std::string_view, 12> kMonths{
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  return kMonths.at(static_cast<std::size_t>(month - 1));
}

std::string MonthText(std::string_view year_month) {
  const std::string day = DateText(std::string(year_month) + "-01");  // "1 March 2026"
  return day == std::string(year_month) + "-01" ? std::string(year_month)
                                                : day.substr(day.find(' ') + 1);
}

std::string DateText(std::string_view iso_date) {
  if (!IsValidDate(iso_date)) return std::string(iso_date);
  const auto number = [&](std::size_t at, std::size_t size) {
    int n = 0;
    std::from_chars(iso_date.data() + at, iso_date.data() + at + size, n);
    return n;
  };
  const int month = number(5, 2);
  const int day = number(8, 2);
  return std::to_string(day) + " " + std::string(MonthName(month)) + " " +
         std::string(iso_date.substr(0, 4));
}

std::string DateText(std::int64_t epoch_seconds) { return DateText(IsoDate(epoch_seconds)); }

std::string DurationText(std::int64_t seconds) {
  constexpr std::int64_t kYear = 365 * kSecondsPerDay;
  // The largest unit that divides the length exactly, so "90 minutes" is never "1 hour".
  if (seconds >= kYear && seconds % kYear == 0) return Count(seconds / kYear, "year");
  if (seconds >= kSecondsPerDay && seconds % kSecondsPerDay == 0) {
    return Count(seconds / kSecondsPerDay, "day");
  }
  if (seconds >= kSecondsPerHour && seconds % kSecondsPerHour == 0) {
    return Count(seconds / kSecondsPerHour, "hour");
  }
  if (seconds >= kSecondsPerMinute && seconds % kSecondsPerMinute == 0) {
    return Count(seconds / kSecondsPerMinute, "minute");
  }
  return Count(seconds, "second");
}

}  // namespace boardlens
