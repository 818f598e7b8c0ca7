#pragma once
/// Who is asking, and what they may do in an organisation. Every layer passes a Caller; the
/// HTTP pipeline and the use cases both check it, through the two interfaces below, which
/// the accounts and organisations features implement.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace boardlens {

using Id = std::int64_t;

/// A record's id as a path, form or query string writes it: digits only, 1 or more, at most
/// 18 of them so it fits an Id.
std::optional<Id> ParseId(std::string_view text);

/// Roles are per organisation and ordered: each can do what the ones below it can.
enum class Role : std::uint8_t { kViewer, kMember, kSecretary, kAdmin };

std::string_view ToString(Role role);
std::optional<Role> ParseRole(std::string_view text);
/// The words ParseRole reads, lowest role first.
std::vector<std::string_view> RoleNames();

struct Caller {
  Id account_id = 0;  ///< 0 for the operator, who has no account
  std::string email;  ///< lower case
  std::string name;
  bool platform_admin = false;
  bool browser_session = false;  ///< a cookie session, not an API token
  std::string csrf_token;        ///< the session's; empty for API tokens and the operator

  /// The command line acts as the operator, who may do anything.
  static Caller Operator();
  /// The account a change is recorded against: none for the operator.
  std::optional<Id> account() const {
    return account_id == 0 ? std::nullopt : std::optional<Id>(account_id);
  }
  /// The name a change is recorded under; the operator has no account, so no name of its own.
  std::string DisplayName() const { return account_id == 0 ? "boardlens operator" : name; }
};

/// An organisation as a request sees it: which one, and the caller's role there.
struct OrgScope {
  Id id = 0;
  std::string ods_code;
  std::string name;
  Role role = Role::kViewer;
};

/// Turns a session or API token into a Caller.
class Authenticator {
 public:
  virtual ~Authenticator() = default;
  /// nullopt when the token is unknown, expired or idle too long.
  virtual std::optional<Caller> Authenticate(const std::string& token) = 0;
};

/// Says what a caller may do in an organisation.
class OrgGate {
 public:
  virtual ~OrgGate() = default;
  /// The organisation with ODS code `ods` and the caller's role there. Throws not found when
  /// the caller has no role there (so another organisation cannot be probed), forbidden when
  /// the role is below `at_least`.
  virtual OrgScope Admit(const Caller& caller, const std::string& ods, Role at_least) = 0;
  /// Admit, then forbidden unless the caller keeps the organisation's digital records (the
  /// secretary and above, or an executive director on its board).
  virtual OrgScope AdmitKeeper(const Caller& caller, const std::string& ods) = 0;
  /// Every organisation the caller has a role in.
  virtual std::vector<OrgScope> OrganisationsOf(const Caller& caller) = 0;
};

}  // namespace boardlens
