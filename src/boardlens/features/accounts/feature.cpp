#include "boardlens/features/accounts/feature.hpp"

#include "boardlens/db/database.hpp"
#include "boardlens/features/accounts/accounts.hpp"

namespace boardlens::accounts {

void Register(Registration& r) {
  r.registry.Provide<Accounts>([](Scope& s) {
    return std::make_shared<Accounts>(s.Get<db::Database>(), s.Get<Clock>(), s.Get<Settings>(),
                                      s.Get<Caches>());
  });
  r.registry.ProvideAs<Authenticator, Accounts>();
  AddApiRoutes(r.routes);
  r.api.Add(DescribeApi());
  AddPages(r.routes, r.navigation);
  AddResetPages(r.routes);
  AddCommands(r.commands);
}

}  // namespace boardlens::accounts
