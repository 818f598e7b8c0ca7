#pragma once
/// Health and self-description: whether this instance can reach its database, and the API's
/// OpenAPI document. The smallest feature, and the one docs/architecture.md walks through.

#include "boardlens/features/feature.hpp"

namespace boardlens::health {

void Register(Registration& registration);
void AddApiRoutes(http::Router& routes);
/// Its part of the API description: its openapi*.json, with the enumerations its code reads.
http::ApiPart DescribeApi();

}  // namespace boardlens::health
