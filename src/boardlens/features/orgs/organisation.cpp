#include "boardlens/features/orgs/organisation.hpp"

#include "boardlens/base/error.hpp"
#include "boardlens/base/names.hpp"
#include "boardlens/base/text.hpp"

namespace boardlens::orgs {
namespace {
constexpr NameTable<OrgKind, 2> kKinds{{{OrgKind::kTrust, "trust"}, {OrgKind::kIcb, "icb"}}};
constexpr NameTable<Membership, 2> kMemberships{
    {{Membership::kExecutive, "executive"}, {Membership::kNonExecutive, "non-executive"}}};
}  // namespace

std::string_view ToString(OrgKind kind) { return NameOf(kKinds, kind); }
std::string_view ToString(Membership membership) { return NameOf(kMemberships, membership); }
std::optional<OrgKind> ParseOrgKind(std::string_view text) { return FromName(kKinds, text); }
std::vector<std::string_view> OrgKindNames() { return Names(kKinds); }
std::vector<std::string_view> MembershipNames() { return Names(kMemberships); }
std::optional<Membership> ParseMembership(std::string_view text) {
  return FromName(kMemberships, text);
}

bool IsValidOdsCode(std::string_view code) {
  if (code.size() < 3 || code.size() > 10) return false;
  for (char c : code) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}

OrgScope ScopeOf(const OrgAccess& access) {
  return {access.org.id, access.org.ods_code, access.org.name, access.role};
}

void CheckMember(Member& m) {
  Problems problems;
  problems.Check([&] { m.name = RequireText(m.name, "name"); });
  problems.Check([&] { m.email = RequireEmail(m.email); });
  problems.Check([&] { m.job_title = RequireText(m.job_title, "job_title"); });
  problems.ThrowIfAny();
}

}  // namespace boardlens::orgs
