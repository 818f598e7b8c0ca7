#pragma once
/// Assessment rounds: a board rates itself against a framework, one member at a time, and the
/// secretary follows who has answered and closes the round.

#include "boardlens/features/feature.hpp"

namespace boardlens::rounds {

void Register(Registration& registration);

// The parts Register puts together, one file each.
void AddApiRoutes(http::Router& routes);
void AddPages(http::Router& routes);
void AddLifecyclePages(http::Router& routes);
void AddQuestionnairePages(http::Router& routes);
void AddCommands(cli::Commands& commands);

}  // namespace boardlens::rounds
