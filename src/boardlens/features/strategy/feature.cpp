#include "boardlens/features/strategy/feature.hpp"

#include "boardlens/features/strategy/strategies.hpp"

namespace boardlens::strategy {

void Register(Registration& r) {
  // Needs a PortfolioSource and a MeasureSource, which the composition root chooses (the
  // portfolio and the services register provide them).
  r.registry.Provide<Strategies>([](Scope& s) {
    return std::make_shared<Strategies>(s.Get<db::Database>(), s.Get<Clock>(),
                                        s.Get<orgs::Organisations>(), s.Get<orgs::Board>(),
                                        s.Get<PortfolioSource>(), s.Get<MeasureSource>());
  });
  // A measure's chart draws the trajectories the strategy's outcomes promise for it; the
  // register sits below the strategy, so the strategy provides them through its interface.
  r.registry.Provide<MeasurePlans>(
      [](Scope& s) { return std::make_shared<MeasurePlans>(s.Get<db::Database>()); });
  r.registry.ProvideAs<services::PlanSource, MeasurePlans>();
  AddApiRoutes(r.routes);
  r.api.Add(DescribeApi());
  AddPages(r.routes);
  AddListPages(r.routes);
  AddVersionPages(r.routes);
  // With scripts on, header entries that do not fit move under the header's "More".
  r.navigation.Add({22, "strategy", "Strategy", "/strategy", true});
  AddCommands(r.commands);
}

}  // namespace boardlens::strategy
