#pragma once
/// The board pack: every register as the papers for a board meeting, an A4 PDF and a web
/// page, for the board and in a public version, and each pack issued for a meeting kept.

#include "boardlens/features/feature.hpp"

namespace boardlens::pack {

void Register(Registration& registration);

// The parts Register puts together, one file each.
void AddApiRoutes(http::Router& routes);
/// Its part of the API description: openapi.json, with the enumerations its code reads.
http::ApiPart DescribeApi();
void AddPages(http::Router& routes);
void AddCommands(cli::Commands& commands);

}  // namespace boardlens::pack
