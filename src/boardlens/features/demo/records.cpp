// The demo trust's registers, checklist and strategy, each through its feature's own import
// or, where it has none, the JSON its API takes.

#include "boardlens/base/clock.hpp"
#include "boardlens/features/demo/play.hpp"
#include "boardlens/features/portfolio/benefits.hpp"
#include "boardlens/features/portfolio/json.hpp"
#include "boardlens/features/portfolio/portfolio.hpp"
#include "boardlens/features/questions/checklist.hpp"
#include "boardlens/features/risks/json.hpp"
#include "boardlens/features/risks/risk_register.hpp"
#include "boardlens/features/services/json.hpp"
#include "boardlens/features/services/series_csv.hpp"
#include "boardlens/features/services/service_register.hpp"
#include "boardlens/features/strategy/json.hpp"
#include "boardlens/features/strategy/strategies.hpp"
#include "boardlens/features/voice/json.hpp"
#include "boardlens/features/voice/report_csv.hpp"
#include "boardlens/features/voice/voice.hpp"

namespace boardlens::demo {
namespace {

/// The programmes with their projects, assurance and a year of delivery confidence; then the
/// proposals, which name programmes, and the benefits with their actuals.
void AddPortfolio(Play& p, const Caller& secretary) {
  auto& portfolio = p.scope.Get<portfolio::Portfolio>();
  const http::Json plan = p.Yaml("portfolio.yaml");
  const auto months = portfolio::MonthsUpTo(portfolio.ThisMonth(), portfolio::kRatingMonths);
  for (const http::Json& programme : plan["programmes"]) {
    const http::Json& item = programme["item"];
    const Id id = portfolio.Add(secretary, p.ods, portfolio::ItemFromJson(item)).id;
    p.ids["item:" + item["name"].get<std::string>()] = id;
    portfolio.SetAssurance(secretary, p.ods, id,
                           portfolio::AssuranceFromJson(programme["assurance"], IsoDate(p.now)));
    for (std::size_t m = 0; m < months.size(); ++m) {
      const std::string confidence = programme["ratings"].at(m);
      portfolio.Report(secretary, p.ods, id,
                       portfolio::RatingFromJson({{"month", months[m]},
                                                  {"confidence", confidence},
                                                  {"narrative", plan["narratives"][confidence]}}));
    }
    for (http::Json project : programme["projects"]) {
      project["programme"] = id;
      portfolio.Add(secretary, p.ods, portfolio::ItemFromJson(project));
    }
  }
  for (const http::Json& proposal : p.Yaml("proposals.yaml")) {
    portfolio.Add(secretary, p.ods, portfolio::ItemFromJson(proposal));
  }
  auto& benefits = p.scope.Get<portfolio::Benefits>();
  for (const http::Json& b : plan["benefits"]) {
    const Id programme = p.ids.at("item:" + b["programme"].get<std::string>());
    const Id id =
        benefits.Add(secretary, p.ods, programme, portfolio::BenefitFromJson(b["benefit"])).id;
    p.ids["benefit:" + b["benefit"]["title"].get<std::string>()] = id;
  }
  for (const CsvGroup& actuals : p.Groups("benefit-actuals.csv", 1)) {
    benefits.RecordActuals(secretary, p.ods, p.ids.at("benefit:" + actuals.key[0]),
                           services::ParseSeriesCsv(actuals.csv, "benefit-actuals.csv"));
  }
}

}  // namespace

void AddStrategy(Play& p) {
  const Caller secretary = p.Secretary();
  ManualClock then(p.now);
  strategy::Strategies strategies(p.scope.Get<db::Database>(), then,
                                  p.scope.Get<orgs::Organisations>(), p.scope.Get<orgs::Board>(),
                                  p.scope.Get<strategy::PortfolioSource>(),
                                  p.scope.Get<strategy::MeasureSource>());
  for (const http::Json& version : p.Yaml("strategy.yaml")) {
    then.Set(EpochOfDate(version["saved_on"]));
    const auto saved =
        strategies.Save(secretary, p.ods, strategy::StrategyFromJson(version["strategy"]));
    if (!version.contains("approved_on")) continue;
    then.Set(EpochOfDate(version["approved_on"]));
    strategies.Approve(secretary, p.ods, saved.strategy.version.number, version["approved_on"]);
  }
  AddPortfolio(p, secretary);
}

void AddServices(Play& p) {
  auto& reg = p.scope.Get<services::ServiceRegister>();
  reg.Import(p.op, p.ods, p.Text("services.csv"), "services.csv");
  for (const services::Service& s : reg.List(p.op, p.ods)) p.ids["service:" + s.what.name] = s.id;
  for (const http::Json& m : p.Yaml("measures.yaml")) {
    const std::string service = m["service"];
    const Id id =
        reg.AddMeasure(p.op, p.ods, p.ids.at("service:" + service), services::MeasureFromJson(m))
            .id;
    p.ids["measure:" + service + "/" + m["name"].get<std::string>()] = id;
  }
  // Each measure's values as `service values` takes them: a date,value file.
  for (const CsvGroup& values : p.Groups("measure-values.csv", 2)) {
    reg.RecordValues(p.op, p.ods, p.ids.at("measure:" + values.key[0] + "/" + values.key[1]),
                     services::ParseSeriesCsv(values.csv, "measure-values.csv"));
  }
}

void AddQuestions(Play& p) {
  // Each answer is imported on a clock of its own, on the day a real board would have given
  // it, by whoever gave it; some questions are answered twice, so their history shows.
  ManualClock then(p.now);
  questions::Checklist checklist(p.scope.Get<db::Database>(), then,
                                 p.scope.Get<orgs::Organisations>(), p.scope.Get<orgs::Board>(),
                                 p.scope.Get<frameworks::Frameworks>());
  for (const CsvGroup& answers : p.Groups("questions.csv", 2)) {
    then.Set(EpochOfDate(answers.key[0]));
    checklist.Import(p.As(answers.key[1]), p.ods, answers.csv, "questions.csv");
  }
}

void AddRisks(Play& p) {
  // The register is played on a clock of its own: first imported four months ago, reviewed
  // then and a month ago at the scores it had, and imported again with what moved since.
  ManualClock then(p.now);
  auto& organisations = p.scope.Get<orgs::Organisations>();
  auto& board = p.scope.Get<orgs::Board>();
  actions::Actions agreed(p.scope.Get<db::Database>(), then, organisations, board,
                          p.scope.Get<rounds::Rounds>());
  risks::RiskRegister reg(p.scope.Get<db::Database>(), then, organisations, board,
                          p.scope.Get<portfolio::Portfolio>(), agreed);
  const Caller secretary = p.Secretary();
  for (const http::Json& a : p.Yaml("risk-appetite.yaml")) {
    reg.SetAppetite(secretary, p.ods, risks::AppetiteFromJson(a));
  }
  const auto imports = p.Groups("risks.csv", 1);
  for (std::size_t i = 0; i < imports.size(); ++i) {
    then.Set(EpochOfDate(imports[i].key[0]));
    reg.Import(secretary, p.ods, imports[i].csv, "risks.csv");
    if (i > 0) continue;
    for (const http::Json& review : p.plan["risk_reviews"]) {
      then.Set(EpochOfDate(review["on"]));
      for (const risks::Risk& r : reg.List(secretary, p.ods)) {
        reg.RecordReview(secretary, p.ods, r.id, {review["note"], ""});
      }
    }
  }
}

void AddVoice(Play& p) {
  auto& voice = p.scope.Get<voice::Voice>();
  std::map<std::string, Id> services;
  const auto form = voice.Form(voice.Link(p.op, p.ods));
  for (const auto& s : form->services) services[s.name] = *s.id;
  voice.ImportReports(
      p.op, p.ods,
      voice::ParseReportsCsv(p.Text("voice-reports.csv"), "voice-reports.csv", services));
  for (const http::Json& change : p.Yaml("voice-changes.yaml")) {
    voice.AddChange(p.op, p.ods, voice::ChangeFromJson(change));
  }
}

}  // namespace boardlens::demo
