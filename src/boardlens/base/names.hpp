#pragma once
/// Enumerations as the words the API, the database and the CLI use for them.

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

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

/// FromName for words a person typed (a CSV import, the command line): the case of letters
/// and a space for an underscore do not matter, so "Live" and "In delivery" are read as the
/// page shows them.
template <typename E, std::size_t N>
std::optional<E> FromWords(const NameTable<E, N>& table, std::string_view text) {
  const auto same = [](char typed, char named) {
    if (typed == ' ') typed = '_';
    if (typed >= 'A' && typed <= 'Z') typed = static_cast<char>(typed - 'A' + 'a');
    return typed == named;
  };
  for (const auto& [value, name] : table) {
    if (std::equal(text.begin(), text.end(), name.begin(), name.end(), same)) return value;
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

/// Every name of `table`, in its order: the words an API description or a message lists.
template <typename E, std::size_t N>
std::vector<std::string_view> Names(const NameTable<E, N>& table) {
  std::vector<std::string_view> out;
  for (const auto& entry : table) out.push_back(entry.second);
  return out;
}

/// The names `name_of` gives an enumeration's values from the first to `last`, in order: for
/// one whose names come from a switch rather than a NameTable.
template <typename E, typename NameOf>
std::vector<std::string_view> NamesUpTo(E last, NameOf name_of) {
  std::vector<std::string_view> out;
  for (int v = 0; v <= static_cast<int>(last); ++v) out.push_back(name_of(static_cast<E>(v)));
  return out;
}

/// "low, moderate, high or extreme": the words a refusal or a page lists.
inline std::string NamesList(const std::vector<std::string_view>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " or " : ", ";
    out += names[i];
  }
  return out;
}

template <typename E, std::size_t N>
std::string NamesList(const NameTable<E, N>& table) {
  return NamesList(Names(table));
}

}  // namespace boardlens
