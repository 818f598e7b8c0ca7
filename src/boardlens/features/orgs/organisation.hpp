#pragma once
/// Organisations (trusts and integrated care boards), their boards' members and invitations:
/// the records and rules, without I/O.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "boardlens/base/access.hpp"
#include "boardlens/base/clock.hpp"

namespace boardlens::orgs {

enum class OrgKind : std::uint8_t { kTrust, kIcb };

struct Organisation {
  Id id = 0;
  std::string ods_code;
  std::string name;
  OrgKind kind = OrgKind::kTrust;
  std::optional<Id> parent_id;
  std::string parent_ods;  ///< ODS code of the parent ICB, empty if none
};

/// The organisation a request is about, and the caller's role in it.
struct OrgAccess {
  Organisation org;
  Role role = Role::kViewer;
};

/// Executives and non-executives see the board from two sides; results compare them.
enum class Membership : std::uint8_t { kExecutive, kNonExecutive };

struct Member {
  Id id = 0;
  Id org_id = 0;
  std::string name;
  std::string email;  ///< lower case; links the member to the account with this email
  std::string job_title;
  Membership membership = Membership::kExecutive;
  bool voting = true;
};

/// Checks a member's name, email and job title all at once (every problem in one kInvalid
/// error) and puts them in their stored form.
void CheckMember(Member& member);

/// Whether a board member can sign in to their organisation, or has a link to make an account.
struct MemberAccess {
  Id member_id = 0;
  std::optional<Role> role;                   ///< of the account with the member's email, if any
  std::optional<std::int64_t> invited_until;  ///< end of their live invitation link, if any

  /// Only members who can sign in with the member role or above can answer a round.
  bool CanAnswer() const { return role && *role >= Role::kMember; }
};

struct Settings {
  /// How long a board member's invitation link works.
  std::int64_t invitation_seconds = 7 * kSecondsPerDay;
  /// How long an instance trusts what it looked up about a caller's role. A role change made
  /// through another instance reaches this one within this time.
  std::int64_t cache_seconds = 5;
};

std::string_view ToString(OrgKind kind);
std::string_view ToString(Membership membership);
std::optional<OrgKind> ParseOrgKind(std::string_view text);
std::optional<Membership> ParseMembership(std::string_view text);
std::vector<std::string_view> OrgKindNames();
std::vector<std::string_view> MembershipNames();

/// ODS codes are 3–10 upper-case letters and digits (e.g. RX1, QWE).
bool IsValidOdsCode(std::string_view code);

/// The scope a request sees of an organisation it may enter.
OrgScope ScopeOf(const OrgAccess& access);

}  // namespace boardlens::orgs
