#include "boardlens/features/risks/risk_register.hpp"

#include <algorithm>

#include "boardlens/base/error.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/db/transaction.hpp"
#include "boardlens/features/risks/risk_csv.hpp"

namespace boardlens::risks {
namespace {

constexpr const char* kWhat = "the risk register";
constexpr std::size_t kMaxNoteLength = 2000;

std::optional<Id> AccountOf(const Caller& caller) {
  return caller.account_id == 0 ? std::nullopt : std::optional<Id>(caller.account_id);
}

/// The member with `id`, or a refusal naming `field`.
const orgs::Member& MemberOf(const std::vector<orgs::Member>& members, Id id,
                             const std::string& ods, const std::string& field) {
  const auto it = std::find_if(members.begin(), members.end(),
                               [&](const orgs::Member& m) { return m.id == id; });
  if (it == members.end()) throw Invalid("the owner must be a board member of " + ods, field);
  return *it;
}

}  // namespace

Risk RiskRegister::RequireRisk(Id org_id, Id id) {
  auto risk = repository_.Find(org_id, id);
  if (!risk) throw NotFound("there is no risk " + std::to_string(id) + " in the register");
  return std::move(*risk);
}

void RiskRegister::RequireReferences(const Caller& caller, const std::string& ods, Risk& risk) {
  Problems problems;
  const auto members = board_.ListMembers(caller, ods);
  problems.Check(
      [&] { risk.owner_name = MemberOf(members, *risk.what.owner_member_id, ods, "owner").name; });
  for (RiskAction& a : risk.actions) {
    problems.Check(
        [&] { a.owner_name = MemberOf(members, *a.owner_member_id, ods, "actions").name; });
  }
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

void RiskRegister::RequireOwner(const Caller& caller, const std::string& ods, RiskAction& action) {
  action.owner_name =
      MemberOf(board_.ListMembers(caller, ods), *action.owner_member_id, ods, "owner").name;
}

Risk RiskRegister::Add(const Caller& caller, const std::string& ods, RiskInput input) {
  const orgs::OrgAccess access = board_.RequireKeeper(caller, ods, kWhat);
  CheckRisk(input);
  CheckReviewDate(input.review_on, Today());
  Risk risk;
  risk.org_id = access.org.id;
  risk.what = std::move(input);
  risk.updated_by = AccountOf(caller);
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
  CheckRisk(input);
  return db::Transaction(db_, [&] {
    Risk risk = RequireRisk(access.org.id, id);
    CheckReviewDate(input.review_on, Today(), risk.what.review_on);
    const auto same_title = repository_.FindByTitle(access.org.id, input.title);
    if (same_title && *same_title != id) {
      throw Conflict("the register already has a risk called \"" + input.title + "\"", "title");
    }
    risk.what = std::move(input);
    risk.updated_by = AccountOf(caller);
    risk.updated_at = clock_.Now();
    RequireReferences(caller, ods, risk);
    repository_.Update(risk);
    return risk;
  });
}

Risk RiskRegister::Get(const Caller& caller, const std::string& ods, Id id) {
  return RequireRisk(organisations_.Require(caller, ods, Role::kViewer).org.id, id);
}

std::vector<Risk> RiskRegister::List(const Caller& caller, const std::string& ods) {
  auto risks = repository_.List(organisations_.Require(caller, ods, Role::kViewer).org.id);
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
  for (const Risk& risk : repository_.List(access.org.id)) {
    known.review_dates[risk.what.title] = risk.what.review_on;
  }
  known.today = Today();
  std::vector<ImportRow> rows = ParseRiskCsv(csv, file_name, known);

  ImportSummary summary;
  const std::int64_t now = clock_.Now();
  const std::optional<Id> by = AccountOf(caller);
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
      repository_.ReplaceActions(access.org.id, risk.id, row.actions, by, now);
    }
  });
  return summary;
}

RiskAction RiskRegister::AddAction(const Caller& caller, const std::string& ods, Id risk_id,
                                   RiskAction action) {
  const orgs::OrgAccess access = board_.RequireKeeper(caller, ods, kWhat);
  action.status = ActionStatus::kOpen;
  CheckAction(action);
  RequireOwner(caller, ods, action);
  action.id = db::Transaction(db_, [&] {
    RequireRisk(access.org.id, risk_id);
    return repository_.InsertAction(access.org.id, risk_id, action, AccountOf(caller),
                                    clock_.Now());
  });
  return action;
}

void RiskRegister::SetActionStatus(const Caller& caller, const std::string& ods, Id risk_id,
                                   Id action_id, ActionStatus status) {
  const orgs::OrgAccess access = board_.RequireKeeper(caller, ods, kWhat);
  db::Transaction(db_, [&] {
    if (!repository_.SetActionStatus(access.org.id, risk_id, action_id, status, AccountOf(caller),
                                     clock_.Now())) {
      throw NotFound("the risk has no action " + std::to_string(action_id));
    }
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
    review.reviewed_by = AccountOf(caller);
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
  appetite.updated_by = AccountOf(caller);
  appetite.updated_at = clock_.Now();
  db::Transaction(db_, [&] { repository_.PutAppetite(access.org.id, appetite); });
  return appetite;
}

}  // namespace boardlens::risks
