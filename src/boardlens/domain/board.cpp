#include "boardlens/domain/board.hpp"

#include <array>
#include <cctype>
#include <utility>

#include "boardlens/util/utf8.hpp"

namespace boardlens::domain {
namespace {

template <typename E, std::size_t N>
std::optional<E> Lookup(const std::array<std::pair<E, std::string_view>, N>& table,
                        std::string_view text) {
  for (const auto& [value, name] : table) {
    if (name == text) return value;
  }
  return std::nullopt;
}

template <typename E, std::size_t N>
std::string_view Name(const std::array<std::pair<E, std::string_view>, N>& table, E value) {
  for (const auto& [v, name] : table) {
    if (v == value) return name;
  }
  return "?";
}

constexpr std::array<std::pair<OrgKind, std::string_view>, 2> kKinds{
    {{OrgKind::kTrust, "trust"}, {OrgKind::kIcb, "icb"}}};
constexpr std::array<std::pair<Role, std::string_view>, 4> kRoles{{{Role::kViewer, "viewer"},
                                                                   {Role::kMember, "member"},
                                                                   {Role::kSecretary, "secretary"},
                                                                   {Role::kAdmin, "admin"}}};
constexpr std::array<std::pair<Membership, std::string_view>, 2> kMemberships{
    {{Membership::kExecutive, "executive"}, {Membership::kNonExecutive, "non-executive"}}};
constexpr std::array<std::pair<RoundStatus, std::string_view>, 3> kStatuses{
    {{RoundStatus::kDraft, "draft"},
     {RoundStatus::kOpen, "open"},
     {RoundStatus::kClosed, "closed"}}};

}  // namespace

std::string_view ToString(OrgKind kind) { return Name(kKinds, kind); }
std::string_view ToString(Role role) { return Name(kRoles, role); }
std::string_view ToString(Membership membership) { return Name(kMemberships, membership); }
std::string_view ToString(RoundStatus status) { return Name(kStatuses, status); }
std::optional<OrgKind> ParseOrgKind(std::string_view text) { return Lookup(kKinds, text); }
std::optional<Role> ParseRole(std::string_view text) { return Lookup(kRoles, text); }
std::optional<Membership> ParseMembership(std::string_view text) {
  return Lookup(kMemberships, text);
}
std::optional<RoundStatus> ParseRoundStatus(std::string_view text) {
  return Lookup(kStatuses, text);
}

bool IsValidOdsCode(std::string_view code) {
  if (code.size() < 3 || code.size() > 10) return false;
  for (char c : code) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}

bool IsValidDate(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (std::isdigit(static_cast<unsigned char>(d[i])) == 0) return false;
  }
  const int year = std::stoi(std::string(d.substr(0, 4)));
  const int month = std::stoi(std::string(d.substr(5, 2)));
  const int day = std::stoi(std::string(d.substr(8, 2)));
  if (month < 1 || month > 12 || day < 1) return false;
  constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int max = kDays.at(static_cast<std::size_t>(month - 1)) + (month == 2 && leap ? 1 : 0);
  return day <= max;
}

std::optional<std::string> NormaliseEmail(std::string_view email) {
  while (!email.empty() && std::isspace(static_cast<unsigned char>(email.front())) != 0) {
    email.remove_prefix(1);
  }
  while (!email.empty() && std::isspace(static_cast<unsigned char>(email.back())) != 0) {
    email.remove_suffix(1);
  }
  const auto at = email.find('@');
  if (email.size() > 254 || !IsValidUtf8(email) || at == 0 || at == std::string_view::npos ||
      email.find('@', at + 1) != std::string_view::npos ||
      email.find('.', at) == std::string_view::npos || email.back() == '.') {
    return std::nullopt;
  }
  std::string out;
  for (char c : email) {
    if (std::isspace(static_cast<unsigned char>(c)) != 0) return std::nullopt;
    out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return out;
}

}  // namespace boardlens::domain
