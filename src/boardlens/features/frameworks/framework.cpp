#include "boardlens/features/frameworks/framework.hpp"

#include <charconv>

namespace boardlens::frameworks {

std::string Version::str() const {
  return std::to_string(parts[0]) + "." + std::to_string(parts[1]) + "." + std::to_string(parts[2]);
}

std::optional<Version> Version::Parse(std::string_view text) {
  Version v;
  std::size_t part = 0;
  const char* p = text.data();
  const char* end = text.data() + text.size();
  while (true) {
    if (part == v.parts.size() || p == end || *p < '0' || *p > '9') return std::nullopt;
    auto [next, ec] = std::from_chars(p, end, v.parts[part]);
    if (ec != std::errc{}) return std::nullopt;
    p = next;
    ++part;
    if (p == end) return v;
    if (*p != '.') return std::nullopt;
    ++p;
  }
}

std::optional<std::size_t> Framework::ItemIndex(std::string_view item_ref) const {
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (items[i].ref == item_ref) return i;
  }
  return std::nullopt;
}

bool IsValidRef(std::string_view ref) {
  if (ref.size() < 2 || ref.size() > 63 || ref.front() == '-') return false;
  for (char c : ref) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok) return false;
  }
  return true;
}

}  // namespace boardlens::frameworks
