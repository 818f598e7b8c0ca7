#pragma once
/// The demo's parts beyond the board and its rounds, one file each.

#include <string>

#include "boardlens/base/services.hpp"

namespace boardlens::demo {

/// The services register of the demo trust `ods`, with its measures.
void AddDemoServices(Scope& scope, const std::string& ods);

/// The board-questions checklist of `ods`, half answered, with three reviews overdue.
void AddDemoQuestions(Scope& scope, const std::string& ods);

}  // namespace boardlens::demo
