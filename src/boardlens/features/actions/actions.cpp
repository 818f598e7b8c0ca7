#include "boardlens/features/actions/actions.hpp"

#include <algorithm>

#include "boardlens/base/error.hpp"
#include "boardlens/db/transaction.hpp"

namespace boardlens::actions {
namespace {
std::optional<Id> AccountOf(const Caller& caller) {
  return caller.account_id == 0 ? std::nullopt : std::optional<Id>(caller.account_id);
}
}  // namespace

void Actions::RequireOwner(const Caller& caller, const std::string& ods, Action& action) {
  const auto members = board_.ListMembers(caller, ods);
  const auto owner = std::find_if(members.begin(), members.end(), [&](const orgs::Member& m) {
    return m.id == *action.what.owner_member_id;
  });
  if (owner == members.end()) {
    throw Invalid("the owner must be a board member of " + ods, "owner");
  }
  action.owner_name = owner->name;
}

Action Actions::Record(const Caller& caller, const std::string& ods, ActionInput input,
                       const Source& source) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kSecretary);
  CheckAction(input, Today(), true);
  if (source.kind == SourceKind::kAssessment) {
    const auto round = rounds_.GetRound(caller, ods, source.id.value_or(0));
    if (!round.framework.framework.ItemIndex(source.ref)) {
      throw Invalid("\"" + source.ref + "\" is not an item of " + round.framework.framework.ref,
                    "item");
    }
  }
  Action action;
  action.org_id = access.org.id;
  action.what = std::move(input);
  action.source = source;
  action.created_by = action.updated_by = AccountOf(caller);
  action.created_at = action.updated_at = clock_.Now();
  RequireOwner(caller, ods, action);
  action.id = db::Transaction(db_, [&] { return repository_.Insert(action); });
  return action;
}

Action Actions::Update(const Caller& caller, const std::string& ods, Id id, ActionInput input) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kSecretary);
  CheckAction(input, Today(), false);
  return db::Transaction(db_, [&] {
    auto action = repository_.Find(access.org.id, id);
    if (!action) throw NotFound("there is no action " + std::to_string(id) + " in " + ods);
    action->what = std::move(input);
    action->updated_by = AccountOf(caller);
    action->updated_at = clock_.Now();
    RequireOwner(caller, ods, *action);
    repository_.Update(*action);
    return std::move(*action);
  });
}

Action Actions::Get(const Caller& caller, const std::string& ods, Id id) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kViewer);
  auto action = repository_.Find(access.org.id, id);
  if (!action) throw NotFound("there is no action " + std::to_string(id) + " in " + ods);
  return std::move(*action);
}

std::vector<Action> Actions::List(const Caller& caller, const std::string& ods) {
  auto actions = repository_.List(organisations_.Require(caller, ods, Role::kViewer).org.id);
  SortForLog(actions);
  return actions;
}

std::vector<Action> Actions::FromRounds(const Caller& caller, const std::string& ods,
                                        const std::vector<Id>& round_ids) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kViewer);
  return repository_.FromSources(access.org.id, SourceKind::kAssessment, round_ids);
}

std::vector<Action> Actions::AgreedBefore(const Caller& caller, const std::string& ods,
                                          const rounds::Round& round) {
  std::vector<Id> earlier;
  for (const auto& r : rounds_.ListRounds(caller, ods)) {
    if (r.id != round.id && r.status == rounds::RoundStatus::kClosed &&
        r.framework_ref == round.framework_ref &&
        (round.status != rounds::RoundStatus::kClosed || rounds::ClosedLater(round, r))) {
      earlier.push_back(r.id);
    }
  }
  return FromRounds(caller, ods, earlier);
}

}  // namespace boardlens::actions
