#pragma once
/// Which services the board might switch off, and why: pure rules over the register and each
/// service's latest chart.

#include <optional>
#include <string>
#include <vector>

#include "boardlens/features/services/service.hpp"
#include "boardlens/features/services/spc.hpp"

namespace boardlens::services {

/// What the rules read of one service.
struct Evidence {
  Service service;
  std::optional<SpcChart> use;           ///< its active users measure's chart
  std::optional<double> latest_users;    ///< that measure's latest value
  std::optional<SpcChart> satisfaction;  ///< its satisfaction measure's chart
};

struct Candidate {
  Service service;
  std::vector<std::string> reasons;  ///< each a sentence
  std::optional<double> cost_per_user;
};

/// Services not retired whose use shows special-cause decline at the latest point, whose
/// annual revenue cost per active user is in the organisation's top tenth (of ten or more
/// services with both figures), or whose
/// satisfaction shows special-cause concern at the latest point. In register order.
std::vector<Candidate> SwitchOffCandidates(const std::vector<Evidence>& services);

}  // namespace boardlens::services
