#pragma once
/// Enumerations as the words the API, the database and the CLI use for them.

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace boardlens {

template <typename E, std::size_t N>
using NameTable = std::array<std::pair<E, std::string_view>, N>;

template <typename E, std::size_t N>
std::optional<E> FromName(const NameTable<E, N>& table, std::string_view text) {
  for (const auto& [value, name] : table) {
    if (name == text) return value;
  }
  return std::nullopt;
}

template <typename E, std::size_t N>
std::string_view NameOf(const NameTable<E, N>& table, E value) {
  for (const auto& [v, name] : table) {
    if (v == value) return name;
  }
  return "?";
}

}  // namespace boardlens
