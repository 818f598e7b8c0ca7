// The services register commands: the register as CSV both ways, for analysts and scripts.

#include <memory>
#include <ostream>

#include "boardlens/base/csv.hpp"
#include "boardlens/base/files.hpp"
#include "boardlens/features/services/feature.hpp"
#include "boardlens/features/services/register_csv.hpp"
#include "boardlens/features/services/series_csv.hpp"
#include "boardlens/features/services/service_register.hpp"

namespace boardlens::services {

void AddCommands(cli::Commands& commands) {
  commands.Group("service", "The digital services register");
  commands.Add("service list", "Print an organisation's services register as CSV",
               [](cli::Spec& spec) {
                 auto org = std::make_shared<std::string>();
                 spec.Text("--org", *org, "Organisation (ODS)", true);
                 return [org](cli::Context& ctx) {
                   ctx.out() << WriteCsv(
                       RegisterTable(ctx.Use<ServiceRegister>().List(Caller::Operator(), *org)));
                 };
               });
  commands.Add(
      "service import",
      "Add or update services from a CSV of the register's columns (as `service list` prints "
      "them); all or nothing",
      [](cli::Spec& spec) {
        auto o = std::make_shared<std::pair<std::string, std::string>>();
        spec.Text("--org", o->first, "Organisation (ODS)", true)
            .Text("FILE", o->second, "The CSV file", true);
        return [o](cli::Context& ctx) {
          const ImportSummary done = ctx.Use<ServiceRegister>().Import(
              Caller::Operator(), o->first, ReadFile(o->second), o->second);
          ctx.out() << done.added << " services added, " << done.updated << " updated\n";
        };
      });
  commands.Add(
      "service values", "Add or replace a measure's values from a date,value CSV; all or nothing",
      [](cli::Spec& spec) {
        struct Options {
          std::string org, file;
          std::int64_t measure = 0;
        };
        auto o = std::make_shared<Options>();
        spec.Text("--org", o->org, "Organisation (ODS)", true)
            .Number("--measure", o->measure, "The measure's id", true)
            .Text("FILE", o->file, "The CSV file: date,value", true);
        return [o](cli::Context& ctx) {
          const auto points = ParseSeriesCsv(ReadFile(o->file), o->file);
          ctx.Use<ServiceRegister>().RecordValues(Caller::Operator(), o->org, o->measure, points);
          ctx.out() << points.size() << " values saved\n";
        };
      });
}

}  // namespace boardlens::services
