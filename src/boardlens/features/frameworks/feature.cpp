#include "boardlens/features/frameworks/feature.hpp"

#include "boardlens/features/frameworks/frameworks.hpp"

namespace boardlens::frameworks {

void Register(Registration& r) {
  r.registry.Provide<Frameworks>([](Scope& s) {
    return std::make_shared<Frameworks>(s.Get<db::Database>(), s.Get<Clock>(),
                                        s.Get<orgs::Organisations>());
  });
  AddApiRoutes(r.routes);
  r.api.Add(DescribeApi());
  AddPages(r.routes);
  r.navigation.Add({40, "frameworks", "Frameworks", "/frameworks", true});
  AddCommands(r.commands);
}

}  // namespace boardlens::frameworks
