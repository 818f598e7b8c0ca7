#pragma once
/// Strategy: the organisation's digital strategy (vision, horizon, outcomes, ranked
/// priorities, what it will not do), kept as versions the board approves, and checked against
/// the guidance on every save.

#include "boardlens/features/feature.hpp"

namespace boardlens::strategy {

void Register(Registration& registration);

// The parts Register puts together, one file each.
void AddApiRoutes(http::Router& routes);
/// Its part of the API description: its openapi*.json, with the enumerations its code reads.
http::ApiPart DescribeApi();
void AddPages(http::Router& routes);
void AddListPages(http::Router& routes);
void AddVersionPages(http::Router& routes);
void AddCommands(cli::Commands& commands);

}  // namespace boardlens::strategy
