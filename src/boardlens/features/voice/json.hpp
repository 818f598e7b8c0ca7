#pragma once
/// The API's JSON for user voice. A suppressed count is {"count": null, "suppressed": true,
/// "reason": "fewer_than_11" or "protects_another"}: the number is never written, not even as 0.

#include "boardlens/features/voice/repository.hpp"
#include "boardlens/features/voice/summary.hpp"
#include "boardlens/http/json_body.hpp"

namespace boardlens::voice {

http::Json ToJson(const Shown& count);
/// The summary, with the public link it was made for.
http::Json ToJson(const Summary& summary, const std::string& link);
http::Json ToJson(const ReportRow& row);
http::Json ToJson(const Change& change);
/// A "you said, we did" entry's fields; every field's problem is reported at once.
ChangeInput ChangeFromJson(const http::Json& body);

}  // namespace boardlens::voice
