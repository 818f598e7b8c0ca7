#pragma once
/// The API's JSON for actions, both ways.

#include "boardlens/features/actions/action.hpp"
#include "boardlens/http/json_body.hpp"

namespace boardlens::actions {

/// `today` decides whether the action is overdue.
http::Json ToJson(const Action& action, const std::string& today);
/// An action's fields from a request body; every field's problem is reported at once.
ActionInput InputFromJson(const http::Json& body);
/// The optional "round" and "item" of a request body: where the action came from.
Source SourceFromJson(const http::Json& body);

}  // namespace boardlens::actions
