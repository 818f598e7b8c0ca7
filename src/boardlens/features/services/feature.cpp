#include "boardlens/features/services/feature.hpp"

#include "boardlens/features/services/service_register.hpp"
#include "boardlens/features/services/strategy_measures.hpp"

namespace boardlens::services {

void Register(Registration& r) {
  r.registry.Provide<ServiceRegister>([](Scope& s) {
    // Needs a PlanSource, which the composition root chooses (the strategy provides it).
    return std::make_shared<ServiceRegister>(s.Get<db::Database>(), s.Get<Clock>(),
                                             s.Get<orgs::Organisations>(), s.Get<orgs::Board>(),
                                             s.Get<PlanSource>());
  });
  // The strategy judges outcomes linked to measures; it sits above the register, so the
  // register provides what it reads through the strategy's interface.
  r.registry.Provide<StrategyMeasures>(
      [](Scope& s) { return std::make_shared<StrategyMeasures>(s.Get<db::Database>()); });
  r.registry.ProvideAs<strategy::MeasureSource, StrategyMeasures>();
  AddApiRoutes(r.routes);
  r.api.Add(DescribeApi());
  AddSwitchOffPages(r.routes);  // before /services/{service}, which would take its path
  AddRegisterPages(r.routes);
  AddMeasurePages(r.routes);
  r.navigation.Add({27, "services", "Services", "/services", true});
  AddCommands(r.commands);
  AddSpcCommand(r.commands);
}

}  // namespace boardlens::services
