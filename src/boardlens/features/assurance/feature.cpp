#include "boardlens/features/assurance/feature.hpp"

#include "boardlens/features/assurance/assurance.hpp"

namespace boardlens::assurance {

void Register(Registration& r) {
  r.registry.Provide<Assurance>([](Scope& s) {
    return std::make_shared<Assurance>(
        s.Get<db::Database>(), s.Get<Clock>(), s.Get<orgs::Organisations>(),
        s.Get<services::ServiceRegister>(), s.Get<portfolio::Portfolio>(), s.Get<voice::Voice>(),
        s.Get<observations::Observations>(), s.Get<rounds::Rounds>(), s.Get<results::Results>(),
        s.Get<questions::Checklist>(), s.Get<actions::Actions>());
  });
  AddApiRoutes(r.routes);
  r.api.Add(DescribeApi());
  AddPages(r.routes);
  AddGapPages(r.routes);
  r.navigation.Add({24, "assurance", "Assurance", "/assurance", true});
  AddCommands(r.commands);
}

}  // namespace boardlens::assurance
