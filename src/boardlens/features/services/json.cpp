#include "boardlens/features/services/json.hpp"

namespace boardlens::services {

http::Json ToJson(const SpcChart& chart) {
  http::Json points = http::Json::array();
  for (const SpcRow& row : chart.rows) {
    points.push_back({{"date", row.point.date},
                      {"value", row.point.value},
                      {"mean", row.mean},
                      {"upl", row.upl},
                      {"lpl", row.lpl},
                      {"point_type", ToString(row.type)}});
  }
  return {{"points", std::move(points)},
          {"variation", ToString(chart.variation)},
          {"assurance", chart.assurance ? http::Json(ToString(*chart.assurance)) : http::Json()},
          {"provisional", chart.provisional}};
}

}  // namespace boardlens::services
