#include "boardlens/features/observations/observations.hpp"

#include "boardlens/base/error.hpp"
#include "boardlens/db/transaction.hpp"

namespace boardlens::observations {
namespace {

std::string NoObservation(Id id, const std::string& ods) {
  return "there is no observation " + std::to_string(id) + " in " + ods;
}

}  // namespace

std::optional<orgs::Member> Observations::Observer(const Caller& caller, const std::string& ods) {
  return board_.MyMembership(caller, ods);
}

orgs::Member Observations::RequireObserver(const Caller& caller, const std::string& ods) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kMember);
  auto me = Observer(caller, ods);
  if (!me) {
    throw Forbidden("only board members of " + access.org.name +
                    " record what they have seen, and no board member has your email");
  }
  return std::move(*me);
}

Observation Observations::Record(const Caller& caller, const std::string& ods,
                                 ObservationInput input) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kMember);
  const orgs::Member me = RequireObserver(caller, ods);
  CheckObservation(input, Today());
  RequireSubject(caller, ods, *input.subject);
  Observation o;
  o.org_id = access.org.id;
  o.author_member_id = me.id;
  o.author_name = me.name;
  o.created_at = o.updated_at = clock_.Now();
  o.shared_at = input.shared ? o.created_at : 0;
  o.what = std::move(input);
  o.id = db::Transaction(db_, [&] { return repository_.Insert(o); });
  return o;
}

Observation Observations::RequireOwn(const Caller& caller, const orgs::OrgAccess& access, Id id) {
  auto o = repository_.Find(access.org.id, id);
  const auto me = Observer(caller, access.org.ods_code);
  const bool mine = o && me && o->author_member_id == me->id;
  if (!o || (!mine && o->shared_at == 0)) throw NotFound(NoObservation(id, access.org.ods_code));
  if (!mine) throw Forbidden("only " + o->author_name + ", who recorded it, changes it");
  return std::move(*o);
}

Observation Observations::Own(const Caller& caller, const std::string& ods, Id id) {
  return RequireOwn(caller, organisations_.Require(caller, ods, Role::kViewer), id);
}

Observation Observations::Update(const Caller& caller, const std::string& ods, Id id,
                                 ObservationInput input) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kViewer);
  CheckObservation(input, Today());
  return db::Transaction(db_, [&] {
    Observation o = RequireOwn(caller, access, id);
    RequireSubject(caller, ods, *input.subject);
    o.updated_at = clock_.Now();
    // Shared once, it keeps the day it was first shared; withdrawn, it is the author's again.
    if (!input.shared) {
      o.shared_at = 0;
    } else if (o.shared_at == 0) {
      o.shared_at = o.updated_at;
    }
    o.what = std::move(input);
    repository_.Update(o);
    return o;
  });
}

void Observations::Delete(const Caller& caller, const std::string& ods, Id id) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kViewer);
  db::Transaction(db_, [&] {
    RequireOwn(caller, access, id);
    repository_.Delete(access.org.id, id);
  });
}

Observation Observations::Get(const Caller& caller, const std::string& ods, Id id) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kViewer);
  auto o = repository_.Find(access.org.id, id);
  if (o && o->shared_at == 0) {
    const auto me = Observer(caller, ods);
    if (!me || me->id != o->author_member_id) o.reset();
  }
  if (!o) throw NotFound(NoObservation(id, ods));
  return std::move(*o);
}

std::vector<Observation> Observations::Visible(const Caller& caller, const std::string& ods) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kViewer);
  const auto me = Observer(caller, ods);
  return repository_.VisibleTo(access.org.id, me ? std::optional<Id>(me->id) : std::nullopt);
}

std::vector<Observation> Observations::Shared(const orgs::OrgAccess& access) {
  return repository_.VisibleTo(access.org.id, std::nullopt);
}

std::vector<SubjectName> Observations::Subjects(const Caller& caller, const std::string& ods) {
  std::vector<SubjectName> out;
  for (const auto& s : services_.List(caller, ods)) {
    out.push_back({{SubjectKind::kService, s.id}, s.what.name});
  }
  for (const auto& item : portfolio_.List(caller, ods)) {
    out.push_back({{SubjectKind::kProgramme, item.id}, item.what.name});
  }
  return out;
}

void Observations::RequireSubject(const Caller& caller, const std::string& ods,
                                  const Subject& subject) {
  for (const auto& s : Subjects(caller, ods)) {
    if (s.subject == subject) return;
  }
  throw Invalid("there is no " + std::string(ToString(subject.kind)) + " " +
                    std::to_string(subject.id) + " in " + ods,
                "subject");
}

Request Observations::Ask(const Caller& caller, const std::string& ods, RequestInput input) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kSecretary);
  CheckRequest(input, Today(), true);
  RequireSubject(caller, ods, {SubjectKind::kService, *input.service_id});
  Request r;
  r.org_id = access.org.id;
  r.what = std::move(input);
  r.asked_by = caller.account();
  r.asked_by_name = caller.DisplayName();
  r.created_at = clock_.Now();
  r.id = db::Transaction(db_, [&] { return repository_.InsertRequest(r); });
  return r;
}

std::vector<Request> Observations::Requests(const Caller& caller, const std::string& ods) {
  return repository_.Requests(organisations_.Require(caller, ods, Role::kViewer).org.id);
}

}  // namespace boardlens::observations
