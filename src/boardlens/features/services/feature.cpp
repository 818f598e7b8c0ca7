#include "boardlens/features/services/feature.hpp"

#include "boardlens/features/services/service_register.hpp"

namespace boardlens::services {

void Register(Registration& r) {
  r.services.Provide<ServiceRegister>([](Scope& s) {
    return std::make_shared<ServiceRegister>(s.Get<db::Database>(), s.Get<Clock>(),
                                             s.Get<orgs::Organisations>(), s.Get<orgs::Board>());
  });
  AddApiRoutes(r.routes);
  AddSwitchOffPages(r.routes);  // before /services/{service}, which would take its path
  AddRegisterPages(r.routes);
  AddMeasurePages(r.routes);
  r.navigation.Add({27, "services", "Services", "/services", true});
  AddCommands(r.commands);
  AddSpcCommand(r.commands);
}

}  // namespace boardlens::services
