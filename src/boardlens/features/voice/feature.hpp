#pragma once
/// User voice: staff and patients tell the board, in a minute and without an account, what
/// got in the way of a digital service; the board sees themes, rates and trends (with small
/// numbers suppressed) and publishes "you said, we did".

#include "boardlens/features/feature.hpp"

namespace boardlens::voice {

void Register(Registration& registration);

// The parts Register puts together, one file each.
void AddApiRoutes(http::Router& routes);
void AddPublicPages(http::Router& routes);
void AddPages(http::Router& routes);
void AddChangePages(http::Router& routes);
void AddCommands(cli::Commands& commands);

}  // namespace boardlens::voice
