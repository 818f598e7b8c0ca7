#pragma once
/// Health and self-description: whether this instance can reach its database, and the API's
/// OpenAPI document.

#include "boardlens/features/feature.hpp"

namespace boardlens::health {

void Register(Registration& registration);

}  // namespace boardlens::health
