#pragma once
/// What needs the board: one view across every register as Alert, Advise and Assure, at the
/// top of the home page and first in the board pack.

#include "boardlens/features/feature.hpp"

namespace boardlens::briefing {

void Register(Registration& registration);

// The parts Register puts together, one file each.
void AddApiRoutes(http::Router& routes);
/// Its part of the API description: openapi.json, with the enumerations its code reads.
http::ApiPart DescribeApi();
void AddPages(http::Router& routes);

}  // namespace boardlens::briefing
