#pragma once
/// The framework library: frameworks are data (YAML), versioned, national or a board's own.

#include "boardlens/features/feature.hpp"

namespace boardlens::frameworks {

void Register(Registration& registration);

// The parts Register puts together, one file each.
void AddApiRoutes(http::Router& routes);
/// Its part of the API description: its openapi*.json, with the enumerations its code reads.
http::ApiPart DescribeApi();
void AddPages(http::Router& routes);
void AddCommands(cli::Commands& commands);

}  // namespace boardlens::frameworks
