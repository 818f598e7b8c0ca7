// The results command: a closed round's results as the API's JSON or as a table.

#include <cstdio>
#include <memory>
#include <ostream>
#include <sstream>

#include "boardlens/features/results/feature.hpp"
#include "boardlens/features/results/json.hpp"
#include "boardlens/features/results/results.hpp"
#include "boardlens/features/rounds/rounds.hpp"

namespace boardlens::results {
namespace {

std::string Fixed(const Stat& s, int digits) {
  if (!s.value) return "—";
  std::ostringstream out;
  out.setf(std::ios::fixed);
  out.precision(digits);
  out << *s.value;
  return out.str();
}

void PrintTable(std::ostream& out, const ResultsView& v) {
  const auto& r = v.results;
  out << v.round.organisation.name << " — " << v.round.round.title << " (closed "
      << v.round.round.closed_on << ")\n"
      << "Respondents: " << r.respondents.executive << " executive, " << r.respondents.non_executive
      << " non-executive. Overall: " << Fixed(r.overall, 2) << "\n\n";
  char line[512];
  std::snprintf(line, sizeof line, "%-16s %3s %3s %5s %6s %5s %6s %6s %6s %6s %6s %5s  %s\n",
                "item", "n", "dk", "mean", "median", "iqr", "agree", "exec", "ned", "gap", "change",
                "pctl", "flags");
  out << line;
  for (const auto& i : r.items) {
    std::string flags;
    for (const auto& f : FlagNames(i.flags)) flags += (flags.empty() ? "" : ",") + f;
    std::snprintf(line, sizeof line, "%-16s %3d %3d %5s %6s %5s %6s %6s %6s %6s %6s %5s  %s\n",
                  i.item.c_str(), i.n, i.dont_know, Fixed(i.mean, 2).c_str(),
                  Fixed(i.median, 1).c_str(), Fixed(i.iqr, 2).c_str(),
                  Fixed(i.agreement, 2).c_str(), Fixed(i.exec_mean, 2).c_str(),
                  Fixed(i.ned_mean, 2).c_str(), Fixed(i.gap, 2).c_str(), Fixed(i.change, 2).c_str(),
                  Fixed(i.percentile, 0).c_str(), flags.c_str());
    out << line;
  }
  out << "\n— means a value is suppressed or undefined; `--format json` gives the reasons.\n";
}

}  // namespace

void AddCommands(cli::Commands& commands) {
  commands.Add("round results", "Results of a closed round", [](cli::Spec& spec) {
    struct Options {
      std::int64_t round = 0;
      std::string format = "table";
    };
    auto o = std::make_shared<Options>();
    spec.Number("ID", o->round, "Round id", true)
        .Choice("--format", o->format, "json (as the API) or table", {"json", "table"});
    return [o](cli::Context& ctx) {
      const Caller op = Caller::Operator();
      const std::string ods = ctx.Use<rounds::Rounds>().OrganisationOf(op, o->round);
      auto& results = ctx.Use<Results>();
      const auto view = results.Of(op, ods, o->round);
      if (o->format == "json") {
        ctx.out() << JsonText(*view, results.settings().thresholds) << "\n";
      } else {
        PrintTable(ctx.out(), *view);
      }
    };
  });
}

}  // namespace boardlens::results
