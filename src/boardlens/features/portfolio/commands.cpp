// The portfolio commands: the portfolio as CSV, an item added or changed from a JSON file (as
// the API takes it), and a month's delivery confidence reported.

#include <memory>
#include <ostream>

#include "boardlens/base/csv.hpp"
#include "boardlens/base/error.hpp"
#include "boardlens/base/files.hpp"
#include "boardlens/features/portfolio/benefits.hpp"
#include "boardlens/features/portfolio/feature.hpp"
#include "boardlens/features/portfolio/json.hpp"
#include "boardlens/features/portfolio/page_words.hpp"
#include "boardlens/features/portfolio/portfolio.hpp"
#include "boardlens/features/services/series_csv.hpp"

namespace boardlens::portfolio {

void AddCommands(cli::Commands& commands) {
  commands.Group("portfolio", "The portfolio of digital programmes and projects");
  commands.Add("portfolio list", "Print the portfolio as CSV", [](cli::Spec& spec) {
    auto org = std::make_shared<std::string>();
    spec.Text("--org", *org, "Organisation (ODS)", true);
    return [org](cli::Context& ctx) {
      auto& portfolio = ctx.Use<Portfolio>();
      std::map<Id, std::string> titles;
      for (const auto& p : portfolio.Priorities(Caller::Operator(), *org)) titles[p.key] = p.title;
      ctx.out() << WriteCsv(PortfolioTable(portfolio.List(Caller::Operator(), *org), titles));
    };
  });
  commands.Add(
      "portfolio save",
      "Add a programme or project from a JSON file as the API takes it, or change the one with "
      "--id",
      [](cli::Spec& spec) {
        struct Options {
          std::string org, file;
          std::int64_t id = 0;
        };
        auto o = std::make_shared<Options>();
        spec.Text("--org", o->org, "Organisation (ODS)", true)
            .Number("--id", o->id, "The item to change; without it, a new one")
            .Text("FILE", o->file, "The JSON file", true);
        return [o](cli::Context& ctx) {
          auto& portfolio = ctx.Use<Portfolio>();
          const std::optional<Stage> stored =
              o->id == 0 ? std::nullopt
                         : std::optional<Stage>(
                               portfolio.Get(Caller::Operator(), o->org, o->id).what.stage);
          ItemInput in = ItemFromJson(http::ParseJsonObject(ReadFile(o->file)), stored);
          const Item item =
              o->id == 0 ? portfolio.Add(Caller::Operator(), o->org, std::move(in))
                         : portfolio.Update(Caller::Operator(), o->org, o->id, std::move(in));
          ctx.out() << "Saved " << ToString(item.what.kind) << " " << item.id << "\n";
        };
      });
  commands.Add("portfolio rate", "Report a month's delivery confidence", [](cli::Spec& spec) {
    struct Options {
      std::string org, month, confidence, narrative;
      std::int64_t id = 0;
    };
    auto o = std::make_shared<Options>();
    spec.Text("--org", o->org, "Organisation (ODS)", true)
        .Number("--id", o->id, "The programme or project", true)
        .Text("--month", o->month, "YYYY-MM", true)
        .Choice("--confidence", o->confidence, "The rating",
                {"green", "amber_green", "amber", "amber_red", "red"})
        .Text("--narrative", o->narrative, "What lies behind it", true);
    return [o](cli::Context& ctx) {
      const auto confidence = ParseConfidence(o->confidence);
      if (!confidence) throw Invalid("give --confidence", "--confidence");
      Rating r;
      r.month = o->month;
      r.confidence = *confidence;
      r.narrative = o->narrative;
      ctx.Use<Portfolio>().Report(Caller::Operator(), o->org, o->id, r);
      ctx.out() << "Reported " << o->month << "\n";
    };
  });
  commands.Add("portfolio actuals",
               "Add or replace a benefit's actuals from a date,value CSV; all or nothing",
               [](cli::Spec& spec) {
                 struct Options {
                   std::string org, file;
                   std::int64_t benefit = 0;
                 };
                 auto o = std::make_shared<Options>();
                 spec.Text("--org", o->org, "Organisation (ODS)", true)
                     .Number("--benefit", o->benefit, "The benefit's id", true)
                     .Text("FILE", o->file, "The CSV file: date,value", true);
                 return [o](cli::Context& ctx) {
                   const auto points = services::ParseSeriesCsv(ReadFile(o->file), o->file);
                   ctx.Use<Benefits>().RecordActuals(Caller::Operator(), o->org, o->benefit,
                                                     points);
                   ctx.out() << points.size() << " actuals saved\n";
                 };
               });
}

}  // namespace boardlens::portfolio
