// `boardlens spc`: the SPC rules on a CSV file, for analysts.

#include "boardlens/features/services/feature.hpp"

namespace boardlens::services {

void AddSpcCommand(cli::Commands&) {}

}  // namespace boardlens::services
