#include "boardlens/features/risks/risk_csv.hpp"

#include <algorithm>
#include <charconv>
#include <set>

#include "boardlens/base/csv.hpp"
#include "boardlens/base/error.hpp"
#include "boardlens/base/names.hpp"
#include "boardlens/base/text.hpp"

namespace boardlens::risks {
namespace {

constexpr std::string_view kActionSeparator = " | ";

std::string Where(std::string_view name, int line, std::size_t column) {
  return std::string(name) + ":" + std::to_string(line) + ":" + std::to_string(column);
}

/// The column of a field that the checks name.
std::size_t ColumnOf(std::string_view field) {
  const auto it = std::find(kRiskColumns.begin(), kRiskColumns.end(), field);
  return it == kRiskColumns.end() ? 1 : static_cast<std::size_t>(it - kRiskColumns.begin()) + 1;
}

std::optional<Id> IdOf(const IdsByName& ids, std::string_view name) {
  const auto it = ids.find(AsciiLower(Trim(name)));
  return it == ids.end() ? std::nullopt : std::optional<Id>(it->second);
}

/// One action a line, `due | owner | status | title`; each problem names the action's line
/// within the cell. `existing` are the titles of the actions the risk has already, which may
/// keep a date that has passed.
std::vector<actions::ActionInput> ParseActions(const std::string& cell, const IdsByName& owners,
                                               const std::set<std::string>& existing,
                                               const std::string& today, Problems& problems) {
  std::vector<actions::ActionInput> out;
  std::size_t start = 0;
  int number = 0;
  while (start <= cell.size()) {
    const std::size_t end = std::min(cell.find('\n', start), cell.size());
    const std::string_view line = Trim(std::string_view(cell).substr(start, end - start));
    start = end + 1;
    if (line.empty()) continue;
    ++number;
    const std::string which = "action " + std::to_string(number) + ": ";
    std::vector<std::string> parts;
    std::size_t from = 0;
    while (parts.size() < 3) {
      const std::size_t at = line.find(kActionSeparator, from);
      if (at == std::string_view::npos) break;
      parts.emplace_back(Trim(line.substr(from, at - from)));
      from = at + kActionSeparator.size();
    }
    parts.emplace_back(Trim(line.substr(from)));
    if (parts.size() != 4) {
      problems.Add(
          which + "write it as due date | owner | open, done or dropped | what will be done",
          "actions");
      continue;
    }
    actions::ActionInput a;
    a.due_on = parts[0];
    a.owner_member_id = IdOf(owners, parts[1]);
    a.title = parts[3];
    if (!a.owner_member_id) {
      problems.Add(which + "\"" + parts[1] + "\" is not on the board", "actions");
      a.owner_member_id = 0;  // reported; CheckAction asks for one
    }
    if (const auto status = actions::ParseActionStatus(parts[2])) {
      a.status = *status;
    } else {
      problems.Add(which + "\"" + parts[2] + "\" is not " + NamesList(actions::ActionStatusNames()),
                   "actions");
    }
    try {
      actions::CheckAction(a, today, !existing.contains(std::string(Trim(a.title))));
    } catch (const Error& e) {
      if (e.kind() != ErrorKind::kInvalid) throw;
      for (const FieldProblem& p : e.AllProblems())
        problems.Add(which + p.where + " " + p.message, "actions");
    }
    out.push_back(std::move(a));
  }
  return out;
}

std::string ActionsCell(const std::vector<actions::Action>& on_risk) {
  std::string cell;
  for (const actions::Action& a : on_risk) {
    if (!cell.empty()) cell += "\n";
    cell += a.what.due_on;
    cell += kActionSeparator;
    cell += a.owner_name;
    cell += kActionSeparator;
    cell += actions::ToString(a.what.status);
    cell += kActionSeparator;
    cell += a.what.title;
  }
  return cell;
}

}  // namespace

std::vector<ImportRow> ParseRiskCsv(std::string_view text, std::string_view name,
                                    const KnownNames& known) {
  const std::vector<CsvRecord> records = ParseCsv(text, name);
  if (records.empty()) throw Invalid("the file is empty", Where(name, 1, 1));
  const CsvRecord& header = records.front();
  for (std::size_t i = 0; i < kRiskColumns.size(); ++i) {
    if (i >= header.size() || header[i].text != kRiskColumns.at(i)) {
      throw Invalid(
          "the header must be the register's columns in order, starting title,"
          "objective,…; column " +
              std::to_string(i + 1) + " should be " + std::string(kRiskColumns.at(i)),
          Where(name, 1, i + 1));
    }
  }
  if (records.size() == 1) throw Invalid("the file has a header but no risks", Where(name, 2, 1));

  Problems problems;
  std::vector<ImportRow> rows;
  std::set<std::string> titles;
  for (std::size_t r = 1; r < records.size(); ++r) {
    const CsvRecord& record = records[r];
    const int line = record.front().line;
    if (record.size() != kRiskColumns.size()) {
      problems.Add("expected " + std::to_string(kRiskColumns.size()) + " fields, found " +
                       std::to_string(record.size()),
                   Where(name, line, std::min(record.size(), kRiskColumns.size())));
      continue;
    }
    const auto field = [&](std::size_t column) { return record.at(column - 1).text; };
    ImportRow row;
    RiskInput& k = row.risk;
    k.title = field(1);
    k.objective = field(2);
    k.cause = field(3);
    k.effect = field(4);
    k.committee = field(6);
    Problems row_problems;
    k.owner_member_id = IdOf(known.members, field(5));
    if (Trim(field(5)).empty()) {
      row_problems.Add("name the board member who owns the risk", "owner");
    } else if (!k.owner_member_id) {
      row_problems.Add("\"" + std::string(Trim(field(5))) + "\" is not on the board", "owner");
    }
    if (!k.owner_member_id) k.owner_member_id = 0;  // reported above; CheckRisk asks for one
    if (const auto category = ParseCategory(Trim(field(7)))) {
      k.category = *category;
    } else {
      std::string all;
      for (const Category c : kAllCategories)
        all += (all.empty() ? "" : ", ") + std::string(ToString(c));
      row_problems.Add("\"" + field(7) + "\" is not a category: " + all, "category");
    }
    k.inherent = {LevelFromText(field(8)), LevelFromText(field(9))};
    k.current = {LevelFromText(field(10)), LevelFromText(field(11))};
    k.target = {LevelFromText(field(12)), LevelFromText(field(13))};
    k.controls = field(14);
    k.control_gaps = field(15);
    k.assurance_first = field(16);
    k.assurance_second = field(17);
    k.assurance_third = field(18);
    k.assurance_gaps = field(19);
    k.review_on = field(20);
    if (!Trim(field(21)).empty()) {
      k.blocks_item_id = IdOf(known.portfolio, field(21));
      if (!k.blocks_item_id) {
        row_problems.Add("\"" + std::string(Trim(field(21))) + "\" is not in the portfolio",
                         "blocks_proposal");
      }
    }
    const auto titles_on_risk = known.action_titles.find(std::string(Trim(k.title)));
    row.actions = ParseActions(field(22), known.members,
                               titles_on_risk == known.action_titles.end() ? std::set<std::string>()
                                                                           : titles_on_risk->second,
                               known.today, row_problems);
    const auto stored = known.risks.find(std::string(Trim(k.title)));
    const RiskInput* kept = stored == known.risks.end() ? nullptr : &stored->second;
    row_problems.Check([&] { CheckRisk(k, kept); });
    row_problems.Check([&] {
      CheckReviewDate(k.review_on, known.today, kept == nullptr ? std::string() : kept->review_on);
    });
    if (!k.title.empty() && !titles.insert(k.title).second) {
      row_problems.Add("\"" + k.title + "\" is in the file twice", "title");
    }
    std::vector<FieldProblem> found = row_problems.found();
    std::stable_sort(found.begin(), found.end(), [](const FieldProblem& a, const FieldProblem& b) {
      return ColumnOf(a.where) < ColumnOf(b.where);
    });
    for (const FieldProblem& p : found) {
      problems.Add(p.where + ": " + p.message, Where(name, line, ColumnOf(p.where)));
    }
    rows.push_back(std::move(row));
  }
  problems.ThrowIfAny();
  return rows;
}

std::vector<std::vector<std::string>> RiskTable(const std::vector<Risk>& risks) {
  std::vector<std::vector<std::string>> rows{
      std::vector<std::string>(kRiskColumns.begin(), kRiskColumns.end())};
  const auto n = [](int v) { return std::to_string(v); };
  for (const Risk& r : risks) {
    const RiskInput& w = r.what;
    rows.push_back({w.title,
                    w.objective,
                    w.cause,
                    w.effect,
                    r.owner_name,
                    w.committee,
                    std::string(ToString(w.category)),
                    n(w.inherent.likelihood),
                    n(w.inherent.consequence),
                    n(w.current.likelihood),
                    n(w.current.consequence),
                    n(w.target.likelihood),
                    n(w.target.consequence),
                    w.controls,
                    w.control_gaps,
                    w.assurance_first,
                    w.assurance_second,
                    w.assurance_third,
                    w.assurance_gaps,
                    w.review_on,
                    r.blocks_item_name,
                    ActionsCell(r.actions)});
  }
  return rows;
}

}  // namespace boardlens::risks
