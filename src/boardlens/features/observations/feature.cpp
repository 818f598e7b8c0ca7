#include "boardlens/features/observations/feature.hpp"

#include "boardlens/features/observations/observations.hpp"

namespace boardlens::observations {

void Register(Registration& r) {
  r.registry.Provide<Observations>([](Scope& s) {
    return std::make_shared<Observations>(
        s.Get<db::Database>(), s.Get<Clock>(), s.Get<orgs::Organisations>(), s.Get<orgs::Board>(),
        s.Get<services::ServiceRegister>(), s.Get<portfolio::Portfolio>());
  });
  AddApiRoutes(r.routes);
  r.api.Add(DescribeApi());
  AddPages(r.routes);
  r.navigation.Add({26, "observations", "Observations", "/observations", true});
}

}  // namespace boardlens::observations
