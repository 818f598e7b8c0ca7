#pragma once
/// The API's JSON for the services register, both ways, and the SPC chart's JSON that the API
/// and `boardlens spc` share.

#include "boardlens/features/services/service.hpp"
#include "boardlens/features/services/service_register.hpp"
#include "boardlens/features/services/spc.hpp"
#include "boardlens/http/json_body.hpp"

namespace boardlens::services {

/// `today` decides whether the contract is flagged as ending soon.
http::Json ToJson(const Service& service, const std::string& today);
/// A service's fields from a request body; every field's problem is reported at once.
ServiceInput ServiceFromJson(const http::Json& body);

http::Json ToJson(const Measure& measure);
MeasureInput MeasureFromJson(const http::Json& body);

/// `{"points": [{"date", "value", "mean", "upl", "lpl", "point_type"}], "variation",
/// "assurance", "provisional"}`: the contract of `boardlens spc`.
http::Json ToJson(const SpcChart& chart);
/// The measure, its values and (from 2 values) its chart.
http::Json ToJson(const MeasureSeries& series);
/// `{"values": [{"date", "value"}]}`; each problem is named by its index.
std::vector<SpcPoint> ValuesFromJson(const http::Json& body);

}  // namespace boardlens::services
