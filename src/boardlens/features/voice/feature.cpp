#include "boardlens/features/voice/feature.hpp"

#include <mutex>

#include "boardlens/features/voice/voice.hpp"

namespace boardlens::voice {

void Register(Registration& r) {
  // One set of limiters and one writer for the process, made when first used (after `serve`
  // has read the settings), shared by every thread.
  r.registry.Provide<Guards>([made = std::make_shared<std::shared_ptr<Guards>>(),
                              once = std::make_shared<std::once_flag>()](Scope& s) {
    std::call_once(*once, [&] { *made = std::make_shared<Guards>(s.Get<Settings>()); });
    return *made;
  });
  r.registry.Provide<ReportWriter>([&registry = r.registry,
                                    made = std::make_shared<std::shared_ptr<ReportWriter>>(),
                                    once = std::make_shared<std::once_flag>()](Scope&) {
    std::call_once(*once, [&] { *made = std::make_shared<ReportWriter>(registry); });
    return *made;
  });
  r.registry.Provide<Voice>([](Scope& s) {
    return std::make_shared<Voice>(
        s.Get<db::Database>(), s.Get<Clock>(), s.Get<Settings>(), s.Get<Guards>(),
        s.Get<ReportWriter>(), s.Get<orgs::Organisations>(), s.Get<services::ServiceRegister>());
  });
  AddApiRoutes(r.routes);
  r.api.Add(DescribeApi());
  AddPublicPages(r.routes);
  AddPages(r.routes);
  AddChangePages(r.routes);
  r.navigation.Add({28, "voice", "User voice", "/voice", true});
  AddCommands(r.commands);
}

}  // namespace boardlens::voice
