#pragma once
/// Reads a framework from its YAML text (format in docs/frameworks.md). All-or-nothing: any
/// fault throws an Error whose `where` is `NAME:LINE:COLUMN` and whose message names the key.

#include <string_view>

#include "boardlens/features/frameworks/framework.hpp"

namespace boardlens::frameworks {

inline constexpr std::string_view kFormat = "boardlens-framework/1";

Framework ParseFramework(std::string_view yaml_text, std::string_view name);

}  // namespace boardlens::frameworks
