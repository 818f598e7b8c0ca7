#pragma once
/// Reports from CSV in the columns `voice reports` prints, for moving a year of reports from
/// another tool (and for the demo). Pure: no I/O.

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "boardlens/features/voice/report.hpp"

namespace boardlens::voice {

/// What the service column says of a report about none of the register's services.
inline constexpr std::string_view kSomethingElse = "Something else";

/// Each row as the day it was received and the report, for Voice::ImportReports to check as
/// the form checks them. Columns are found by name: received_on, service, reporter, barriers
/// (stored names joined by ';'), how_often, impact and fft are required; what_happened and
/// contact (kept with consent) are read when there; others, such as id, are ignored. A service
/// is named as `services` (ids by name) names it, or kSomethingElse. Throws one Invalid
/// naming each missing column or unknown service at `name:line:column`.
std::vector<std::pair<std::string, ReportInput>> ParseReportsCsv(
    std::string_view text, std::string_view name, const std::map<std::string, Id>& services);

}  // namespace boardlens::voice
