#pragma once
/// The whole services register as CSV, both ways: the export a board secretary downloads is a
/// file the import takes back. Parsing checks every row before anything is stored, so an
/// import stores every row or none.

#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "boardlens/features/services/service.hpp"

namespace boardlens::services {

inline constexpr std::array<std::string_view, 12> kRegisterColumns{"name",
                                                                   "purpose",
                                                                   "owner",
                                                                   "user_groups",
                                                                   "approx_users",
                                                                   "stage",
                                                                   "supplier",
                                                                   "contract_ends_on",
                                                                   "capital_cost",
                                                                   "annual_revenue_cost",
                                                                   "whole_life_cost",
                                                                   "audience"};
/// A file of the columns before "audience", as the register exported them before it asked who
/// uses each service, is still taken: its services are used by both staff and patients.
inline constexpr std::size_t kRequiredRegisterColumns = 11;

/// Board members by name in lower case: the owner column names one.
using OwnersByName = std::map<std::string, Id>;

/// Checks every row, owners included; throws one Invalid listing each problem at
/// `name:line:column`.
std::vector<ServiceInput> ParseRegisterCsv(std::string_view text, std::string_view name,
                                           const OwnersByName& owners);

/// The register as rows of kRegisterColumns, header first.
std::vector<std::vector<std::string>> RegisterTable(const std::vector<Service>& services);

}  // namespace boardlens::services
