#include "boardlens/features/services/page_words.hpp"

#include "boardlens/features/services/service.hpp"

namespace boardlens::services {

std::string Pounds(const std::optional<std::int64_t>& amount) {
  return amount ? PoundsText(*amount) : "Not known";
}

std::string WholeNumber(const std::optional<std::int64_t>& number) {
  return number ? WithThousands(*number) : "Not known";
}

std::string ServicePath(const html::Visit& v, Id id, std::string_view rest) {
  return v.OrgPath("/services/" + std::to_string(id)) + std::string(rest);
}

std::string MeasurePath(const html::Visit& v, Id id, std::string_view rest) {
  return v.OrgPath("/measures/" + std::to_string(id)) + std::string(rest);
}

}  // namespace boardlens::services
