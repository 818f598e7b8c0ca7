#pragma once
/// An organisation's home page, which gathers what the other features say needs doing.

#include "boardlens/features/feature.hpp"

namespace boardlens::home {

void Register(Registration& registration);
void AddPages(http::Router& routes);

}  // namespace boardlens::home
