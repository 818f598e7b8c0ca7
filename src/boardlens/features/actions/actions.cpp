#include "boardlens/features/actions/actions.hpp"

#include "boardlens/base/error.hpp"
#include "boardlens/db/transaction.hpp"

namespace boardlens::actions {

Action Actions::Record(const Caller& caller, const std::string& ods, ActionInput input,
                       const Source& source) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kSecretary);
  if (source.kind == SourceKind::kRisk) {
    throw Invalid("record an action on a risk from the risk", "source");
  }
  if (source.kind == SourceKind::kAssuranceGap) {
    throw Invalid("record an action on an assurance gap from the assurance page", "source");
  }
  if (source.kind == SourceKind::kAssessment) {
    const auto round = rounds_.GetRound(caller, ods, source.id.value_or(0));
    if (!round.framework.framework.ItemIndex(source.ref)) {
      throw Invalid("\"" + source.ref + "\" is not an item of " + round.framework.framework.ref,
                    "item");
    }
  }
  return RecordOn(caller, access, std::move(input), source);
}

Action Actions::RecordOn(const Caller& caller, const orgs::OrgAccess& access, ActionInput input,
                         const Source& source) {
  CheckAction(input, Today(), true);
  Action action;
  action.org_id = access.org.id;
  action.what = std::move(input);
  action.source = source;
  action.created_by = action.updated_by = caller.account();
  action.created_at = action.updated_at = clock_.Now();
  action.owner_name =
      board_.RequireMember(caller, access.org.ods_code, *action.what.owner_member_id).name;
  action.id = db::Transaction(db_, [&] { return repository_.Insert(action); });
  return action;
}

Action Actions::Change(const Caller& caller, const std::string& ods, Action action,
                       ActionInput input) {
  CheckAction(input, Today(), false);
  action.what = std::move(input);
  action.updated_by = caller.account();
  action.updated_at = clock_.Now();
  action.owner_name = board_.RequireMember(caller, ods, *action.what.owner_member_id).name;
  repository_.Update(action);
  return action;
}

Action Actions::Update(const Caller& caller, const std::string& ods, Id id, ActionInput input) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kSecretary);
  return db::Transaction(db_, [&] {
    auto action = repository_.Find(access.org.id, id);
    if (!action) throw NotFound("there is no action " + std::to_string(id) + " in " + ods);
    return Change(caller, ods, std::move(*action), std::move(input));
  });
}

Action Actions::UpdateOn(const Caller& caller, const orgs::OrgAccess& access, const Source& source,
                         Id id, ActionInput input) {
  return db::Transaction(db_, [&] {
    auto action = repository_.Find(access.org.id, id);
    if (!action || action->source.kind != source.kind || action->source.id != source.id) {
      throw NotFound("there is no action " + std::to_string(id) + " on it");
    }
    return Change(caller, access.org.ods_code, std::move(*action), std::move(input));
  });
}

std::vector<Action> Actions::OnKind(const orgs::OrgAccess& access, SourceKind kind) {
  return repository_.OfKind(access.org.id, kind);
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
