#include "boardlens/features/rounds/feature.hpp"

#include "boardlens/features/rounds/rounds.hpp"

namespace boardlens::rounds {

void Register(Registration& r) {
  // Needs a ClosingListener, which the composition root chooses.
  r.registry.Provide<Rounds>([](Scope& s) {
    return std::make_shared<Rounds>(
        s.Get<db::Database>(), s.Get<Clock>(), s.Get<orgs::Organisations>(), s.Get<orgs::Board>(),
        s.Get<frameworks::Frameworks>(), s.Get<ClosingListener>(), s.Get<mail::Mailer>());
  });
  AddApiRoutes(r.routes);
  r.api.Add(DescribeApi());
  AddPages(r.routes);
  AddLifecyclePages(r.routes);
  AddReminderPages(r.routes);
  AddQuestionnairePages(r.routes);
  r.navigation.Add({20, "rounds", "Assessment rounds", "/rounds", true});
  AddCommands(r.commands);
}

}  // namespace boardlens::rounds
