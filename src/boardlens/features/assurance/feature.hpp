#pragma once
/// Triangulated assurance: what the board reads in its papers, hears from users and sees for
/// itself, side by side, and the assurance gaps where they disagree.

#include "boardlens/features/feature.hpp"

namespace boardlens::assurance {

void Register(Registration& registration);

// The parts Register puts together, one file each.
void AddApiRoutes(http::Router& routes);
/// Its part of the API description: openapi.json, with the enumerations its code reads.
http::ApiPart DescribeApi();
void AddPages(http::Router& routes);
/// A gap's page and the secretary's forms to respond to it.
void AddGapPages(http::Router& routes);
void AddCommands(cli::Commands& commands);

}  // namespace boardlens::assurance
