#include "boardlens/features/risks/risk_register.hpp"

#include <algorithm>
#include <map>

#include "boardlens/base/error.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/db/transaction.hpp"
#include "boardlens/features/risks/risk_csv.hpp"

namespace boardlens::risks {
namespace {

constexpr const char* kWhat = "the risk register";
constexpr std::size_t kMaxNoteLength = 2000;

}  // namespace

Risk RiskRegister::RequireRisk(Id org_id, Id id) {
  auto risk = repository_.Find(org_id, id);
  if (!risk) throw NotFound("there is no risk " + std::to_string(id) + " in the register");
  return std::move(*risk);
}

void RiskRegister::RequireReferences(const Caller& caller, const std::string& ods, Risk& risk) {
  Problems problems;
  problems.Check([&] {
    risk.owner_name = board_.RequireMember(caller, ods, *risk.what.owner_member_id).name;
  });
  if (const auto proposal = risk.what.blocks_item_id) {
    problems.Check([&] {
      try {
        risk.blocks_item_name = portfolio_.Get(caller, ods, *proposal).what.name;
      } catch (const Error& e) {
        if (e.kind() != ErrorKind::kNotFound) throw;
        throw Invalid("choose a proposal from the portfolio of " + ods, "blocks_proposal");
      }
    });
  }
  problems.ThrowIfAny();
}

void RiskRegister::AddActions(const orgs::OrgAccess& access, std::vector<Risk>& risks) {
  std::map<Id, Risk*> by_id;
  for (Risk& r : risks) by_id[r.id] = &r;
  for (actions::Action& a : actions_.OnKind(access, actions::SourceKind::kRisk)) {
    if (const auto it = by_id.find(a.source.id.value_or(0)); it != by_id.end()) {
      it->second->actions.push_back(std::move(a));
    }
  }
  for (Risk& r : risks) {
    std::stable_sort(r.actions.begin(), r.actions.end(),
                     [](const actions::Action& a, const actions::Action& b) {
                       return a.what.due_on < b.what.due_on;
                     });
  }
}

Risk RiskRegister::Add(const Caller& caller, const std::string& ods, RiskInput input) {
  const orgs::OrgAccess access = board_.RequireKeeper(caller, ods, kWhat);
  CheckRisk(input);
  CheckReviewDate(input.review_on, Today());
  Risk risk;
  risk.org_id = access.org.id;
  risk.what = std::move(input);
  risk.updated_by = caller.account();
  risk.created_at = risk.updated_at = clock_.Now();
  RequireReferences(caller, ods, risk);
  risk.id = db::Transaction(db_, [&] {
    if (repository_.FindByTitle(risk.org_id, risk.what.title)) {
      throw Conflict("the register already has a risk called \"" + risk.what.title + "\"", "title");
    }
    return repository_.Insert(risk);
  });
  return risk;
}

Risk RiskRegister::Update(const Caller& caller, const std::string& ods, Id id, RiskInput input) {
  const orgs::OrgAccess access = board_.RequireKeeper(caller, ods, kWhat);
  return db::Transaction(db_, [&] {
    Risk risk = RequireRisk(access.org.id, id);
    CheckRisk(input, &risk.what);
    CheckReviewDate(input.review_on, Today(), risk.what.review_on);
    const auto same_title = repository_.FindByTitle(access.org.id, input.title);
    if (same_title && *same_title != id) {
      throw Conflict("the register already has a risk called \"" + input.title + "\"", "title");
    }
    risk.what = std::move(input);
    risk.updated_by = caller.account();
    risk.updated_at = clock_.Now();
    RequireReferences(caller, ods, risk);
    repository_.Update(risk);
    return risk;
  });
}

Risk RiskRegister::Get(const Caller& caller, const std::string& ods, Id id) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kViewer);
  std::vector<Risk> one{RequireRisk(access.org.id, id)};
  AddActions(access, one);
  return std::move(one.front());
}

std::vector<Risk> RiskRegister::List(const Caller& caller, const std::string& ods) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kViewer);
  auto risks = repository_.List(access.org.id);
  AddActions(access, risks);
  SortByCurrentScore(risks);
  return risks;
}

ImportSummary RiskRegister::Import(const Caller& caller, const std::string& ods,
                                   std::string_view csv, std::string_view file_name) {
  const orgs::OrgAccess access = board_.RequireKeeper(caller, ods, kWhat);
  KnownNames known;
  for (const orgs::Member& m : board_.ListMembers(caller, ods)) {
    known.members[AsciiLower(m.name)] = m.id;
  }
  for (const portfolio::Item& item : portfolio_.List(caller, ods)) {
    known.portfolio[AsciiLower(item.what.name)] = item.id;
  }
  std::vector<Risk> register_now = repository_.List(access.org.id);
  AddActions(access, register_now);
  // The actions already raised on each risk, by title: a row's action of the same title
  // updates it.
  std::map<std::string, std::map<std::string, actions::Action>> existing_actions;
  for (const Risk& risk : register_now) {
    known.risks[risk.what.title] = risk.what;
    for (const actions::Action& a : risk.actions) {
      existing_actions[risk.what.title].emplace(a.what.title, a);
      known.action_titles[risk.what.title].insert(a.what.title);
    }
  }
  known.today = Today();
  std::vector<ImportRow> rows = ParseRiskCsv(csv, file_name, known);

  ImportSummary summary;
  const std::int64_t now = clock_.Now();
  const std::optional<Id> by = caller.account();
  db::Transaction(db_, [&] {
    for (ImportRow& row : rows) {
      Risk risk;
      risk.org_id = access.org.id;
      risk.what = std::move(row.risk);
      risk.updated_by = by;
      risk.created_at = risk.updated_at = now;
      if (const auto existing = repository_.FindByTitle(access.org.id, risk.what.title)) {
        risk.id = *existing;
        repository_.Update(risk);
        ++summary.updated;
      } else {
        risk.id = repository_.Insert(risk);
        ++summary.added;
      }
      auto& kept = existing_actions[risk.what.title];
      for (actions::ActionInput& a : row.actions) {
        if (const auto it = kept.find(a.title); it != kept.end()) {
          actions::ActionInput changed = it->second.what;
          changed.owner_member_id = a.owner_member_id;
          changed.due_on = a.due_on;
          changed.status = a.status;
          actions_.UpdateOn(caller, access, actions::Source::Risk(risk.id), it->second.id, changed);
        } else {
          actions_.RecordOn(caller, access, std::move(a), actions::Source::Risk(risk.id));
        }
      }
    }
  });
  return summary;
}

actions::Action RiskRegister::AddAction(const Caller& caller, const std::string& ods, Id risk_id,
                                        actions::ActionInput action) {
  const orgs::OrgAccess access = board_.RequireKeeper(caller, ods, kWhat);
  action.status = actions::ActionStatus::kOpen;
  return db::Transaction(db_, [&] {
    RequireRisk(access.org.id, risk_id);
    return actions_.RecordOn(caller, access, std::move(action), actions::Source::Risk(risk_id));
  });
}

void RiskRegister::SetActionStatus(const Caller& caller, const std::string& ods, Id risk_id,
                                   Id action_id, actions::ActionStatus status) {
  const orgs::OrgAccess access = board_.RequireKeeper(caller, ods, kWhat);
  db::Transaction(db_, [&] {
    std::vector<Risk> one{RequireRisk(access.org.id, risk_id)};
    AddActions(access, one);
    const auto& on_risk = one.front().actions;
    const auto it = std::find_if(on_risk.begin(), on_risk.end(),
                                 [&](const actions::Action& a) { return a.id == action_id; });
    if (it == on_risk.end()) throw NotFound("the risk has no action " + std::to_string(action_id));
    actions::ActionInput changed = it->what;
    changed.status = status;
    actions_.UpdateOn(caller, access, actions::Source::Risk(risk_id), action_id, changed);
  });
}

Review RiskRegister::RecordReview(const Caller& caller, const std::string& ods, Id risk_id,
                                  ReviewInput input) {
  const orgs::OrgAccess access = board_.RequireKeeper(caller, ods, kWhat);
  const std::string today = Today();
  Problems problems;
  problems.Check([&] { input.note = OptionalText(input.note, "note", kMaxNoteLength); });
  input.next_review_on = std::string(Trim(input.next_review_on));
  if (!input.next_review_on.empty()) {
    if (!IsValidDate(input.next_review_on)) {
      problems.Add("\"" + input.next_review_on + "\" is not a date written YYYY-MM-DD",
                   "next_review_on");
    } else {
      problems.Check([&] { CheckReviewDate(input.next_review_on, today, {}, "next_review_on"); });
    }
  }
  problems.ThrowIfAny();
  return db::Transaction(db_, [&] {
    Risk risk = RequireRisk(access.org.id, risk_id);
    Review review;
    review.current = risk.what.current;
    review.note = input.note;
    review.reviewed_by = caller.account();
    review.reviewer_name = caller.name;
    review.reviewed_at = clock_.Now();
    review.id = repository_.InsertReview(access.org.id, risk_id, review);
    if (!input.next_review_on.empty()) {
      risk.what.review_on = input.next_review_on;
      risk.updated_by = review.reviewed_by;
      risk.updated_at = review.reviewed_at;
      repository_.Update(risk);
    }
    return review;
  });
}

std::vector<Review> RiskRegister::Reviews(const Caller& caller, const std::string& ods,
                                          Id risk_id) {
  const Id org_id = organisations_.Require(caller, ods, Role::kViewer).org.id;
  RequireRisk(org_id, risk_id);
  return repository_.Reviews(org_id, risk_id);
}

std::vector<Appetite> RiskRegister::Appetites(const Caller& caller, const std::string& ods) {
  return repository_.Appetites(organisations_.Require(caller, ods, Role::kViewer).org.id);
}

Appetite RiskRegister::SetAppetite(const Caller& caller, const std::string& ods,
                                   Appetite appetite) {
  const orgs::OrgAccess access = board_.RequireKeeper(caller, ods, kWhat);
  CheckAppetite(appetite);
  appetite.updated_by = caller.account();
  appetite.updated_at = clock_.Now();
  db::Transaction(db_, [&] { repository_.PutAppetite(access.org.id, appetite); });
  return appetite;
}

}  // namespace boardlens::risks
