#pragma once
/// The demo's parts beyond the board and its rounds, one file each.

#include <string>

#include "boardlens/base/access.hpp"
#include "boardlens/base/services.hpp"

namespace boardlens::demo {

/// The `day` (1 to 28) of the month `months` after today's (YYYY-MM-DD); before it when
/// negative.
std::string DateMonthsAfter(const std::string& today, int months, int day = 28);

/// The services register of the demo trust `ods`, with its measures.
void AddDemoServices(Scope& scope, const std::string& ods);

/// The board-questions checklist of `ods`, half answered, with three reviews overdue.
void AddDemoQuestions(Scope& scope, const std::string& ods);
/// The digital risk register of `ods` (risks_demo.cpp), kept by `secretary`, with its appetite,
/// actions and a history of reviews.
void AddDemoRisks(Scope& scope, const std::string& ods, const Caller& secretary);
/// The digital strategy of the demo trust `ods`, its portfolio and benefits.
void AddDemoStrategy(Scope& scope, const std::string& ods, const Caller& secretary);

}  // namespace boardlens::demo
