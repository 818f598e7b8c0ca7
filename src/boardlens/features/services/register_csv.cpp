#include "boardlens/features/services/register_csv.hpp"
#include "boardlens/base/number.hpp"

#include <algorithm>
#include <set>

#include "boardlens/base/csv.hpp"
#include "boardlens/base/error.hpp"
#include "boardlens/base/text.hpp"

namespace boardlens::services {
namespace {

std::string Where(std::string_view name, int line, std::size_t column) {
  return std::string(name) + ":" + std::to_string(line) + ":" + std::to_string(column);
}

/// The column of a field that CheckService names ("owner" and "name" are columns as they are).
std::size_t ColumnOf(std::string_view field) {
  const auto it = std::find(kRegisterColumns.begin(), kRegisterColumns.end(), field);
  return it == kRegisterColumns.end() ? 1
                                      : static_cast<std::size_t>(it - kRegisterColumns.begin()) + 1;
}

std::string Number(const std::optional<std::int64_t>& n) {
  return n ? std::to_string(*n) : std::string();
}

}  // namespace

std::vector<ServiceInput> ParseRegisterCsv(std::string_view text, std::string_view name,
                                           const OwnersByName& owners) {
  const std::vector<CsvRecord> records = ParseCsv(text, name);
  if (records.empty()) throw Invalid("the file is empty", Where(name, 1, 1));
  const CsvRecord& header = records.front();
  const std::size_t columns =
      header.size() > kRequiredRegisterColumns ? kRegisterColumns.size() : kRequiredRegisterColumns;
  for (std::size_t i = 0; i < columns; ++i) {
    if (i >= header.size() || header[i].text != kRegisterColumns.at(i)) {
      throw Invalid("the header must be the register's columns in order, starting " +
                        std::string(kRegisterColumns.front()) + "," +
                        std::string(kRegisterColumns.at(1)) + ",…; column " +
                        std::to_string(i + 1) + " should be " + std::string(kRegisterColumns.at(i)),
                    Where(name, 1, i + 1));
    }
  }
  if (records.size() == 1)
    throw Invalid("the file has a header but no services", Where(name, 2, 1));

  Problems problems;
  std::vector<ServiceInput> rows;
  std::set<std::string> names;
  for (std::size_t r = 1; r < records.size(); ++r) {
    const CsvRecord& record = records[r];
    const int line = record.front().line;
    if (record.size() != columns) {
      problems.Add(
          "expected " + std::to_string(columns) + " fields, found " + std::to_string(record.size()),
          Where(name, line, std::min(record.size(), columns)));
      continue;
    }
    const auto field = [&](std::size_t column) { return record.at(column - 1).text; };
    ServiceInput s;
    s.name = field(1);
    s.purpose = field(2);
    s.user_groups = field(4);
    // Each check runs on its own, so a row's every problem is reported, each at its column.
    Problems row_problems;
    const auto number = [&](std::size_t column, const NumberRule& rule, const char* key,
                            std::optional<std::int64_t>& into) {
      row_problems.Check([&] { into = ReadWholeNumber(field(column), rule, key); });
    };
    number(5, kUsersRule, "approx_users", s.approx_users);
    if (const auto stage = ParseStage(field(6))) {
      s.stage = *stage;
    } else {
      row_problems.Add(
          "\"" + field(6) + "\" is not a stage: discovery, alpha, beta, live, retiring or retired",
          "stage");
    }
    s.supplier = field(7);
    s.contract_ends_on = field(8);
    number(9, kCapitalCostRule, "capital_cost", s.capital_cost);
    number(10, kRevenueCostRule, "annual_revenue_cost", s.annual_revenue_cost);
    number(11, kWholeLifeCostRule, "whole_life_cost", s.whole_life_cost);
    if (columns > kRequiredRegisterColumns && !Trim(field(12)).empty()) {
      if (const auto audience = ParseAudience(field(12))) {
        s.audience = *audience;
      } else {
        row_problems.Add("\"" + field(12) + "\" is not who uses it: staff, patients or both",
                         "audience");
      }
    }
    const std::string owner(Trim(field(3)));
    if (owner.empty()) {
      row_problems.Add("name the director on the board who owns the service", "owner");
    } else if (const auto it = owners.find(AsciiLower(owner)); it == owners.end()) {
      row_problems.Add("\"" + owner + "\" is not on the board", "owner");
    } else {
      s.owner_member_id = it->second;
    }
    if (!s.owner_member_id) s.owner_member_id = 0;  // reported above; CheckService asks for one
    row_problems.Check([&] { CheckService(s); });
    if (!s.name.empty() && !names.insert(s.name).second) {
      row_problems.Add("\"" + s.name + "\" is in the file twice", "name");
    }
    // Field names become positions in the file, in the order of the columns.
    std::vector<FieldProblem> found = row_problems.found();
    std::stable_sort(found.begin(), found.end(), [](const FieldProblem& a, const FieldProblem& b) {
      return ColumnOf(a.where) < ColumnOf(b.where);
    });
    for (const FieldProblem& p : found) {
      problems.Add(p.where + ": " + p.message, Where(name, line, ColumnOf(p.where)));
    }
    rows.push_back(std::move(s));
  }
  problems.ThrowIfAny();
  return rows;
}

std::vector<std::vector<std::string>> RegisterTable(const std::vector<Service>& services) {
  std::vector<std::vector<std::string>> rows{
      std::vector<std::string>(kRegisterColumns.begin(), kRegisterColumns.end())};
  for (const Service& s : services) {
    const ServiceInput& w = s.what;
    rows.push_back({w.name, w.purpose, s.owner_name, w.user_groups, Number(w.approx_users),
                    std::string(ToString(w.stage)), w.supplier, w.contract_ends_on,
                    Number(w.capital_cost), Number(w.annual_revenue_cost),
                    Number(w.whole_life_cost), std::string(ToString(w.audience))});
  }
  return rows;
}

}  // namespace boardlens::services
