#pragma once
/// The API's JSON for the strategy, both ways.

#include "boardlens/features/strategy/checks.hpp"
#include "boardlens/features/strategy/strategies.hpp"
#include "boardlens/features/strategy/strategy.hpp"
#include "boardlens/http/json_body.hpp"

namespace boardlens::strategy {

http::Json ToJson(const Version& version);
http::Json ToJson(const Finding& finding);
/// The version, its fields and lists, and (when given) the checks it trips.
http::Json ToJson(const Strategy& strategy, const std::vector<Finding>* findings = nullptr);
/// The version with its checks and, on each outcome linked to a measure, its standing.
http::Json ToJson(const Checked& checked);
http::Json ToJson(const SinceApproval& since);
/// A whole strategy from a request body; every problem is named at once, by its path
/// ("outcomes[1].title").
StrategyInput StrategyFromJson(const http::Json& body);

}  // namespace boardlens::strategy
