// The strategy commands: the current strategy with its checks as JSON, a saved strategy from
// a JSON file (as the API takes it), its lists as CSV, and the record of the board's approval.

#include <memory>
#include <ostream>

#include "boardlens/base/csv.hpp"
#include "boardlens/base/error.hpp"
#include "boardlens/base/files.hpp"
#include "boardlens/features/strategy/feature.hpp"
#include "boardlens/features/strategy/json.hpp"
#include "boardlens/features/strategy/strategies.hpp"

namespace boardlens::strategy {

void AddCommands(cli::Commands& commands) {
  commands.Group("strategy", "The digital strategy");
  commands.Add("strategy show", "Print the current strategy and its checks as JSON",
               [](cli::Spec& spec) {
                 auto org = std::make_shared<std::string>();
                 spec.Text("--org", *org, "Organisation (ODS)", true);
                 return [org](cli::Context& ctx) {
                   const auto current = ctx.Use<Strategies>().Current(Caller::Operator(), *org);
                   if (!current) throw NotFound("no digital strategy has been recorded yet");
                   ctx.out() << ToJson(*current).dump(2) << "\n";
                 };
               });
  commands.Add(
      "strategy save",
      "Save a whole strategy from a JSON file, as the API's PUT takes it, as a new version",
      [](cli::Spec& spec) {
        auto o = std::make_shared<std::pair<std::string, std::string>>();
        spec.Text("--org", o->first, "Organisation (ODS)", true)
            .Text("FILE", o->second, "The JSON file", true);
        return [o](cli::Context& ctx) {
          const Checked saved = ctx.Use<Strategies>().Save(
              Caller::Operator(), o->first,
              StrategyFromJson(http::ParseJsonObject(ReadFile(o->second))));
          ctx.out() << "Version " << saved.strategy.version.number << " saved; "
                    << saved.findings.size() << " checks need attention\n";
          for (const Finding& f : saved.findings) {
            ctx.out() << "- " << f.problem << " (" << f.guidance << ")\n";
          }
        };
      });
  commands.Add(
      "strategy csv", "Print one of the current strategy's lists as CSV", [](cli::Spec& spec) {
        auto o = std::make_shared<std::pair<std::string, std::string>>();
        spec.Text("--org", o->first, "Organisation (ODS)", true)
            .Choice("--list", o->second, "Which list", {"outcomes", "priorities", "not-doing"});
        return [o](cli::Context& ctx) {
          const auto current = ctx.Use<Strategies>().Current(Caller::Operator(), o->first);
          const StrategyInput none;
          const StrategyInput& s = current ? current->strategy.what : none;
          const Standings standings = current ? current->standings : Standings{};
          ctx.out() << WriteCsv(o->second == "outcomes"     ? OutcomesTable(s, standings)
                                : o->second == "priorities" ? PrioritiesTable(s)
                                                            : NotDoingTable(s));
        };
      });
  commands.Add("strategy approve", "Record the date the board approved a version",
               [](cli::Spec& spec) {
                 struct Options {
                   std::string org, on;
                   std::int64_t version = 0;
                 };
                 auto o = std::make_shared<Options>();
                 spec.Text("--org", o->org, "Organisation (ODS)", true)
                     .Number("--version", o->version, "The version's number", true)
                     .Text("--on", o->on, "The date the board approved it, YYYY-MM-DD", true);
                 return [o](cli::Context& ctx) {
                   if (o->version < 1 || o->version > 1'000'000) {
                     throw Invalid("--version must be a version's number", "--version");
                   }
                   ctx.Use<Strategies>().Approve(Caller::Operator(), o->org,
                                                 static_cast<int>(o->version), o->on);
                   ctx.out() << "Version " << o->version << " approved on " << o->on << "\n";
                 };
               });
}

}  // namespace boardlens::strategy
