// A measure's page: its Making Data Count chart and data, and the forms that keep it.

#include "boardlens/features/services/feature.hpp"

namespace boardlens::services {

void AddMeasurePages(http::Router&) {}

}  // namespace boardlens::services
