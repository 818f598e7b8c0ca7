#include "boardlens/features/risks/feature.hpp"

#include "boardlens/features/risks/risk_register.hpp"

namespace boardlens::risks {

void Register(Registration& r) {
  r.services.Provide<RiskRegister>([](Scope& s) {
    return std::make_shared<RiskRegister>(s.Get<db::Database>(), s.Get<Clock>(),
                                          s.Get<orgs::Organisations>(), s.Get<orgs::Board>(),
                                          s.Get<portfolio::Portfolio>());
  });
  AddApiRoutes(r.routes);
  AddRegisterPages(r.routes);  // before /risks/{risk}, which would take its paths
  AddRiskPages(r.routes);
  r.navigation.Add({29, "risks", "Risks", "/risks", true});
  AddCommands(r.commands);
}

}  // namespace boardlens::risks
