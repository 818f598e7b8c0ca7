#pragma once
/// The API's JSON for observations and their requests, both ways.

#include <map>
#include <string>

#include "boardlens/features/observations/observation.hpp"
#include "boardlens/http/json_body.hpp"

namespace boardlens::observations {

/// `mine` says whether the caller wrote it (they alone see it unshared and change it);
/// `subject_name` is the service's or item's name.
http::Json ToJson(const Observation& observation, bool mine, const std::string& subject_name);
/// An observation's fields from a request body. Every field's problem is reported at once,
/// with what the rules (CheckObservation, on `today`) find in the fields that could be read.
ObservationInput InputFromJson(const http::Json& body, const std::string& today);

/// `answers` is AnswersTo's count; `today` decides whether it is open.
http::Json ToJson(const Request& request, const std::string& service_name, int answers,
                  const std::string& today);
RequestInput RequestFromJson(const http::Json& body);

}  // namespace boardlens::observations
