#pragma once
/// A chart as JSON: the contract of `boardlens spc` (issue 11), which the API will serve too.

#include "boardlens/features/services/spc.hpp"
#include "boardlens/http/json_body.hpp"

namespace boardlens::services {

/// {"points": [{"date", "value", "mean", "upl", "lpl", "point_type"}], "variation",
/// "assurance" (null without one), "provisional"}.
http::Json ToJson(const SpcChart& chart);

}  // namespace boardlens::services
