#pragma once
/// Actions: what the board agreed to do about a finding, who owns it and by when, followed to
/// done. Raised from an assessment's items today; built to take risks and assurance gaps later.

#include "boardlens/features/feature.hpp"

namespace boardlens::actions {

void Register(Registration& registration);

// The parts Register puts together, one file each.
void AddApiRoutes(http::Router& routes);
/// Its part of the API description: its openapi*.json, with the enumerations its code reads.
http::ApiPart DescribeApi();
void AddPages(http::Router& routes);
void AddCommands(cli::Commands& commands);

}  // namespace boardlens::actions
