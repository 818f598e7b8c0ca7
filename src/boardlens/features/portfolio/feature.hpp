#pragma once
/// Portfolio: the programmes and projects that deliver the digital strategy, the priorities
/// each serves, what funds them and what they cost over their life, and the delivery
/// confidence reported each month.

#include "boardlens/features/feature.hpp"

namespace boardlens::portfolio {

void Register(Registration& registration);

// The parts Register puts together, one file each.
void AddApiRoutes(http::Router& routes);
/// Its part of the API description: its openapi*.json, with the enumerations its code reads.
http::ApiPart DescribeApi();
void AddPages(http::Router& routes);
void AddItemPages(http::Router& routes);
void AddRatingPages(http::Router& routes);
void AddAssurancePages(http::Router& routes);
void AddBenefitPages(http::Router& routes);
void AddCommands(cli::Commands& commands);

}  // namespace boardlens::portfolio
