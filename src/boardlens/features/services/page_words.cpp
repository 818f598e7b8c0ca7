#include "boardlens/features/services/page_words.hpp"

#include <cmath>
#include <cstdio>

namespace boardlens::services {
namespace {

/// "1234567" → "1,234,567".
std::string WithCommas(std::string digits) {
  const std::size_t first = digits.starts_with('-') ? 1 : 0;
  for (std::size_t i = digits.size(); i > first + 3; i -= 3) digits.insert(i - 3, ",");
  return digits;
}

}  // namespace

std::string Pounds(const std::optional<std::int64_t>& amount) {
  return amount ? "£" + WithCommas(std::to_string(*amount)) : "Not known";
}

std::string WholeNumber(const std::optional<std::int64_t>& number) {
  return number ? WithCommas(std::to_string(*number)) : "Not known";
}

std::string ValueText(double value, const std::string& unit) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  std::string text = buffer;
  while (text.ends_with('0')) text.pop_back();
  if (text.ends_with('.')) text.pop_back();
  if (text == "-0") text = "0";
  const auto point = text.find('.');
  text = WithCommas(text.substr(0, point)) + (point == std::string::npos ? "" : text.substr(point));
  if (unit.empty()) return text;
  return unit == "%" ? text + "%" : text + " " + unit;
}

std::string ServicePath(const html::Visit& v, Id id, std::string_view rest) {
  return v.OrgPath("/services/" + std::to_string(id)) + std::string(rest);
}

std::string MeasurePath(const html::Visit& v, Id id, std::string_view rest) {
  return v.OrgPath("/measures/" + std::to_string(id)) + std::string(rest);
}

}  // namespace boardlens::services
