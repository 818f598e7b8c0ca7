#include "boardlens/base/access.hpp"

#include "boardlens/base/names.hpp"

namespace boardlens {
namespace {
constexpr NameTable<Role, 4> kRoles{{{Role::kViewer, "viewer"},
                                     {Role::kMember, "member"},
                                     {Role::kSecretary, "secretary"},
                                     {Role::kAdmin, "admin"}}};
}  // namespace

std::optional<Id> ParseId(std::string_view text) {
  if (text.empty() || text.size() > 18 ||
      text.find_first_not_of("0123456789") != std::string_view::npos) {
    return std::nullopt;
  }
  Id id = 0;
  for (const char c : text) id = id * 10 + (c - '0');
  if (id == 0) return std::nullopt;
  return id;
}

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
