#include "boardlens/features/orgs/board.hpp"

#include "boardlens/base/error.hpp"
#include "boardlens/base/secrets.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/db/transaction.hpp"

namespace boardlens::orgs {
namespace {

void ValidateMember(Member& m) {
  m.name = RequireText(m.name, "name");
  m.email = RequireEmail(m.email);
  m.job_title = RequireText(m.job_title, "job_title");
}

const char* const kInvitationGone =
    "this invitation link does not work: it has been used, a newer one has replaced it, or it "
    "has expired";

}  // namespace

Member Board::AddMember(const Caller& caller, const std::string& ods, Member m) {
  const OrgAccess access = organisations_.Require(caller, ods, Role::kSecretary);
  ValidateMember(m);
  m.org_id = access.org.id;
  return db::Transaction(db_, [&] {
    if (repository_.FindMemberByEmail(m.org_id, m.email)) {
      throw Conflict("a board member with email " + m.email + " already exists", "email");
    }
    m.id = repository_.InsertMember(m);
    return m;
  });
}

Member Board::UpdateMember(const Caller& caller, const std::string& ods, Member m) {
  const OrgAccess access = organisations_.Require(caller, ods, Role::kSecretary);
  ValidateMember(m);
  m.org_id = access.org.id;
  return db::Transaction(db_, [&] {
    const auto before = repository_.FindMember(m.org_id, m.id);
    if (!before) throw NotFound("there is no board member " + std::to_string(m.id) + " in " + ods);
    const auto same_email = repository_.FindMemberByEmail(m.org_id, m.email);
    if (same_email && same_email->id != m.id) {
      throw Conflict("another board member has email " + m.email, "email");
    }
    // The email is what links a member to an account, so changing it would hand the member's
    // answers to whoever holds the new address.
    if (before->email != m.email && repository_.MemberHasAnswered(m.org_id, m.id)) {
      throw Conflict(
          "the email of a member who has answered a round cannot change; add the new address "
          "as a new member instead",
          "email");
    }
    repository_.UpdateMember(m);
    if (before->membership != m.membership) repository_.UpdateOpenAnswersMembership(m);
    return m;
  });
}

std::vector<Member> Board::ListMembers(const Caller& caller, const std::string& ods) {
  const OrgAccess access = organisations_.Require(caller, ods, Role::kViewer);
  auto members = repository_.ListMembers(access.org.id);
  if (access.role < Role::kSecretary) {
    for (auto& m : members) m.email.clear();
  }
  return members;
}

std::optional<Member> Board::MyMembership(const Caller& caller, const std::string& ods) {
  const OrgAccess access = organisations_.Require(caller, ods, Role::kViewer);
  if (access.role < Role::kMember) return std::nullopt;
  return repository_.FindMemberByEmail(access.org.id, caller.email);
}

Member Board::RequireAnsweringMember(const Caller& caller, const OrgAccess& access) {
  auto member = repository_.FindMemberByEmail(access.org.id, caller.email);
  if (!member) {
    throw Forbidden("only board members of " + access.org.name +
                    " answer its rounds, and no member has your email");
  }
  return std::move(*member);
}

std::vector<MemberAccess> Board::Access(const Caller& caller, const std::string& ods) {
  return repository_.ListMemberAccess(organisations_.Require(caller, ods, Role::kSecretary).org.id,
                                      clock_.Now());
}

Invitation Board::InviteMember(const Caller& caller, const std::string& ods, Id member_id) {
  const OrgAccess access = organisations_.Require(caller, ods, Role::kSecretary);
  const std::int64_t now = clock_.Now();
  return db::Transaction(db_, [&] {
    Invitation inv;
    auto member = repository_.FindMember(access.org.id, member_id);
    if (!member) {
      throw NotFound("there is no board member " + std::to_string(member_id) + " in " + ods);
    }
    inv.member = std::move(*member);
    if (const auto account = accounts_.FindByEmail(inv.member.email)) {
      const auto found = repository_.FindOrganisationAndRole(ods, account->id);
      if (found && found->second && *found->second >= Role::kMember) {
        inv.outcome = Invitation::Outcome::kAlreadyHasAccess;
        return inv;
      }
    }
    repository_.DeleteExpiredInvitations(now);  // making a link is rare enough
    repository_.DeleteInvitationsOf(access.org.id, member_id);
    inv.token = RandomToken();
    inv.expires_at = now + settings_.invitation_seconds;
    std::optional<Id> by;
    if (caller.account_id != 0) by = caller.account_id;  // the operator has no account
    repository_.InsertInvitation(TokenHash(inv.token), {access.org.id, member_id, inv.expires_at},
                                 by, now);
    return inv;
  });
}

InvitationTarget Board::FindInvitation(const std::string& token) {
  if (token.empty() || token.size() > kMaxTokenLength) throw NotFound(kInvitationGone);
  const auto invitation = repository_.FindInvitation(TokenHash(token), clock_.Now());
  if (!invitation) throw NotFound(kInvitationGone);
  auto org = repository_.FindOrganisation(invitation->org_id);
  auto member = repository_.FindMember(invitation->org_id, invitation->member_id);
  if (!org || !member) throw NotFound(kInvitationGone);
  const bool has_account = accounts_.FindByEmail(member->email).has_value();
  return {std::move(*org), std::move(*member), invitation->expires_at, has_account};
}

accounts::SignIn Board::AcceptInvitation(const std::string& token, const std::string& password,
                                         const std::string& source) {
  const InvitationTarget target = FindInvitation(token);
  std::optional<accounts::SignIn> login;
  std::string hash;
  if (target.has_account) {
    login = accounts_.Login(target.member.email, password, source);
  } else {
    accounts::RequireGoodPassword(password, "password", target.member.email, target.member.name);
    hash = HashPassword(password);  // slow: before the transaction
  }
  auto result = db::Transaction(db_, [&] {
    // Again inside the transaction: the link may have been used meanwhile.
    if (!repository_.FindInvitation(TokenHash(token), clock_.Now())) {
      throw NotFound(kInvitationGone);
    }
    const accounts::Account account =
        login ? login->account
              : accounts_.CreateInvited(target.member.email, target.member.name, hash);
    const auto found = repository_.FindOrganisationAndRole(target.org.ods_code, account.id);
    if (!found || !found->second || *found->second < Role::kMember) {
      repository_.SetRole(target.org.id, account.id, Role::kMember);
    }
    repository_.DeleteInvitationsOf(target.org.id, target.member.id);
    return login ? *login : accounts_.StartSession(account);
  });
  organisations_.RolesChanged();  // an account that existed may have been seen without a role
  return result;
}

}  // namespace boardlens::orgs
