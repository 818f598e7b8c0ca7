#include "boardlens/features/services/feature.hpp"

namespace boardlens::services {

void Register(Registration& r) { AddSpcCommand(r.commands); }

}  // namespace boardlens::services
