#pragma once
/// Risks: digital risks on the Board Assurance Framework, scored on the NHS 5x5 matrix,
/// weighed against the organisation's risk appetite, with their reviews and actions.

#include "boardlens/features/feature.hpp"

namespace boardlens::risks {

void Register(Registration& registration);

// The parts Register puts together, one file each.
void AddApiRoutes(http::Router& routes);
/// Its part of the API description: its openapi*.json, with the enumerations its code reads.
http::ApiPart DescribeApi();
void AddRegisterPages(http::Router& routes);
void AddRiskPages(http::Router& routes);
void AddCommands(cli::Commands& commands);

}  // namespace boardlens::risks
