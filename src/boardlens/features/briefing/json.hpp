#pragma once
/// The API's JSON of what needs the board.

#include "boardlens/features/briefing/briefing.hpp"
#include "boardlens/http/json_body.hpp"

namespace boardlens::briefing {

http::Json ToJson(const Brief& brief);

}  // namespace boardlens::briefing
