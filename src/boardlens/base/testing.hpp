#pragma once
/// Helpers the unit tests beside the code share; nothing in the product includes this.

#include <cstddef>
#include <string_view>

namespace boardlens {

/// How many times `what` occurs in `text`, overlaps included: how often a page shows a mark.
inline std::size_t CountOccurrences(std::string_view text, std::string_view what) {
  std::size_t n = 0;
  for (auto pos = text.find(what); pos != std::string_view::npos; pos = text.find(what, pos + 1)) {
    ++n;
  }
  return n;
}

}  // namespace boardlens
