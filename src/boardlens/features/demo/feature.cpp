#include "boardlens/features/demo/feature.hpp"

#include "boardlens/features/demo/play.hpp"

namespace boardlens::demo {

void Register(Registration& r) {
  r.commands.Add(
      "demo", "Load a fictional trust, its board of 14 and three rounds",
      [](cli::Spec&) { return [](cli::Context& ctx) { LoadDemo(ctx.services(), ctx.out()); }; });
}

}  // namespace boardlens::demo
