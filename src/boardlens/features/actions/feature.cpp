#include "boardlens/features/actions/feature.hpp"

#include "boardlens/features/actions/actions.hpp"

namespace boardlens::actions {

void Register(Registration& r) {
  r.services.Provide<Actions>([](Scope& s) {
    return std::make_shared<Actions>(s.Get<db::Database>(), s.Get<Clock>(),
                                     s.Get<orgs::Organisations>(), s.Get<orgs::Board>(),
                                     s.Get<rounds::Rounds>());
  });
  AddApiRoutes(r.routes);
  AddPages(r.routes);
  r.navigation.Add({25, "actions", "Actions", "/actions", true});
  AddCommands(r.commands);
}

}  // namespace boardlens::actions
