#include "boardlens/features/strategy/feature.hpp"

#include "boardlens/features/strategy/strategies.hpp"

namespace boardlens::strategy {
namespace {

// Until the portfolio is built, there are no projects or programmes to check.
class NoPortfolio final : public PortfolioSource {
 public:
  PortfolioFacts FactsFor(Id /*org_id*/, const std::set<Id>& /*keys*/) override { return {}; }
};

}  // namespace

void Register(Registration& r) {
  r.services.Provide<PortfolioSource>([](Scope&) { return std::make_shared<NoPortfolio>(); });
  // Needs a PortfolioSource, which the composition root chooses (the portfolio provides it).
  r.services.Provide<Strategies>([](Scope& s) {
    return std::make_shared<Strategies>(s.Get<db::Database>(), s.Get<Clock>(),
                                        s.Get<orgs::Organisations>(), s.Get<orgs::Board>(),
                                        s.Get<PortfolioSource>());
  });
  AddApiRoutes(r.routes);
  AddPages(r.routes);
  AddListPages(r.routes);
  AddVersionPages(r.routes);
  r.navigation.Add({22, "strategy", "Strategy", "/strategy", true});
  AddCommands(r.commands);
}

}  // namespace boardlens::strategy
