#include "boardlens/features/orgs/organisations.hpp"

#include "boardlens/base/error.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/db/transaction.hpp"

namespace boardlens::orgs {

OrgAccess Organisations::Require(const Caller& caller, const std::string& ods, Role at_least) {
  const std::int64_t now = clock_.Now();
  const std::string key = ods + "/" + std::to_string(caller.account_id);
  std::optional<OrgAccess> access = caches_.access.Find(key, now);
  if (!access) {
    auto found = repository_.FindOrganisationAndRole(ods, caller.account_id);
    std::optional<Role> role;
    if (found) role = caller.platform_admin ? std::optional(Role::kAdmin) : found->second;
    if (!role) throw NotFound("there is no organisation with ODS code " + ods);
    access = OrgAccess{std::move(found->first), *role};
    caches_.access.Put(key, *access, now + settings_.cache_seconds);
  }
  if (access->role < at_least) {
    throw Forbidden("this needs the " + std::string(ToString(at_least)) + " role in " +
                    access->org.name + "; you are " + std::string(ToString(access->role)));
  }
  return std::move(*access);
}

OrgScope Organisations::Admit(const Caller& caller, const std::string& ods, Role at_least) {
  return ScopeOf(Require(caller, ods, at_least));
}

OrgAccess Organisations::RequireKeeper(const Caller& caller, const std::string& ods,
                                       const std::string& what) {
  OrgAccess access = Require(caller, ods, Role::kMember);
  if (access.role >= Role::kSecretary) return access;
  const auto me = repository_.FindMemberByEmail(access.org.id, caller.email);
  if (me && me->membership == Membership::kExecutive) return access;
  throw Forbidden("only the board secretary and the executive directors keep " + what + " for " +
                  ods);
}

OrgScope Organisations::AdmitKeeper(const Caller& caller, const std::string& ods) {
  return ScopeOf(RequireKeeper(caller, ods, "the board's registers"));
}

std::vector<OrgAccess> Organisations::MyOrganisations(const Caller& caller) {
  if (caller.platform_admin) {
    std::vector<OrgAccess> all;
    for (auto& org : repository_.ListOrganisations()) all.push_back({std::move(org), Role::kAdmin});
    return all;
  }
  return repository_.ListRolesOf(caller.account_id);
}

std::vector<OrgScope> Organisations::OrganisationsOf(const Caller& caller) {
  std::vector<OrgScope> out;
  for (const OrgAccess& access : MyOrganisations(caller)) out.push_back(ScopeOf(access));
  return out;
}

Organisation Organisations::AddOrganisation(const Caller& caller, const std::string& ods,
                                            const std::string& name, const std::string& kind,
                                            const std::string& parent_ods) {
  if (!caller.platform_admin) throw Forbidden("only a platform administrator adds organisations");
  Organisation org;
  if (!IsValidOdsCode(ods)) {
    throw Invalid("\"" + ods + "\" is not an ODS code (3 to 10 capital letters and digits)",
                  "ods_code");
  }
  org.ods_code = ods;
  org.name = RequireText(name, "name");
  const auto parsed_kind = ParseOrgKind(kind);
  if (!parsed_kind) throw Invalid("kind must be trust or icb, not \"" + kind + "\"", "kind");
  org.kind = *parsed_kind;
  return db::Transaction(db_, [&] {
    if (!parent_ods.empty()) {
      const auto parent = repository_.FindOrganisationByOds(parent_ods);
      if (!parent) throw Invalid("there is no organisation with ODS code " + parent_ods, "parent");
      if (parent->kind != OrgKind::kIcb) {
        throw Invalid(parent_ods + " is not an integrated care board", "parent");
      }
      org.parent_id = parent->id;
      org.parent_ods = parent->ods_code;
    }
    if (repository_.FindOrganisationByOds(ods)) {
      throw Conflict("an organisation with ODS code " + ods + " already exists", "ods_code");
    }
    org.id = repository_.InsertOrganisation(org, clock_.Now());
    return org;
  });
}

Organisation Organisations::GetOrganisation(const Caller& caller, const std::string& ods) {
  return Require(caller, ods, Role::kViewer).org;
}

Organisation Organisations::GetById(const Caller& caller, Id id) {
  if (!caller.platform_admin) throw Forbidden("only the operator looks organisations up by id");
  auto org = repository_.FindOrganisation(id);
  if (!org) throw NotFound("there is no organisation " + std::to_string(id));
  return std::move(*org);
}

void Organisations::SetRole(const Caller& caller, const std::string& ods, const std::string& email,
                            Role role) {
  // Anyone else invites (Board::InviteToRole): a role is its holder's to accept, and whether
  // an address has an account is not an admin's to learn.
  if (!caller.platform_admin) throw Forbidden("only the operator gives an account a role directly");
  const OrgAccess access = Require(caller, ods, Role::kAdmin);
  const auto account = accounts_.FindByEmail(RequireEmail(email));
  if (!account) throw NotFound("there is no account with email " + email);
  repository_.SetRole(access.org.id, account->id, role);
  RolesChanged();  // rare, and simpler than finding the entries it changes
}

}  // namespace boardlens::orgs
