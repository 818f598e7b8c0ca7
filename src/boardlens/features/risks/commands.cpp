// The risk register commands: a summary to read, and the register as CSV both ways.

#include <memory>
#include <ostream>

#include "boardlens/base/csv.hpp"
#include "boardlens/base/files.hpp"
#include "boardlens/features/risks/feature.hpp"
#include "boardlens/features/risks/risk_csv.hpp"
#include "boardlens/features/risks/risk_register.hpp"

namespace boardlens::risks {

void AddCommands(cli::Commands& commands) {
  commands.Group("risk", "Digital risks on the Board Assurance Framework");
  commands.Add(
      "risk list",
      "Print an organisation's risks, highest current score first: score, band, appetite, "
      "flags and title",
      [](cli::Spec& spec) {
        auto org = std::make_shared<std::string>();
        spec.Text("--org", *org, "Organisation (ODS)", true);
        return [org](cli::Context& ctx) {
          auto& reg = ctx.Use<RiskRegister>();
          const Caller op = Caller::Operator();
          const auto appetites = reg.Appetites(op, *org);
          const std::string today = reg.Today();
          std::vector<std::vector<std::string>> rows{
              {"id", "current_score", "band", "above_appetite", "overdue", "movement", "title"}};
          for (const Risk& r : reg.List(op, *org)) {
            const int score = Score(r.what.current);
            const bool above =
                Compare(score, AppetiteFor(appetites, r.what.category)) == AppetiteStance::kAbove;
            rows.push_back({std::to_string(r.id), std::to_string(score),
                            std::string(ToString(BandOf(score))), above ? "yes" : "no",
                            Overdue(r, today) ? "yes" : "no", std::string(ToString(MovementOf(r))),
                            r.what.title});
          }
          ctx.out() << WriteCsv(rows);
        };
      });
  commands.Add(
      "risk export", "Print the whole risk register as CSV, as `risk import` takes it",
      [](cli::Spec& spec) {
        auto org = std::make_shared<std::string>();
        spec.Text("--org", *org, "Organisation (ODS)", true);
        return [org](cli::Context& ctx) {
          ctx.out() << WriteCsv(RiskTable(ctx.Use<RiskRegister>().List(Caller::Operator(), *org)));
        };
      });
  commands.Add(
      "risk import",
      "Add or update risks (by title) from a CSV of the register's columns, as `risk export` "
      "prints them; all or nothing",
      [](cli::Spec& spec) {
        auto o = std::make_shared<std::pair<std::string, std::string>>();
        spec.Text("--org", o->first, "Organisation (ODS)", true)
            .Text("FILE", o->second, "The CSV file", true);
        return [o](cli::Context& ctx) {
          const ImportSummary done = ctx.Use<RiskRegister>().Import(Caller::Operator(), o->first,
                                                                    ReadFile(o->second), o->second);
          ctx.out() << done.added << " risks added, " << done.updated << " updated\n";
        };
      });
}

}  // namespace boardlens::risks
