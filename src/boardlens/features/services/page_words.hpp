#pragma once
/// How the services pages write numbers and links, shared by the register and measure pages.

#include <cstdint>
#include <optional>
#include <string>

#include "boardlens/base/access.hpp"
#include "boardlens/html/page.hpp"

namespace boardlens::services {

/// "£1,250,000", or "Not known".
std::string Pounds(const std::optional<std::int64_t>& amount);
/// "12,400", or "Not known".
std::string WholeNumber(const std::optional<std::int64_t>& number);

std::string ServicePath(const html::Visit& v, Id id, std::string_view rest = {});
std::string MeasurePath(const html::Visit& v, Id id, std::string_view rest = {});

}  // namespace boardlens::services
