#include "boardlens/features/orgs/feature.hpp"

#include "boardlens/features/orgs/board.hpp"
#include "boardlens/features/orgs/organisations.hpp"

namespace boardlens::orgs {

void Register(Registration& r) {
  r.registry.Provide<Organisations>([](Scope& s) {
    return std::make_shared<Organisations>(s.Get<db::Database>(), s.Get<Clock>(), s.Get<Settings>(),
                                           s.Get<Caches>(), s.Get<accounts::Accounts>());
  });
  r.registry.ProvideAs<OrgGate, Organisations>();
  r.registry.Provide<Board>([](Scope& s) {
    return std::make_shared<Board>(s.Get<db::Database>(), s.Get<Clock>(), s.Get<Settings>(),
                                   s.Get<Organisations>(), s.Get<accounts::Accounts>());
  });
  AddApiRoutes(r.routes);
  r.api.Add(DescribeApi());
  AddOrganisationsPage(r.routes);
  AddMemberPages(r.routes);
  AddJoinPages(r.routes);
  r.navigation.Add({30, "members", "Board members", "/members", true});
  AddCommands(r.commands);
}

}  // namespace boardlens::orgs
