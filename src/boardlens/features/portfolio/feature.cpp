#include "boardlens/features/portfolio/feature.hpp"

#include "boardlens/features/portfolio/benefits.hpp"
#include "boardlens/features/portfolio/portfolio.hpp"

namespace boardlens::portfolio {

void Register(Registration& r) {
  r.registry.Provide<Portfolio>([](Scope& s) {
    return std::make_shared<Portfolio>(s.Get<db::Database>(), s.Get<Clock>(),
                                       s.Get<orgs::Organisations>(), s.Get<orgs::Board>(),
                                       s.Get<strategy::Strategies>());
  });
  r.registry.Provide<Benefits>([](Scope& s) {
    return std::make_shared<Benefits>(s.Get<db::Database>(), s.Get<Clock>(),
                                      s.Get<orgs::Organisations>(), s.Get<orgs::Board>());
  });
  // The strategy's checks read the portfolio's facts; the portfolio sits above the strategy,
  // so it provides them through the strategy's interface.
  r.registry.Provide<StrategyFacts>(
      [](Scope& s) { return std::make_shared<StrategyFacts>(s.Get<db::Database>()); });
  r.registry.ProvideAs<strategy::PortfolioSource, StrategyFacts>();
  AddApiRoutes(r.routes);
  r.api.Add(DescribeApi());
  AddPages(r.routes);
  AddItemPages(r.routes);
  AddBenefitPages(r.routes);
  // Beside the strategy in the header; with scripts on, entries that do not fit move under
  // the header's "More".
  r.navigation.Add({23, "portfolio", "Portfolio", "/portfolio", true});
  AddCommands(r.commands);
}

}  // namespace boardlens::portfolio
