#include "boardlens/features/rounds/rounds.hpp"

#include <set>

#include "boardlens/base/error.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/base/utf8.hpp"
#include "boardlens/db/transaction.hpp"
#include "boardlens/features/rounds/csv_import.hpp"

namespace boardlens::rounds {

RoundView Rounds::LoadRound(const orgs::Organisation& org, Id round_id) {
  auto round = repository_.FindRound(org.id, round_id);
  if (!round) {
    throw NotFound("there is no round " + std::to_string(round_id) + " in " + org.ods_code);
  }
  auto framework = frameworks_.GetVersion(round->framework_id);
  return {std::move(*round), org, std::move(framework)};
}

std::string Rounds::LatestClosingDate() const { return IsoDate(clock_.Now() + kSecondsPerDay); }

RoundView Rounds::CreateRound(const Caller& caller, const std::string& ods,
                              const std::string& framework_ref, const std::string& title) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kSecretary);
  const auto fw = frameworks_.Get(caller, framework_ref, ods);
  Round round;
  round.org_id = access.org.id;
  round.framework_id = fw.id;
  round.framework_ref = fw.framework.ref;
  round.title = RequireText(title, "title");
  round.status = RoundStatus::kDraft;
  round.id = db::Transaction(db_, [&] { return repository_.InsertRound(round, clock_.Now()); });
  return {round, access.org, fw};
}

RoundView Rounds::GetRound(const Caller& caller, const std::string& ods, Id round_id) {
  return LoadRound(organisations_.Require(caller, ods, Role::kViewer).org, round_id);
}

std::vector<Round> Rounds::ListRounds(const Caller& caller, const std::string& ods) {
  return repository_.ListRounds(organisations_.Require(caller, ods, Role::kViewer).org.id);
}

RoundView Rounds::Change(const orgs::OrgAccess& access, Id round_id,
                         const std::function<void(RoundView&)>& change) {
  return db::Transaction(db_, [&] {
    RoundView view = LoadRound(access.org, round_id);
    change(view);
    repository_.UpdateRound(view.round);
    return view;
  });
}

RoundView Rounds::OpenRound(const Caller& caller, const std::string& ods, Id round_id,
                            const std::string& closes_by) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kSecretary);
  const std::string today = IsoDate(clock_.Now());
  RequireDeadline(closes_by, today);
  return Change(access, round_id, [&](RoundView& view) {
    RequireStatus(view.round, RoundStatus::kDraft, "only a draft round can be opened");
    view.round.status = RoundStatus::kOpen;
    view.round.opened_on = today;
    view.round.closes_by = closes_by;
  });
}

RoundView Rounds::SetDeadline(const Caller& caller, const std::string& ods, Id round_id,
                              const std::string& closes_by) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kSecretary);
  RequireDeadline(closes_by, IsoDate(clock_.Now()));
  return Change(access, round_id, [&](RoundView& view) {
    if (!CanWithdraw(view.round)) {
      RequireStatus(view.round, RoundStatus::kOpen, "only a draft or open round has a deadline");
    }
    view.round.closes_by = closes_by;
  });
}

RoundView Rounds::CloseRound(const Caller& caller, const std::string& ods, Id round_id,
                             const std::string& closed_on) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kSecretary);
  const std::string date = closed_on.empty() ? IsoDate(clock_.Now()) : closed_on;
  RoundView closed = db::Transaction(db_, [&] {
    RoundView view = LoadRound(access.org, round_id);
    RequireStatus(view.round, RoundStatus::kOpen, "only an open round can be closed");
    RequireClosingDate(date, view.round.opened_on, LatestClosingDate());
    auto answers = repository_.ListAnswers(access.org.id, round_id);
    RequireSomeAnswers(view.round, answers.size());
    view.round.status = RoundStatus::kClosed;
    view.round.closed_on = date;
    repository_.UpdateRound(view.round);
    closing_.RoundClosing(view, answers);
    return view;
  });
  closing_.RoundClosed();
  return closed;
}

RoundView Rounds::WithdrawRound(const Caller& caller, const std::string& ods, Id round_id) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kSecretary);
  return Change(access, round_id, [&](RoundView& view) {
    if (!CanWithdraw(view.round)) {
      RequireStatus(view.round, RoundStatus::kOpen, "only a draft or open round can be withdrawn");
    }
    view.round.status = RoundStatus::kWithdrawn;
    view.round.withdrawn_on = IsoDate(clock_.Now());
  });
}

void Rounds::DeleteRound(const Caller& caller, const std::string& ods, Id round_id) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kSecretary);
  db::Transaction(db_, [&] {
    const RoundView view = LoadRound(access.org, round_id);
    RequireStatus(view.round, RoundStatus::kWithdrawn,
                  "only a withdrawn round can be deleted; withdraw it first");
    repository_.DeleteRound(access.org.id, round_id);
  });
}

void Rounds::SubmitAnswers(const Caller& caller, const std::string& ods, Id round_id,
                           const std::vector<AnswerInput>& answers) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kMember);
  const orgs::Member member = board_.RequireAnsweringMember(caller, access);
  if (answers.empty()) throw Invalid("give at least one answer", "answers");
  db::Transaction(db_, [&] {
    // Lock first, then read: a close that commits meanwhile is seen, never overtaken.
    const bool open = repository_.LockOpenRound(access.org.id, round_id);
    const RoundView view = LoadRound(access.org, round_id);
    if (!open) {
      RequireStatus(view.round, RoundStatus::kOpen,
                    view.round.status == RoundStatus::kClosed
                        ? "its answers are frozen"
                        : "answers open when the secretary opens it");
    }
    std::set<std::string> seen;
    const std::int64_t now = clock_.Now();
    for (const AnswerInput& a : answers) {
      if (!view.framework.framework.ItemIndex(a.item)) {
        throw Invalid("\"" + a.item + "\" is not an item of " + view.framework.framework.ref,
                      a.where + ".item");
      }
      if (!seen.insert(a.item).second) {
        throw Invalid("\"" + a.item + "\" is answered twice in one submission", a.where + ".item");
      }
      RequirePlainText(a.evidence, a.where + ".evidence", Lines::kMany);
      if (CountCharacters(a.evidence) > kMaxEvidenceLength) {
        throw Invalid(TooLongMessage("evidence", kMaxEvidenceLength), a.where + ".evidence");
      }
      repository_.UpsertAnswer(
          access.org.id, round_id,
          {MemberRespondent(member.id), member.id, member.membership, a.item, a.rating, a.evidence},
          now);
    }
  });
}

std::vector<Answer> Rounds::MyAnswers(const Caller& caller, const std::string& ods, Id round_id) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kMember);
  LoadRound(access.org, round_id);
  const auto member = board_.MyMembership(caller, ods);
  if (!member) return {};
  return repository_.ListAnswersOf(access.org.id, round_id, MemberRespondent(member->id));
}

std::vector<CompletionRow> Rounds::Completion(const Caller& caller, const std::string& ods,
                                              Id round_id) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kSecretary);
  return CompletionOf(caller, LoadRound(access.org, round_id));
}

std::vector<CompletionRow> Rounds::CompletionOf(const Caller& caller, const RoundView& view) {
  const auto answered = repository_.CountAnswersByMember(view.organisation.id, view.round.id);
  const int items = static_cast<int>(view.framework.framework.items.size());
  std::vector<CompletionRow> rows;
  for (auto& member : board_.ListMembers(caller, view.organisation.ods_code)) {
    const auto it = answered.find(member.id);
    rows.push_back({std::move(member), it == answered.end() ? 0 : it->second, items});
  }
  return rows;
}

ReminderReport Rounds::Remind(const Caller& caller, const std::string& ods, Id round_id,
                              const std::string& message) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kSecretary);
  const RoundView view = LoadRound(access.org, round_id);
  RequireStatus(view.round, RoundStatus::kOpen, "only the members of an open round are reminded");
  if (!mailer_.configured()) {
    throw Error(ErrorKind::kUnavailable,
                "this installation of boardlens does not send email: copy the reminder into an "
                "email of your own");
  }
  RequireReminderMessage(message);
  ReminderReport report;
  for (auto& row : CompletionOf(caller, view)) {
    if (row.complete()) continue;
    try {
      mailer_.Send({row.member.email, ReminderSubject(view.round), message});
      report.sent.push_back(std::move(row.member));
    } catch (const Error& e) {
      report.failed.push_back({row.member.name, row.member.email, e.what()});
    }
  }
  return report;
}

Id Rounds::ImportRound(const Caller& caller, const std::string& ods,
                       const std::string& framework_ref, const std::string& title,
                       const std::string& closed_on, std::string_view csv,
                       std::string_view source_name) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kSecretary);
  RequireClosingDate(closed_on, {}, LatestClosingDate());
  const auto fw = frameworks_.Get(caller, framework_ref, ods);
  RoundView view{{}, access.org, fw};
  Round& round = view.round;
  round.org_id = access.org.id;
  round.framework_id = fw.id;
  round.framework_ref = fw.framework.ref;
  round.title = RequireText(title, "title");
  round.status = RoundStatus::kClosed;
  round.closed_on = closed_on;
  round.imported = true;
  const auto imported = ParseRoundCsv(csv, source_name, fw.framework);

  const Id id = db::Transaction(db_, [&] {
    const std::int64_t now = clock_.Now();
    round.id = repository_.InsertRound(round, now);
    std::vector<Answer> answers;
    answers.reserve(imported.size());
    for (const auto& a : imported) {
      Answer answer{a.respondent, std::nullopt, a.membership, a.item, a.rating, a.evidence};
      repository_.InsertAnswer(access.org.id, round.id, answer, now);
      answers.push_back(std::move(answer));
    }
    closing_.RoundClosing(view, answers);
    return round.id;
  });
  closing_.RoundClosed();
  return id;
}

std::string Rounds::OrganisationOf(const Caller& caller, Id round_id) {
  const auto round = repository_.FindRoundAnyOrg(round_id);
  if (!round || !caller.platform_admin) {
    throw NotFound("there is no round " + std::to_string(round_id));
  }
  return organisations_.GetById(caller, round->org_id).ods_code;
}

RoundView Rounds::Load(const orgs::OrgAccess& access, Id round_id) {
  return LoadRound(access.org, round_id);
}

std::vector<Answer> Rounds::AllAnswers(const orgs::OrgAccess& access, Id round_id) {
  return repository_.ListAnswers(access.org.id, round_id);
}

std::optional<std::pair<Round, Turnout>> Rounds::PreviousTurnout(const orgs::OrgAccess& access,
                                                                 const Round& round) {
  std::optional<Round> previous;
  for (Round& r : repository_.ListRounds(access.org.id)) {
    if (r.id == round.id || r.status != RoundStatus::kClosed ||
        r.framework_ref != round.framework_ref) {
      continue;
    }
    if (round.status == RoundStatus::kClosed && !ClosedLater(round, r)) continue;
    if (!previous || ClosedLater(r, *previous)) previous = std::move(r);
  }
  if (!previous) return std::nullopt;
  const Turnout turnout = repository_.CountTurnout(access.org.id, previous->id);
  return std::pair{std::move(*previous), turnout};
}

std::vector<std::string> Rounds::ClosingWarnings(const Caller& caller, const std::string& ods,
                                                 Id round_id) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kSecretary);
  const RoundView view = LoadRound(access.org, round_id);
  const auto previous = PreviousTurnout(access, view.round);
  return TurnoutWarnings(repository_.CountTurnout(access.org.id, round_id),
                         previous ? std::optional<Turnout>(previous->second) : std::nullopt,
                         previous ? previous->first.title : std::string());
}

}  // namespace boardlens::rounds
