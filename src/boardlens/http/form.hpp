#pragma once
/// Forms as browsers post them.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace boardlens::http {

/// An application/x-www-form-urlencoded body. Throws Invalid on bad percent-encoding.
class Form {
 public:
  static Form Parse(std::string_view body);
  /// The first value of `name`, or empty.
  std::string Get(const std::string& name) const;
  /// Every value of `name`, in the order posted (checkboxes post one a ticked box).
  std::vector<std::string> GetAll(const std::string& name) const;
  /// The value of `name` as a record id (a select's or radio's value), or nullopt when it is
  /// missing or not one: only digits, and few enough to fit.
  std::optional<std::int64_t> GetId(const std::string& name) const;
  /// The ids among the values of `name` (ticked checkboxes); values that are not ids are left out.
  std::vector<std::int64_t> GetIds(const std::string& name) const;

 private:
  std::multimap<std::string, std::string> values_;
};

}  // namespace boardlens::http
