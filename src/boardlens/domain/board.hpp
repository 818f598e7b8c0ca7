#pragma once
/// Organisations, board members, accounts and assessment rounds: the records the use cases
/// work with, and the few rules that belong to them.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "boardlens/domain/analytics.hpp"

namespace boardlens::domain {

using Id = std::int64_t;

enum class OrgKind : std::uint8_t { kTrust, kIcb };

struct Organisation {
  Id id = 0;
  std::string ods_code;
  std::string name;
  OrgKind kind = OrgKind::kTrust;
  std::optional<Id> parent_id;
  std::string parent_ods;  ///< ODS code of the parent ICB, empty if none
};

/// Roles are per organisation and ordered: each can do what the ones below it can.
enum class Role : std::uint8_t { kViewer, kMember, kSecretary, kAdmin };

struct Account {
  Id id = 0;
  std::string email;  ///< lower case
  std::string name;
  std::string password_hash;
  bool platform_admin = false;
};

struct Member {
  Id id = 0;
  Id org_id = 0;
  std::string name;
  std::string email;  ///< lower case; links the member to the account with this email
  std::string job_title;
  Membership membership = Membership::kExecutive;
  bool voting = true;
};

enum class RoundStatus : std::uint8_t { kDraft, kOpen, kClosed };

struct Round {
  Id id = 0;
  Id org_id = 0;
  Id framework_id = 0;
  std::string framework_ref;
  std::string title;
  RoundStatus status = RoundStatus::kDraft;
  std::string closed_on;  ///< YYYY-MM-DD once closed
  bool imported = false;
};

std::string_view ToString(OrgKind kind);
std::string_view ToString(Role role);
std::string_view ToString(Membership membership);
std::string_view ToString(RoundStatus status);
std::optional<OrgKind> ParseOrgKind(std::string_view text);
std::optional<Role> ParseRole(std::string_view text);
std::optional<Membership> ParseMembership(std::string_view text);
std::optional<RoundStatus> ParseRoundStatus(std::string_view text);

/// ODS codes are 3–10 upper-case letters and digits (e.g. RX1, QWE).
bool IsValidOdsCode(std::string_view code);
/// A calendar date written YYYY-MM-DD.
bool IsValidDate(std::string_view date);
/// Trimmed, lower-cased email if it looks like one (one @, a dot after it), else nullopt.
std::optional<std::string> NormaliseEmail(std::string_view email);

}  // namespace boardlens::domain
