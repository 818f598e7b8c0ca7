#include "boardlens/features/results/feature.hpp"

#include "boardlens/features/results/responses.hpp"
#include "boardlens/features/results/results.hpp"
#include "boardlens/features/results/trends.hpp"

namespace boardlens::results {

void Register(Registration& r) {
  r.registry.Provide<Results>([](Scope& s) {
    return std::make_shared<Results>(s.Get<db::Database>(), s.Get<Clock>(), s.Get<Settings>(),
                                     s.Get<Caches>(), s.Get<orgs::Organisations>(),
                                     s.Get<rounds::Rounds>());
  });
  r.registry.Provide<Freezer>([](Scope& s) {
    return std::make_shared<Freezer>(s.Get<db::Database>(), s.Get<Settings>(), s.Get<Caches>());
  });
  r.registry.Provide<Trends>([](Scope& s) {
    return std::make_shared<Trends>(s.Get<db::Database>(), s.Get<orgs::Organisations>(),
                                    s.Get<frameworks::Frameworks>(), s.Get<rounds::Rounds>());
  });
  r.registry.Provide<Responses>([](Scope& s) {
    return std::make_shared<Responses>(s.Get<db::Database>(), s.Get<Clock>(),
                                       s.Get<orgs::Organisations>(), s.Get<orgs::Board>(),
                                       s.Get<rounds::Rounds>());
  });
  // Results are what is computed from a closed round, so they listen to rounds closing.
  r.registry.ProvideAs<rounds::ClosingListener, Freezer>();
  AddApiRoutes(r.routes);
  r.api.Add(DescribeApi());
  AddPages(r.routes);
  AddTrendPages(r.routes);
  AddResponsePages(r.routes);
  AddCommands(r.commands);
}

}  // namespace boardlens::results
