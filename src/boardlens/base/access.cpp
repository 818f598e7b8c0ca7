#include "boardlens/base/access.hpp"

#include "boardlens/base/names.hpp"

namespace boardlens {
namespace {
constexpr NameTable<Role, 4> kRoles{{{Role::kViewer, "viewer"},
                                     {Role::kMember, "member"},
                                     {Role::kSecretary, "secretary"},
                                     {Role::kAdmin, "admin"}}};
}  // namespace

std::string_view ToString(Role role) { return NameOf(kRoles, role); }
std::optional<Role> ParseRole(std::string_view text) { return FromName(kRoles, text); }
std::vector<std::string_view> RoleNames() { return Names(kRoles); }

Caller Caller::Operator() {
  Caller c;
  c.name = "operator";
  c.platform_admin = true;
  return c;
}

}  // namespace boardlens
