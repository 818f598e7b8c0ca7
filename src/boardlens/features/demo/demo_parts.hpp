#pragma once
/// The demo's parts beyond the board and its rounds, one file each.

#include <string>

#include "boardlens/base/services.hpp"

namespace boardlens::demo {

/// The services register of the demo trust `ods`, with its measures.
void AddDemoServices(Scope& scope, const std::string& ods);

/// The digital strategy of the demo trust `ods`, its portfolio and benefits.
void AddDemoStrategy(Scope& scope, const std::string& ods);

}  // namespace boardlens::demo
