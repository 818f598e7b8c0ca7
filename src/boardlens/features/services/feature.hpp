#pragma once
/// Services: the register of the digital services an organisation runs, who owns them, what
/// they cost, and how each measure behaves on a Making Data Count chart.

#include "boardlens/features/feature.hpp"

namespace boardlens::services {

void Register(Registration& registration);

// The parts Register puts together, one file each.
void AddApiRoutes(http::Router& routes);
/// Its part of the API description: its openapi*.json, with the enumerations its code reads.
http::ApiPart DescribeApi();
void AddRegisterPages(http::Router& routes);
void AddMeasurePages(http::Router& routes);
void AddSwitchOffPages(http::Router& routes);
void AddCommands(cli::Commands& commands);
void AddSpcCommand(cli::Commands& commands);

}  // namespace boardlens::services
