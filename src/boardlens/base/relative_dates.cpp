#include "boardlens/base/relative_dates.hpp"

#include <charconv>

#include <fmt/format.h>

#include "boardlens/base/clock.hpp"

namespace boardlens {
namespace {

/// The number after a placeholder's word, as in "today-14d" or "month+2:28"; 0 if none.
int Offset(std::string_view token, std::size_t word) {
  int n = 0;
  const char* first = token.data() + word + (token.substr(word).starts_with('+') ? 1 : 0);
  std::from_chars(first, token.data() + token.size(), n);
  return n;
}

std::string Resolve(std::string_view token, const std::string& today,
                    const std::function<std::string(std::string_view)>& named) {
  if (token.starts_with("today")) {
    return IsoDate(EpochOfDate(today) + Offset(token, 5) * kSecondsPerDay);
  }
  if (!token.starts_with("month")) return named(token);
  const int month =
      std::stoi(today.substr(0, 4)) * 12 + std::stoi(today.substr(5, 2)) - 1 + Offset(token, 5);
  const auto day = token.find(':');
  return fmt::format("{:04}-{:02}", month / 12, month % 12 + 1) +
         (day == std::string_view::npos ? "" : "-" + std::string(token.substr(day + 1)));
}

}  // namespace

std::string ResolveRelativeDates(std::string_view text, const std::string& today,
                                 const std::function<std::string(std::string_view)>& named) {
  std::string out;
  std::size_t at = 0;
  for (auto open = text.find('{'); open != std::string_view::npos; open = text.find('{', at)) {
    const auto close = text.find('}', open);
    out.append(text.substr(at, open - at));
    out += Resolve(text.substr(open + 1, close - open - 1), today, named);
    at = close + 1;
  }
  return out.append(text.substr(at));
}

}  // namespace boardlens
