#include "boardlens/features/demo/demo.hpp"

#include <algorithm>
#include <array>
#include <random>

#include <fmt/format.h>

#include "boardlens/base/error.hpp"
#include "boardlens/base/secrets.hpp"
#include "boardlens/features/accounts/accounts.hpp"
#include "boardlens/features/actions/actions.hpp"
#include "boardlens/features/demo/demo_parts.hpp"
#include "boardlens/features/frameworks/frameworks.hpp"
#include "boardlens/features/orgs/board.hpp"
#include "boardlens/features/orgs/organisations.hpp"
#include "boardlens/features/rounds/rounds.hpp"
#include "boardlens/mail/mailer.hpp"

namespace boardlens::demo {
namespace {

using orgs::Membership;

constexpr const char* kFramework = "nhs-digital-boards";
constexpr const char* kTrust = "RZZ";

struct DemoMember {
  const char* name;
  const char* job_title;
  Membership membership;
  bool voting;
};

// Fictional people; any likeness to real board members is accidental.
constexpr std::array<DemoMember, 14> kBoard{{
    {"Helen Marsh", "Chair", Membership::kNonExecutive, true},
    {"David Okafor", "Chief Executive", Membership::kExecutive, true},
    {"Priya Raman", "Chief Finance Officer", Membership::kExecutive, true},
    {"Tom Whitfield", "Chief Nurse", Membership::kExecutive, true},
    {"Sarah Lindqvist", "Medical Director", Membership::kExecutive, true},
    {"James Achebe", "Chief Operating Officer", Membership::kExecutive, true},
    {"Ruth Penrose", "Chief People Officer", Membership::kExecutive, false},
    {"Omar Siddiqui", "Chief Digital and Information Officer", Membership::kExecutive, false},
    {"Margaret Doyle", "Vice Chair", Membership::kNonExecutive, true},
    {"Graham Hollis", "Non-executive Director, Audit Committee Chair", Membership::kNonExecutive,
     true},
    {"Aisha Bello", "Non-executive Director, Quality Committee Chair", Membership::kNonExecutive,
     true},
    {"Peter Kowalski", "Non-executive Director, Digital", Membership::kNonExecutive, true},
    {"Fiona MacLeod", "Non-executive Director, People", Membership::kNonExecutive, true},
    {"Samuel Grant", "Associate Non-executive Director", Membership::kNonExecutive, false},
}};

/// Where the board sits on each of the eight themes, by round, and how executives see it
/// differently. Users is weak, Risk divides the board, Assurance has blind spots, and
/// executives rate Ownership higher than non-executives do.
struct ThemeProfile {
  const char* item;
  std::array<double, 3> centre;  ///< per round
  double spread;
  double exec_shift;
  double dont_know;
};
constexpr std::array<ThemeProfile, 8> kThemes{{
    {"outcomes", {2.6, 3.0, 3.3}, 0.6, 0.2, 0.05},
    {"risk", {2.8, 3.0, 3.1}, 1.6, 0.0, 0.05},
    {"assurance", {2.4, 2.6, 2.9}, 0.7, 0.3, 0.35},
    {"advocacy", {3.0, 3.2, 3.4}, 0.5, 0.2, 0.0},
    {"ownership", {2.7, 2.9, 3.0}, 0.5, 1.3, 0.0},
    {"prioritisation", {2.5, 2.8, 3.2}, 0.6, 0.2, 0.05},
    {"users", {1.9, 2.2, 2.6}, 0.6, 0.1, 0.1},
    {"culture", {3.1, 3.3, 3.5}, 0.6, 0.0, 0.0},
}};

std::string EmailFor(const std::string& name, const std::string& domain_name) {
  std::string local;
  for (char c : name) {
    if (c == ' ') {
      local.push_back('.');
    } else {
      local.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
  }
  return local + "@" + domain_name;
}

std::optional<std::int8_t> Rate(std::mt19937& rng, const ThemeProfile& t, std::size_t round,
                                bool executive) {
  if (std::uniform_real_distribution<double>(0, 1)(rng) < t.dont_know) return std::nullopt;
  const double centre = t.centre.at(round) + (executive ? t.exec_shift / 2 : -t.exec_shift / 2);
  const double value = std::normal_distribution<double>(centre, t.spread)(rng);
  return static_cast<std::int8_t>(std::clamp(static_cast<int>(std::lround(value)), 1, 5));
}

Caller As(accounts::Accounts& accounts, const std::string& email) {
  return accounts::CallerOf(*accounts.FindByEmail(email), false, {});
}

bool Exists(orgs::Organisations& organisations, const std::string& ods) {
  try {
    organisations.GetOrganisation(Caller::Operator(), ods);
    return true;
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::kNotFound) throw;
    return false;
  }
}

/// What the board agreed after its spring and summer rounds, recorded on the day each closed:
/// one done, one overdue and one still open, so the log and "what we said we would do" show.
void RecordActions(Scope& services, ManualClock& then, rounds::Rounds& history,
                   const std::vector<std::pair<Id, std::int64_t>>& closed_rounds) {
  const Caller op = Caller::Operator();
  auto& board = services.Get<orgs::Board>();
  actions::Actions log(services.Get<db::Database>(), then, services.Get<orgs::Organisations>(),
                       board, history);
  const auto members = board.ListMembers(op, kTrust);
  const auto member = [&](const char* name) {
    return std::find_if(members.begin(), members.end(),
                        [&](const orgs::Member& m) { return m.name == name; })
        ->id;
  };
  struct DemoAction {
    std::size_t round;
    const char* item;
    const char* title;
    const char* owner;
    const char* due_on;
    const char* progress;  ///< empty: still open
  };
  const std::array<DemoAction, 3> agreed{{
      {0, "users", "Agree a digital inclusion plan with the integrated care board", "Omar Siddiqui",
       "2026-07-31", "Approved at the July board; first report due in January."},
      {1, "risk", "Bring the cyber risk back to board with the gaps in assurance named",
       "Graham Hollis", "2026-10-30", ""},
      {1, "ownership", "Name a senior responsible owner for each digital programme", "David Okafor",
       "2027-01-29", ""},
  }};
  for (const DemoAction& a : agreed) {
    const auto& [round, closed] = closed_rounds.at(a.round);
    then.Set(closed);
    actions::ActionInput in{a.title, {}, member(a.owner), a.due_on, {}, {}};
    const auto recorded = log.Record(op, kTrust, in, actions::Source::Assessment(round, a.item));
    if (a.progress[0] != '\0') {
      in.status = actions::ActionStatus::kDone;
      in.progress = a.progress;
      then.Set(EpochOfDate(a.due_on));
      log.Update(op, kTrust, recorded.id, in);
    }
  }
}

}  // namespace

DemoSummary LoadDemo(Scope& services) {
  const Caller op = Caller::Operator();
  auto& accounts = services.Get<accounts::Accounts>();
  auto& organisations = services.Get<orgs::Organisations>();
  auto& board = services.Get<orgs::Board>();
  auto& assessment = services.Get<rounds::Rounds>();
  if (Exists(organisations, kTrust)) {
    throw Conflict("the demo trust " + std::string(kTrust) + " is already in this database");
  }
  services.Get<frameworks::Frameworks>().LoadShipped();
  std::mt19937 rng(20261122);

  DemoSummary out;
  out.trust_ods = kTrust;
  out.password = RandomToken().substr(0, 16);

  organisations.AddOrganisation(op, "QZZ", "NHS Northfield and Weston Integrated Care Board", "icb",
                                "");
  organisations.AddOrganisation(op, kTrust, "Northfield Valley NHS Foundation Trust", "trust",
                                "QZZ");
  const std::string domain_name = "northfield-valley.nhs.example";

  const std::string secretary = "board.secretary@" + domain_name;
  accounts.AddAccount(op, secretary, "Claire Benson", out.password, false);
  organisations.SetRole(op, kTrust, secretary, Role::kSecretary);
  out.logins.push_back({"board secretary", secretary});

  std::vector<std::string> emails;
  for (const DemoMember& m : kBoard) {
    orgs::Member member;
    member.name = m.name;
    member.email = EmailFor(m.name, domain_name);
    member.job_title = m.job_title;
    member.membership = m.membership;
    member.voting = m.voting;
    board.AddMember(op, kTrust, member);
    accounts.AddAccount(op, member.email, m.name, out.password, false);
    organisations.SetRole(op, kTrust, member.email, Role::kMember);
    emails.push_back(member.email);
  }
  out.logins.push_back({"non-executive director (has not answered the open round)", emails[11]});
  out.logins.push_back({"chief digital and information officer", emails[7]});

  // The rounds are played on a clock of their own, so each opens, is answered and closes on
  // the dates a real board would have seen. The open round opened a fortnight ago and asks
  // for answers within another fortnight.
  const std::int64_t today = services.Get<Clock>().Now();
  const std::int64_t fortnight = 14 * kSecondsPerDay;
  ManualClock then(today);
  rounds::Rounds history(services.Get<db::Database>(), then, organisations, board,
                         services.Get<frameworks::Frameworks>(),
                         services.Get<rounds::ClosingListener>(), services.Get<mail::Mailer>());
  struct DemoRound {
    const char* title;
    std::int64_t opened, closed;  // closed 0: still open
  };
  const std::array<DemoRound, 3> rounds{{
      {"Spring 2026 board self-assessment", EpochOfDate("2026-04-01"), EpochOfDate("2026-04-30")},
      {"Summer 2026 board self-assessment", EpochOfDate("2026-08-03"), EpochOfDate("2026-08-28")},
      {"Autumn 2026 board self-assessment", today - fortnight, 0},
  }};
  std::vector<std::pair<Id, std::int64_t>> closed_rounds;
  for (std::size_t r = 0; r < rounds.size(); ++r) {
    const DemoRound& round = rounds.at(r);
    then.Set(round.opened);
    const auto view = history.CreateRound(op, kTrust, kFramework, round.title);
    history.OpenRound(op, kTrust, view.round.id,
                      round.closed != 0 ? IsoDate(round.closed) : IsoDate(today + fortnight));
    for (std::size_t i = 0; i < kBoard.size(); ++i) {
      // In the open round nine members have answered so far, so the tracker has work to show;
      // the demo's non-executive director for digital (index 11) has not.
      const bool open_round = r + 1 == rounds.size();
      if (open_round && (i >= 9 || i == 0)) continue;
      std::vector<rounds::AnswerInput> answers;
      for (const ThemeProfile& t : kThemes) {
        const bool executive = kBoard.at(i).membership == Membership::kExecutive;
        answers.push_back({t.item, Rate(rng, t, r, executive), "", ""});
      }
      then.Advance(kSecondsPerDay);  // one member a day
      history.SubmitAnswers(As(accounts, emails[i]), kTrust, view.round.id, answers);
    }
    if (round.closed != 0) {
      then.Set(round.closed);
      history.CloseRound(op, kTrust, view.round.id, IsoDate(round.closed));
      closed_rounds.emplace_back(view.round.id, round.closed);
    } else {
      out.open_round = view.round.id;
    }
  }
  RecordActions(services, then, history, closed_rounds);
  AddDemoServices(services, kTrust);
  AddDemoQuestions(services, kTrust);
  AddDemoStrategy(services, kTrust, As(accounts, secretary));
  AddDemoRisks(services, kTrust, As(accounts, secretary));  // names a proposal in the portfolio

  // Peer trusts in the same system, each with one imported closed round, so peer standing
  // has the five organisations it needs.
  const std::array<std::pair<const char*, const char*>, 6> peers{{
      {"RZA", "Weston General Hospitals NHS Trust"},
      {"RZB", "Northfield Community and Mental Health NHS Trust"},
      {"RZC", "Eastmoor Teaching Hospitals NHS Foundation Trust"},
      {"RZD", "Harbourside Ambulance Service NHS Trust"},
      {"RZE", "Southdale and Fenwick NHS Foundation Trust"},
      {"RZF", "Riverside Children's Hospital NHS Foundation Trust"},
  }};
  for (std::size_t p = 0; p < peers.size(); ++p) {
    organisations.AddOrganisation(op, peers.at(p).first, peers.at(p).second, "trust", "QZZ");
    std::string csv = "respondent,membership,item,rating,evidence\n";
    const double offset = std::uniform_real_distribution<double>(-0.8, 0.8)(rng);
    for (int person = 0; person < 12; ++person) {
      const bool executive = person < 6;
      for (const ThemeProfile& t : kThemes) {
        ThemeProfile shifted = t;
        for (double& c : shifted.centre) c += offset;
        const auto rating = Rate(rng, shifted, 1, executive);
        csv += fmt::format("P{},{},{},{},\n", person + 1, executive ? "executive" : "non-executive",
                           t.item, rating ? std::to_string(*rating) : "DK");
      }
    }
    assessment.ImportRound(op, peers.at(p).first, kFramework, "Board digital self-assessment 2026",
                           "2026-0" + std::to_string(5 + p % 3) + "-15", csv, "demo.csv");
  }
  LoadVoiceDemo(services, kTrust);
  return out;
}

}  // namespace boardlens::demo
