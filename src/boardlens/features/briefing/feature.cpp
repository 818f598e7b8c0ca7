#include "boardlens/features/briefing/feature.hpp"

#include "boardlens/features/briefing/briefing.hpp"

namespace boardlens::briefing {

void Register(Registration& r) {
  r.registry.Provide<Briefing>([](Scope& s) {
    return std::make_shared<Briefing>(s.Get<Clock>(), s.Get<risks::RiskRegister>(),
                                      s.Get<assurance::Assurance>(),
                                      s.Get<services::ServiceRegister>(), s.Get<actions::Actions>(),
                                      s.Get<questions::Checklist>(), s.Get<strategy::Strategies>(),
                                      s.Get<rounds::Rounds>(), s.Get<results::Results>());
  });
  AddApiRoutes(r.routes);
  r.api.Add(DescribeApi());
  AddPages(r.routes);
}

}  // namespace boardlens::briefing
