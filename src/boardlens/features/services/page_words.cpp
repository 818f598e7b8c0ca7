#include "boardlens/features/services/page_words.hpp"

#include <cmath>
#include <cstdio>

#include "boardlens/base/error.hpp"
#include "boardlens/features/services/service.hpp"

namespace boardlens::services {
std::string Pounds(const std::optional<std::int64_t>& amount) {
  return amount ? PoundsText(*amount) : "Not known";
}

std::string WholeNumber(const std::optional<std::int64_t>& number) {
  return number ? WithThousands(*number) : "Not known";
}

std::string ValueText(double value, const std::string& unit) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  std::string text = buffer;
  while (text.ends_with('0')) text.pop_back();
  if (text.ends_with('.')) text.pop_back();
  if (text == "-0") text = "0";
  const auto point = text.find('.');
  const std::string whole = text.substr(0, point);
  text = (whole == "-0" ? whole : WithThousands(std::stoll(whole))) +
         (point == std::string::npos ? "" : text.substr(point));
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
