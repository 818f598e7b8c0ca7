#include "boardlens/features/risks/feature.hpp"

#include "boardlens/features/risks/raised_on_risks.hpp"
#include "boardlens/features/risks/risk_register.hpp"

namespace boardlens::risks {

void Register(Registration& r) {
  r.registry.Provide<RiskRegister>([](Scope& s) {
    return std::make_shared<RiskRegister>(s.Get<db::Database>(), s.Get<Clock>(),
                                          s.Get<orgs::Organisations>(), s.Get<orgs::Board>(),
                                          s.Get<portfolio::Portfolio>(), s.Get<actions::Actions>());
  });
  r.registry.Provide<RaisedOnRisks>(
      [](Scope& s) { return std::make_shared<RaisedOnRisks>(s.Get<RiskRegister>()); });
  // The action log names the risk each of its actions was agreed on.
  r.registry.ProvideAs<actions::RaisedOn, RaisedOnRisks>();
  AddApiRoutes(r.routes);
  r.api.Add(DescribeApi());
  AddRegisterPages(r.routes);  // before /risks/{risk}, which would take its paths
  AddRiskPages(r.routes);
  r.navigation.Add({29, "risks", "Risks", "/risks", true});
  AddCommands(r.commands);
}

}  // namespace boardlens::risks
