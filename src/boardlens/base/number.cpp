#include "boardlens/base/number.hpp"

#include <charconv>
#include <cmath>

#include "boardlens/base/error.hpp"
#include "boardlens/base/text.hpp"

namespace boardlens {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

/// The digits of a whole part written "12500" or "12,500": commas, if any, between every
/// group of three. Empty when it is written any other way.
std::string WholeDigits(std::string_view part) {
  if (part.find(',') == std::string_view::npos) {
    for (const char c : part) {
      if (!IsDigit(c)) return {};
    }
    return std::string(part);
  }
  std::string digits;
  std::size_t group = 0;  // digits since the last comma
  bool first_group = true;
  for (const char c : part) {
    if (c == ',') {
      if (first_group ? (group == 0 || group > 3) : group != 3) return {};
      first_group = false;
      group = 0;
    } else if (IsDigit(c)) {
      digits += c;
      ++group;
    } else {
      return {};
    }
  }
  return group == 3 ? digits : std::string();
}

}  // namespace

std::optional<double> ParseNumber(std::string_view text, bool pounds) {
  bool negative = false;
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
    negative = text.front() == '-';
    text.remove_prefix(1);
  }
  if (pounds && text.starts_with("£")) text.remove_prefix(std::string_view("£").size());
  const std::size_t point = text.find('.');
  const std::string_view whole = text.substr(0, point);
  const std::string_view fraction =
      point == std::string_view::npos ? std::string_view() : text.substr(point + 1);
  std::string digits = whole.empty() ? std::string() : WholeDigits(whole);
  if (!whole.empty() && digits.empty()) return std::nullopt;
  for (const char c : fraction) {
    if (!IsDigit(c)) return std::nullopt;
  }
  if (digits.empty() && fraction.empty()) return std::nullopt;
  if (!fraction.empty()) digits += "." + std::string(fraction);
  // from_chars alone would take "inf", "nan" and "1e5"; only digits and a point reach it.
  double value = 0;
  const char* end = digits.data() + digits.size();
  const auto [ptr, ec] = std::from_chars(digits.data(), end, value, std::chars_format::fixed);
  if (ec != std::errc() || ptr != end || !std::isfinite(value)) return std::nullopt;
  return negative ? -value : value;
}

std::optional<std::string> NumberProblem(double value, const NumberRule& rule) {
  const std::string what(rule.what);
  if (rule.whole && std::trunc(value) != value) return what + " must be a whole number";
  if (value >= rule.min && value <= rule.max) return std::nullopt;
  // A bound beyond any believable value is there only to stop typos; name only the other one.
  constexpr double kUnbelievable = 1e12;
  if (std::fabs(rule.max) >= kUnbelievable && value < rule.min) {
    return what + " must be " + BoundText(rule.min) + " or more";
  }
  if (std::fabs(rule.min) >= kUnbelievable && value > rule.max) {
    return what + " must be " + BoundText(rule.max) + " or less";
  }
  return what + " must be between " + BoundText(rule.min) + " and " + BoundText(rule.max);
}

std::optional<double> ReadNumber(std::string_view text, const NumberRule& rule,
                                 std::string_view field) {
  text = Trim(text);
  if (text.empty()) return std::nullopt;
  const auto value = ParseNumber(text, rule.pounds);
  if (!value) {
    throw Invalid(
        std::string(rule.what) + (rule.whole ? " must be a whole number" : " must be a number"),
        std::string(field));
  }
  if (auto problem = NumberProblem(*value, rule)) throw Invalid(*problem, std::string(field));
  return value;
}

std::optional<std::int64_t> ReadWholeNumber(std::string_view text, const NumberRule& rule,
                                            std::string_view field) {
  const auto value = ReadNumber(text, rule, field);
  if (!value) return std::nullopt;
  return static_cast<std::int64_t>(std::llround(*value));
}

std::string WithThousands(std::int64_t number) {
  std::string digits = std::to_string(number);
  const std::size_t first = digits.starts_with('-') ? 1 : 0;
  for (std::size_t i = digits.size(); i > first + 3; i -= 3) digits.insert(i - 3, ",");
  return digits;
}

std::string PoundsText(std::int64_t pounds) { return "£" + WithThousands(pounds); }

std::string BoundText(double bound) {
  if (std::trunc(bound) == bound && std::fabs(bound) < 9e15) {
    return WithThousands(static_cast<std::int64_t>(bound));
  }
  std::string text(32, '\0');
  const auto [end, ec] = std::to_chars(text.data(), text.data() + text.size(), bound);
  text.resize(static_cast<std::size_t>(end - text.data()));
  return text;
}

}  // namespace boardlens
