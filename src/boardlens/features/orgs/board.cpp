#include "boardlens/features/orgs/board.hpp"

#include "boardlens/base/error.hpp"
#include "boardlens/base/secrets.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/db/transaction.hpp"

namespace boardlens::orgs {
namespace {

const char* const kInvitationGone =
    "this invitation link does not work: it has been used, a newer one has replaced it, or it "
    "has expired";
const char* const kJoinPasswordRefused =
    "that password does not work here. If you already have a boardlens account with this email "
    "address, enter its password. If not, choose a new one of at least 12 characters that is "
    "not easy to guess, such as a few words that have nothing to do with each other";

}  // namespace

Member Board::AddMember(const Caller& caller, const std::string& ods, Member m) {
  const OrgAccess access = organisations_.Require(caller, ods, Role::kSecretary);
  CheckMember(m);
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
  CheckMember(m);
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

Member Board::RequireMember(const Caller& caller, const std::string& ods, Id member_id,
                            const std::string& field, std::string_view who) {
  for (Member& m : ListMembers(caller, ods)) {
    if (m.id == member_id) return std::move(m);
  }
  throw Invalid(std::string(who) + " must be a board member of " + ods, field);
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

OrgAccess Board::RequireKeeper(const Caller& caller, const std::string& ods,
                               const std::string& what) {
  return organisations_.RequireKeeper(caller, ods, what);
}

bool Board::IsKeeper(const Caller& caller, const std::string& ods) {
  try {
    RequireKeeper(caller, ods, "this record");
    return true;
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::kForbidden) throw;
    return false;
  }
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
    repository_.InsertInvitation(TokenHash(inv.token),
                                 {.org_id = access.org.id,
                                  .member_id = member_id,
                                  .email = {},
                                  .role = std::nullopt,
                                  .expires_at = inv.expires_at},
                                 by, now);
    return inv;
  });
}

Invitation Board::InviteToRole(const Caller& caller, const std::string& ods,
                               const std::string& email, Role role) {
  const OrgAccess access = organisations_.Require(caller, ods, Role::kAdmin);
  const std::string address = RequireEmail(email);
  const std::int64_t now = clock_.Now();
  // No look-up of the address: what an admin sees, and how long it takes, cannot depend on
  // whether it has an account.
  return db::Transaction(db_, [&] {
    Invitation inv;
    repository_.DeleteExpiredInvitations(now);
    repository_.DeleteRoleInvitationsOf(access.org.id, address);
    inv.token = RandomToken();
    inv.expires_at = now + settings_.invitation_seconds;
    std::optional<Id> by;
    if (caller.account_id != 0) by = caller.account_id;
    repository_.InsertInvitation(TokenHash(inv.token),
                                 {.org_id = access.org.id,
                                  .member_id = std::nullopt,
                                  .email = address,
                                  .role = role,
                                  .expires_at = inv.expires_at},
                                 by, now);
    return inv;
  });
}

InvitationTarget Board::FindInvitation(const std::string& token) {
  if (token.empty() || token.size() > kMaxTokenLength) throw NotFound(kInvitationGone);
  const auto invitation = repository_.FindInvitation(TokenHash(token), clock_.Now());
  if (!invitation) throw NotFound(kInvitationGone);
  auto org = repository_.FindOrganisation(invitation->org_id);
  if (!org) throw NotFound(kInvitationGone);
  InvitationTarget target;
  target.org = std::move(*org);
  target.expires_at = invitation->expires_at;
  if (invitation->member_id) {
    target.member = repository_.FindMember(invitation->org_id, *invitation->member_id);
    if (!target.member) throw NotFound(kInvitationGone);
    target.email = target.member->email;
  } else {
    target.email = invitation->email;
    target.role = invitation->role.value_or(Role::kViewer);
  }
  target.has_account = accounts_.FindByEmail(target.email).has_value();
  return target;
}

accounts::SignIn Board::AcceptInvitation(const std::string& token, const std::string& password,
                                         const std::string& source, const std::string& name) {
  const InvitationTarget target = FindInvitation(token);
  std::optional<accounts::SignIn> login;
  std::string hash;
  // Asked of everyone, as the page is the same whether or not the address has an account.
  const std::string new_name = target.member ? target.member->name : RequireText(name, "name");
  try {
    if (target.has_account) {
      login = accounts_.Login(target.email, password, source);
    } else {
      accounts::RequireGoodPassword(password, "password", target.email, new_name);
      hash = HashPassword(password);  // slow: before the transaction
    }
  } catch (const Error& e) {
    // One answer for a password that neither opens the account nor makes a good new one, so
    // the link's holder does not learn which the address has.
    if (e.kind() != ErrorKind::kInvalid && e.kind() != ErrorKind::kUnauthenticated) throw;
    throw Invalid(kJoinPasswordRefused, "password");
  }
  auto result = db::Transaction(db_, [&] {
    // Again inside the transaction: the link may have been used meanwhile.
    if (!repository_.FindInvitation(TokenHash(token), clock_.Now())) {
      throw NotFound(kInvitationGone);
    }
    const accounts::Account account =
        login ? login->account : accounts_.CreateInvited(target.email, new_name, hash);
    if (target.member) {
      // A board member's link never lowers a role they hold already.
      const auto found = repository_.FindOrganisationAndRole(target.org.ods_code, account.id);
      if (!found || !found->second || *found->second < Role::kMember) {
        repository_.SetRole(target.org.id, account.id, Role::kMember);
      }
      repository_.DeleteInvitationsOf(target.org.id, target.member->id);
    } else {
      repository_.SetRole(target.org.id, account.id, target.role);
      repository_.DeleteRoleInvitationsOf(target.org.id, target.email);
    }
    return login ? *login : accounts_.StartSession(account);
  });
  organisations_.RolesChanged();  // an account that existed may have been seen without a role
  return result;
}

}  // namespace boardlens::orgs
