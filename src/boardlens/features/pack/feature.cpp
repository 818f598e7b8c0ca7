#include "boardlens/features/pack/feature.hpp"

#include "boardlens/features/pack/pack.hpp"

namespace boardlens::pack {

void Register(Registration& r) {
  r.registry.Provide<Pack>([](Scope& s) {
    return std::make_shared<Pack>(s.Get<Clock>(), s.Get<orgs::Organisations>(),
                                  s.Get<briefing::Briefing>(), s.Get<assurance::Assurance>(),
                                  s.Get<actions::Actions>());
  });
  AddPages(r.routes);
  r.navigation.Add({21, "pack", "Board pack", "/pack", true});
  AddCommands(r.commands);
}

}  // namespace boardlens::pack
