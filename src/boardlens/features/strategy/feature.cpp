#include "boardlens/features/strategy/feature.hpp"

#include "boardlens/features/strategy/strategies.hpp"

namespace boardlens::strategy {

void Register(Registration& r) {
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
  // No header entry: the header has no room for one without hiding "Your account" on a
  // desktop. The home page's panel leads here.
  AddCommands(r.commands);
}

}  // namespace boardlens::strategy
