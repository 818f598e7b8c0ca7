#pragma once
/// Forms as browsers post them.

#include <map>
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

 private:
  std::multimap<std::string, std::string> values_;
};

}  // namespace boardlens::http
