#include "boardlens/features/pack/feature.hpp"

#include "boardlens/features/pack/pack.hpp"

namespace boardlens::pack {

void Register(Registration& r) {
  r.registry.Provide<Pack>([](Scope& s) {
    return std::make_shared<Pack>(
        s.Get<db::Database>(), s.Get<Clock>(), s.Get<orgs::Organisations>(),
        Registers{s.Get<briefing::Briefing>(), s.Get<rounds::Rounds>(), s.Get<results::Results>(),
                  s.Get<services::ServiceRegister>(), s.Get<voice::Voice>(),
                  s.Get<strategy::Strategies>(), s.Get<portfolio::Portfolio>(),
                  s.Get<portfolio::Benefits>(), s.Get<risks::RiskRegister>(),
                  s.Get<assurance::Assurance>(), s.Get<actions::Actions>()});
  });
  AddApiRoutes(r.routes);
  r.api.Add(DescribeApi());
  AddPages(r.routes);
  r.navigation.Add({21, "pack", "Board pack", "/pack", true});
  AddCommands(r.commands);
}

}  // namespace boardlens::pack
