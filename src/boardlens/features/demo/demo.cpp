// The demo plays its data files (data/) into an empty database through the features' own
// imports and use cases, the ones a board's files and forms go through. What is left here is
// who does what, in which order, and on which day.

#include <ostream>
#include <stdexcept>

#include "boardlens/base/embedded.hpp"
#include "boardlens/base/error.hpp"
#include "boardlens/base/relative_dates.hpp"
#include "boardlens/base/secrets.hpp"
#include "boardlens/features/accounts/accounts.hpp"
#include "boardlens/features/actions/actions.hpp"
#include "boardlens/features/actions/json.hpp"
#include "boardlens/features/demo/play.hpp"
#include "boardlens/features/rounds/csv_import.hpp"
#include "boardlens/features/rounds/rounds.hpp"
#include "boardlens/http/yaml_body.hpp"
#include "boardlens/mail/mailer.hpp"

namespace boardlens::demo {
namespace {

/// The board (board.csv), each member with an account to sign in with.
void AddBoard(Play& p, const std::string& password) {
  auto& accounts = p.scope.Get<accounts::Accounts>();
  auto& organisations = p.scope.Get<orgs::Organisations>();
  const http::Json& secretary = p.plan["secretary"];
  accounts.AddAccount(p.op, secretary["email"], secretary["name"], password, false);
  organisations.SetRole(p.op, p.ods, secretary["email"], Role::kSecretary);
  for (const CsvGroup& row : p.Groups("board.csv", 5)) {
    const orgs::Member m{0,
                         0,
                         row.key[0],
                         row.key[1],
                         row.key[2],
                         *orgs::ParseMembership(row.key[3]),
                         row.key[4] == "true"};
    p.ids["member:" + m.name] = p.scope.Get<orgs::Board>().AddMember(p.op, p.ods, m).id;
    accounts.AddAccount(p.op, m.email, m.name, password, false);
    organisations.SetRole(p.op, p.ods, m.email, Role::kMember);
  }
}

/// The rounds, on a clock of their own: each opens, is answered (round-answers.csv, a member a
/// day) and closes on the dates a real board would have seen. Then what the board agreed,
/// recorded on the day its round closed. Returns the open round.
Id PlayRounds(Play& p) {
  ManualClock then(p.now);
  rounds::Rounds history(p.scope.Get<db::Database>(), then, p.scope.Get<orgs::Organisations>(),
                         p.scope.Get<orgs::Board>(), p.scope.Get<frameworks::Frameworks>(),
                         p.scope.Get<rounds::ClosingListener>(), p.scope.Get<mail::Mailer>());
  const std::string framework = p.plan["framework"];
  const auto items = p.scope.Get<frameworks::Frameworks>().Get(p.op, framework, p.ods).framework;
  std::map<std::string, std::pair<Id, std::string>> closed;  // by title: id, closed on
  Id open = 0;
  const auto answers = p.Groups("round-answers.csv", 1);
  for (const http::Json& round : p.plan["rounds"]) {
    const std::string title = round["title"];
    then.Set(EpochOfDate(round["opened_on"]));
    const Id id = history.CreateRound(p.op, p.ods, framework, title).round.id;
    const std::string closed_on = round.value("closed_on", "");
    history.OpenRound(p.op, p.ods, id, round.value("closed_on", round.value("closes_by", "")));
    const auto group = std::find_if(answers.begin(), answers.end(),
                                    [&](const CsvGroup& g) { return g.key[0] == title; });
    if (group == answers.end()) throw std::logic_error("no answers to the round " + title);
    const auto given = rounds::ParseRoundCsv(group->csv, "round-answers.csv", items);
    for (auto from = given.begin(); from != given.end();) {
      std::vector<rounds::AnswerInput> mine;
      const std::string& by = from->respondent;
      for (; from != given.end() && from->respondent == by; ++from) {
        mine.push_back({from->item, from->rating, from->evidence, ""});
      }
      then.Advance(kSecondsPerDay);
      history.SubmitAnswers(p.As(by), p.ods, id, mine);
    }
    if (closed_on.empty()) {
      open = id;
      continue;
    }
    then.Set(EpochOfDate(closed_on));
    history.CloseRound(p.op, p.ods, id, closed_on);
    closed[title] = {id, closed_on};
  }
  actions::Actions agreed(p.scope.Get<db::Database>(), then, p.scope.Get<orgs::Organisations>(),
                          p.scope.Get<orgs::Board>(), history);
  for (const http::Json& action : p.Yaml("actions.yaml")) {
    const auto& [round, closed_on] = closed.at(action["round"]);
    then.Set(EpochOfDate(closed_on));
    actions::ActionInput in = actions::InputFromJson(action["action"]);
    const auto source = actions::Source::Assessment(round, action["item"]);
    const Id id = agreed.Record(p.op, p.ods, in, source).id;
    if (!action.contains("done")) continue;
    in.status = actions::ActionStatus::kDone;
    in.progress = action["done"];
    then.Set(EpochOfDate(in.due_on));
    agreed.Update(p.op, p.ods, id, in);
  }
  return open;
}

}  // namespace

std::string Play::Text(std::string_view file) const {
  const auto found = std::find_if(EmbeddedDemoData().begin(), EmbeddedDemoData().end(),
                                  [&](const EmbeddedFile& f) { return f.name == file; });
  if (found == EmbeddedDemoData().end()) throw std::logic_error("no file " + std::string(file));
  return ResolveRelativeDates(found->data, IsoDate(now), [&](std::string_view token) {
    const auto id = ids.find(std::string(token));
    if (id == ids.end()) throw std::logic_error("the demo has made no " + std::string(token));
    return std::to_string(id->second);
  });
}

http::Json Play::Yaml(std::string_view file) const { return http::JsonFromYaml(Text(file)); }

std::vector<CsvGroup> Play::Groups(std::string_view file, std::size_t key_columns) const {
  return GroupCsv(Text(file), file, key_columns);
}

Caller Play::As(const std::string& email) {
  return accounts::CallerOf(*scope.Get<accounts::Accounts>().FindByEmail(email), false, {});
}

void LoadDemo(Scope& services, std::ostream& out) {
  Play p{services, services.Get<Clock>().Now(), {}, {}, Caller::Operator(), {}};
  p.plan = p.Yaml("demo.yaml");
  p.ods = p.plan["trust"];
  auto& organisations = services.Get<orgs::Organisations>();
  try {
    organisations.GetOrganisation(p.op, p.ods);
    throw Conflict("the demo trust " + p.ods + " is already in this database");
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::kNotFound) throw;
  }
  services.Get<frameworks::Frameworks>().LoadShipped();
  std::string trust;
  for (const CsvGroup& org : p.Groups("organisations.csv", 4)) {
    organisations.AddOrganisation(p.op, org.key[0], org.key[1], org.key[2], org.key[3]);
    if (org.key[0] == p.ods) trust = org.key[1];
  }
  const std::string password = RandomToken().substr(0, 16);
  AddBoard(p, password);
  const Id open_round = PlayRounds(p);
  AddServices(p);
  AddQuestions(p);
  AddStrategy(p);
  AddRisks(p);  // names a proposal in the portfolio
  // Peer trusts, each with one closed round through the round import, so that peer standing
  // has the five organisations it needs.
  for (const CsvGroup& peer : p.Groups("peer-rounds.csv", 2)) {
    services.Get<rounds::Rounds>().ImportRound(p.op, peer.key[0], p.plan["framework"],
                                               p.plan["peer_round"], peer.key[1], peer.csv,
                                               "peer-rounds.csv");
  }
  AddVoice(p);
  AddObservations(p);
  out << "Demo loaded: " << trust << " (" << p.ods << "), board of 14, two closed rounds and round "
      << open_round << " open.\nSign in with any of these, password " << password << "\n";
  out << "  " << p.plan["secretary"]["email"].get<std::string>() << "  (board secretary)\n";
  for (const http::Json& login : p.plan["sign_in"]) {
    out << "  " << login["email"].get<std::string>() << "  (" << login["as"].get<std::string>()
        << ")\n";
  }
}

}  // namespace boardlens::demo
