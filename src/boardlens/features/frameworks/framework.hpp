#pragma once
/// A framework is data: a titled list of items, each rated on a 1–5 maturity scale with a
/// descriptor per level. Loaded from YAML by frameworks/loader.

#include <array>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "boardlens/base/access.hpp"

namespace boardlens::frameworks {

/// Dotted version, one to three parts; missing parts are zero ("2" == "2.0.0").
struct Version {
  std::array<std::uint32_t, 3> parts{};
  // clang-tidy 14 misreads the defaulted comparison's literal 0 as a null pointer.
  auto operator<=>(const Version&) const = default;  // NOLINT(modernize-use-nullptr)
  std::string str() const;
  /// nullopt when `text` is not 1–3 dot-separated non-negative integers.
  static std::optional<Version> Parse(std::string_view text);
};

struct FrameworkItem {
  std::string ref;
  std::string title;
  std::string why;  ///< why it matters, in a sentence or two; may be empty
  std::string question;
  std::array<std::string, 5> levels;  ///< levels[0] describes maturity 1
  bool operator==(const FrameworkItem&) const = default;
};

struct Framework {
  std::string ref;
  Version version;
  std::string title;
  std::string source;
  std::string description;
  /// Its questions join the organisation's checklist (features/questions), each answered with
  /// evidence and a status rather than rated in a round.
  bool checklist = false;
  std::vector<FrameworkItem> items;

  /// Index of the item with `item_ref`, or nullopt.
  std::optional<std::size_t> ItemIndex(std::string_view item_ref) const;
  bool operator==(const Framework&) const = default;
};

/// One loaded version of a framework.
struct StoredFramework {
  Id id = 0;
  std::optional<Id> owner_org_id;  ///< nullopt: national, visible to all
  Framework framework;
};

/// Refs of frameworks and items: lowercase letters, digits and hyphens, 2–63 characters,
/// starting with a letter or digit. They appear in URLs and CSV files, so they stay plain.
bool IsValidRef(std::string_view ref);

}  // namespace boardlens::frameworks
