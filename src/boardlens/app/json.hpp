#pragma once
/// JSON shapes of boardlens records, shared by the HTTP API and the CLI so both print the
/// same bytes. Keys keep the order written here.

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "boardlens/app/app.hpp"
#include "boardlens/util/json_text.hpp"

namespace boardlens::app {

using Json = nlohmann::ordered_json;

/// Parses a request body: a JSON object nested at most `kMaxJsonDepth` deep (deeper input
/// could exhaust the stack). Throws Error(kInvalid) naming the line and column of a fault.
inline constexpr int kMaxJsonDepth = 32;
Json ParseJsonObject(std::string_view text);

Json ToJson(const domain::Organisation& org);
Json ToJson(const domain::Member& member);
Json ToJson(const domain::Round& round);
Json ToJson(const storage::StoredFramework& fw, bool with_items);
Json ToJson(const storage::ResponseRecord& answer);
Json ToJson(const CompletionRow& row);
Json ToJson(const domain::Account& account);
Json ToJson(const storage::ApiTokenRecord& token);

/// The results document of DESIGN.md's definitions: values are null with a stated reason
/// wherever they are suppressed or undefined.
std::string ResultsJson(const RoundView& view, const domain::RoundResults& results,
                        const domain::Thresholds& thresholds);

}  // namespace boardlens::app
