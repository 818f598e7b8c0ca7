#pragma once
/// The demo: a fictional trust with a board and three rounds, for trying boardlens.

#include "boardlens/features/feature.hpp"

namespace boardlens::demo {

void Register(Registration& registration);

}  // namespace boardlens::demo
