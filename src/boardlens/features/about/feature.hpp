#pragma once
/// About the service: its accessibility statement, privacy notice, cookies and how to get in
/// touch. Open to everyone, signed in or not, and linked from every page's footer.

#include "boardlens/features/feature.hpp"

namespace boardlens::about {

void Register(Registration& registration);

}  // namespace boardlens::about
