#include "boardlens/features/results/responses.hpp"

#include "boardlens/base/error.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/db/transaction.hpp"

namespace boardlens::results {

void Responses::RequireClosed(const orgs::OrgAccess& access, Id round) {
  rounds::RequireStatus(rounds_.Load(access, round).round, rounds::RoundStatus::kClosed,
                        "a management response answers a closed round's results");
}

std::optional<ManagementResponse> Responses::Get(const Caller& caller, const std::string& ods,
                                                 Id round) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kViewer);
  rounds_.Load(access, round);  // not found: another organisation's round, or none
  const auto stored = repository_.FindResponse(access.org.id, round);
  if (!stored) return std::nullopt;
  return ManagementResponse{
      board_.RequireMember(caller, ods, stored->responder_member_id, "responder", "the responder"),
      stored->text, stored->written_at};
}

ManagementResponse Responses::NameResponder(const Caller& caller, const std::string& ods, Id round,
                                            Id member_id) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kSecretary);
  RequireClosed(access, round);
  board_.RequireMember(caller, ods, member_id, "responder", "the responder");
  db::Transaction(db_, [&] { repository_.NameResponder(access.org.id, round, member_id); });
  return *Get(caller, ods, round);
}

ManagementResponse Responses::RequireResponder(const Caller& caller, const std::string& ods,
                                               Id round) {
  auto current = Get(caller, ods, round);
  const auto me = board_.MyMembership(caller, ods);
  if (!current || !me || me->id != current->responder.id) {
    throw Forbidden("only the board member the secretary asked may write the response");
  }
  return std::move(*current);
}

ManagementResponse Responses::Write(const Caller& caller, const std::string& ods, Id round,
                                    const std::string& text) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kMember);
  RequireClosed(access, round);
  RequireResponder(caller, ods, round);
  const std::string checked = OptionalText(text, "response", kMaxResponseLength);
  if (checked.empty()) throw Invalid("response must not be empty", "response");
  db::Transaction(db_, [&] {
    repository_.WriteResponse(access.org.id, round, checked, caller.account_id, clock_.Now());
  });
  return *Get(caller, ods, round);
}

}  // namespace boardlens::results
