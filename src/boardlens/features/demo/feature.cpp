#include "boardlens/features/demo/feature.hpp"

#include <ostream>

#include "boardlens/features/demo/demo.hpp"

namespace boardlens::demo {

void Register(Registration& r) {
  r.commands.Add(
      "demo", "Load a fictional trust, its board of 14 and three rounds", [](cli::Spec&) {
        return [](cli::Context& ctx) {
          const auto summary = LoadDemo(ctx.services());
          ctx.out() << "Demo loaded: Northfield Valley NHS Foundation Trust (" << summary.trust_ods
                    << "), board of 14, two closed rounds and round " << summary.open_round
                    << " open.\nSign in with any of these, password " << summary.password << "\n";
          for (const auto& login : summary.logins) {
            ctx.out() << "  " << login.email << "  (" << login.role << ")\n";
          }
        };
      });
}

}  // namespace boardlens::demo
