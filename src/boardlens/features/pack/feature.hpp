#pragma once
/// The board pack: every register as the papers for a board meeting, an A4 PDF.

#include "boardlens/features/feature.hpp"

namespace boardlens::pack {

void Register(Registration& registration);

// The parts Register puts together, one file each.
void AddPages(http::Router& routes);
void AddCommands(cli::Commands& commands);

}  // namespace boardlens::pack
