#pragma once
/// What a measure's chart needs from the strategy: the trajectories its outcomes promise for
/// the measure. The services register sits below the strategy (outcomes link to measures), so
/// it declares this; the strategy implements it and the composition root provides it.

#include <string>
#include <vector>

#include "boardlens/base/access.hpp"
#include "boardlens/features/services/spc.hpp"

namespace boardlens::services {

/// An outcome of the current strategy linked to a measure, and the line it promises.
struct Plan {
  std::string title;  ///< the outcome's title
  Trajectory trajectory;
};

class PlanSource {
 public:
  virtual ~PlanSource() = default;
  /// The plans of organisation `org_id`'s current strategy for measure `measure_id`, in the
  /// strategy's order (no rights: the register asked already).
  virtual std::vector<Plan> PlansFor(Id org_id, Id measure_id) = 0;
};

}  // namespace boardlens::services
