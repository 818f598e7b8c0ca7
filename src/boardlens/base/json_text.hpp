#pragma once
/// Serialising JSON for responses and logs.

#include <string>

namespace boardlens {

/// Serialises `json` compactly; bytes that are not UTF-8 (from a path or older stored text)
/// become U+FFFD instead of failing the whole response.
template <typename J>
std::string Dump(const J& json) {
  return json.dump(-1, ' ', false, J::error_handler_t::replace);
}

}  // namespace boardlens
