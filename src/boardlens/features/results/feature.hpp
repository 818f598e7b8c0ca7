#pragma once
/// Results: what a closed round says about the board, as DESIGN.md defines it: agreement,
/// disagreement, blind spots, executives beside non-executives, change and peer standing.

#include "boardlens/features/feature.hpp"
#include "boardlens/html/page.hpp"

namespace boardlens::results {

void Register(Registration& registration);

// The parts Register puts together, one file each.
void AddApiRoutes(http::Router& routes);
/// Its part of the API description: its openapi*.json, with the enumerations its code reads.
http::ApiPart DescribeApi();
void AddPages(http::Router& routes);
void AddTrendPages(http::Router& routes);
void AddResponsePages(http::Router& routes);
/// The management response's section of a round's results page.
html::Html ResponseSection(html::Visit& visit, Id round);
void AddCommands(cli::Commands& commands);

}  // namespace boardlens::results
