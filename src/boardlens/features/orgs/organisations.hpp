#pragma once
/// The organisations use cases: organisations, and the roles accounts have in them. Every
/// other feature asks Require() first, so this is where rights are decided.

#include <optional>
#include <string>
#include <vector>

#include "boardlens/base/access.hpp"
#include "boardlens/base/clock.hpp"
#include "boardlens/base/expiring_cache.hpp"
#include "boardlens/db/database.hpp"
#include "boardlens/features/accounts/accounts.hpp"
#include "boardlens/features/orgs/organisation.hpp"
#include "boardlens/features/orgs/repository.hpp"

namespace boardlens::orgs {

/// What every thread of a server shares: a caller's role in an organisation, by
/// "ODS code/account id", trusted for Settings::cache_seconds.
struct Caches {
  ExpiringCache<std::string, OrgAccess> access;
};

class Organisations final : public OrgGate {
 public:
  Organisations(db::Database& db, const Clock& clock, const Settings& settings, Caches& caches,
                accounts::Accounts& accounts)
      : db_(db),
        repository_(db),
        clock_(clock),
        settings_(settings),
        caches_(caches),
        accounts_(accounts) {}

  /// The organisation if the caller may see it, with the caller's role; another
  /// organisation's data is not found rather than forbidden, so it cannot be probed.
  OrgAccess Require(const Caller& caller, const std::string& ods, Role at_least);
  OrgScope Admit(const Caller& caller, const std::string& ods, Role at_least) override;
  /// Require for a keeper of the board's digital records: the secretary and above, and the
  /// executive directors. Forbidden for anyone else, naming `what`.
  OrgAccess RequireKeeper(const Caller& caller, const std::string& ods, const std::string& what);
  OrgScope AdmitKeeper(const Caller& caller, const std::string& ods) override;
  std::vector<OrgScope> OrganisationsOf(const Caller& caller) override;
  /// Every organisation the caller has a role in (all of them for a platform administrator).
  std::vector<OrgAccess> MyOrganisations(const Caller& caller);

  Organisation AddOrganisation(const Caller& caller, const std::string& ods,
                               const std::string& name, const std::string& kind,
                               const std::string& parent_ods);
  Organisation GetOrganisation(const Caller& caller, const std::string& ods);
  /// The operator's look-up by database id (commands that name a round by its id alone).
  Organisation GetById(const Caller& caller, Id id);
  /// The operator's direct grant (the CLI, the demo); admins invite instead.
  void SetRole(const Caller& caller, const std::string& ods, const std::string& email, Role role);
  /// Forgets cached roles, after a change this instance made.
  void RolesChanged() { caches_.access.Clear(); }

 private:
  db::Database& db_;
  Repository repository_;
  const Clock& clock_;
  const Settings& settings_;
  Caches& caches_;
  accounts::Accounts& accounts_;
};

}  // namespace boardlens::orgs
