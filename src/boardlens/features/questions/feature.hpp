#pragma once
/// Questions: the board-questions checklist, a living record of the board's answer to each
/// question of every checklist framework, with evidence, status, owner and review date.

#include "boardlens/features/feature.hpp"

namespace boardlens::questions {

void Register(Registration& registration);

// The parts Register puts together, one file each.
void AddApiRoutes(http::Router& routes);
/// Its part of the API description: its openapi*.json, with the enumerations its code reads.
http::ApiPart DescribeApi();
void AddChecklistPages(http::Router& routes);
void AddQuestionPages(http::Router& routes);
void AddCommands(cli::Commands& commands);

}  // namespace boardlens::questions
