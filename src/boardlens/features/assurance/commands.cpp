// The assurance command: the gaps as CSV, for analysts and scripts.

#include <memory>
#include <ostream>

#include "boardlens/base/csv.hpp"
#include "boardlens/features/assurance/csv.hpp"
#include "boardlens/features/assurance/feature.hpp"

namespace boardlens::assurance {

void AddCommands(cli::Commands& commands) {
  commands.Group("assurance", "Triangulated assurance");
  commands.Add(
      "assurance gaps", "Print an organisation's assurance gaps as CSV", [](cli::Spec& spec) {
        auto org = std::make_shared<std::string>();
        spec.Text("--org", *org, "Organisation (ODS)", true);
        return [org](cli::Context& ctx) {
          ctx.out() << WriteCsv(GapRows(ctx.Use<Assurance>().Of(Caller::Operator(), *org)));
        };
      });
}

}  // namespace boardlens::assurance
