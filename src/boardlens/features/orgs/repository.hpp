#pragma once
/// Where organisations, roles, board members and invitation links are kept. The SQL
/// (repository.cpp) runs unchanged on SQLite and PostgreSQL.

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "boardlens/db/database.hpp"
#include "boardlens/features/orgs/organisation.hpp"

namespace boardlens::orgs {

/// A live invitation link's target: a board member, who joins with the member role, or an
/// email address offered `role`.
struct StoredInvitation {
  Id org_id = 0;
  std::optional<Id> member_id;  ///< a board member's link
  std::string email;            ///< a role's link: the address it is for
  std::optional<Role> role;     ///< a role's link: the role offered
  std::int64_t expires_at = 0;
};

class Repository {
 public:
  explicit Repository(db::Database& db) : db_(db) {}

  Id InsertOrganisation(const Organisation& org, std::int64_t now);
  std::optional<Organisation> FindOrganisation(Id id);
  std::optional<Organisation> FindOrganisationByOds(const std::string& ods);
  /// The organisation with `ods` and `account_id`'s role there (nullopt when it has none).
  std::optional<std::pair<Organisation, std::optional<Role>>> FindOrganisationAndRole(
      const std::string& ods, Id account_id);
  std::vector<Organisation> ListOrganisations();

  void SetRole(Id org_id, Id account_id, Role role);
  std::vector<OrgAccess> ListRolesOf(Id account_id);

  Id InsertMember(const Member& member);
  void UpdateMember(const Member& member);
  std::optional<Member> FindMember(Id org_id, Id id);
  std::optional<Member> FindMemberByEmail(Id org_id, const std::string& email);
  std::vector<Member> ListMembers(Id org_id);
  bool MemberHasAnswered(Id org_id, Id member_id);
  /// A member's answers in rounds not yet closed follow a change of membership; closed rounds
  /// keep the membership they were given under.
  void UpdateOpenAnswersMembership(const Member& member);

  void InsertInvitation(const std::string& token_hash, const StoredInvitation& invitation,
                        std::optional<Id> created_by, std::int64_t now);
  /// Cancels every invitation link of a member (a new one replaces them; using one ends all).
  void DeleteInvitationsOf(Id org_id, Id member_id);
  /// The same for the links offering a role to `email`.
  void DeleteRoleInvitationsOf(Id org_id, const std::string& email);
  std::optional<StoredInvitation> FindInvitation(const std::string& token_hash, std::int64_t now);
  void DeleteExpiredInvitations(std::int64_t now);
  std::vector<MemberAccess> ListMemberAccess(Id org_id, std::int64_t now);

 private:
  db::Database& db_;
};

}  // namespace boardlens::orgs
