#include "boardlens/features/health/feature.hpp"

#include "boardlens/features/health/health.hpp"

namespace boardlens::health {

void Register(Registration& r) {
  r.registry.Provide<Health>(
      [](Scope& s) { return std::make_shared<Health>(s.Get<db::Database>()); });
  AddApiRoutes(r.routes);
  r.api.Add(DescribeApi());
}

}  // namespace boardlens::health
