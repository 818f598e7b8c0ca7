#pragma once
/// Forms as browsers post them.

#include <map>
#include <string>
#include <string_view>

namespace boardlens::http {

/// An application/x-www-form-urlencoded body. Throws Invalid on bad percent-encoding.
class Form {
 public:
  static Form Parse(std::string_view body);
  /// The first value of `name`, or empty.
  std::string Get(const std::string& name) const;

 private:
  std::multimap<std::string, std::string> values_;
};

}  // namespace boardlens::http
