#pragma once
/// Observations: what board members see for themselves of the services and programmes, the
/// third source, beside what the board reads in its papers and hears from users, that
/// triangulated assurance compares.

#include "boardlens/features/feature.hpp"

namespace boardlens::observations {

void Register(Registration& registration);

// The parts Register puts together, one file each.
void AddApiRoutes(http::Router& routes);
/// Its part of the API description: openapi.json, with the enumerations its code reads.
http::ApiPart DescribeApi();
void AddPages(http::Router& routes);
/// The forms: recording or changing an observation, and the secretary's request.
void AddFormPages(http::Router& routes);

}  // namespace boardlens::observations
