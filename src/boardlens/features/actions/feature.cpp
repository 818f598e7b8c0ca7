#include "boardlens/features/actions/feature.hpp"

#include "boardlens/features/actions/actions.hpp"
#include "boardlens/features/actions/item_commitments.hpp"

namespace boardlens::actions {

void Register(Registration& r) {
  r.registry.Provide<Actions>([](Scope& s) {
    return std::make_shared<Actions>(s.Get<db::Database>(), s.Get<Clock>(),
                                     s.Get<orgs::Organisations>(), s.Get<orgs::Board>(),
                                     s.Get<rounds::Rounds>());
  });
  r.registry.Provide<ItemCommitments>(
      [](Scope& s) { return std::make_shared<ItemCommitments>(s.Get<Actions>()); });
  // A member answering an item again sees what the board agreed on it last time.
  r.registry.ProvideAs<rounds::Commitments, ItemCommitments>();
  AddApiRoutes(r.routes);
  r.api.Add(DescribeApi());
  AddPages(r.routes);
  r.navigation.Add({25, "actions", "Actions", "/actions", true});
  AddCommands(r.commands);
}

}  // namespace boardlens::actions
