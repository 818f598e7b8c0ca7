#include "boardlens/features/questions/checklist_csv.hpp"

#include <algorithm>

#include "boardlens/base/csv.hpp"
#include "boardlens/base/error.hpp"
#include "boardlens/base/names.hpp"
#include "boardlens/base/text.hpp"

namespace boardlens::questions {
namespace {

std::string Where(std::string_view name, int line, std::size_t column) {
  return std::string(name) + ":" + std::to_string(line) + ":" + std::to_string(column);
}

/// The column of a field CheckAnswer names: "evidence[2].url" is in the evidence column.
std::size_t ColumnOf(std::string_view field) {
  field = field.substr(0, field.find('['));
  const auto it = std::find(kAnswerColumns.begin(), kAnswerColumns.end(), field);
  return it == kAnswerColumns.end() ? 1 : static_cast<std::size_t>(it - kAnswerColumns.begin()) + 1;
}

}  // namespace

std::string EvidenceText(const std::vector<Evidence>& evidence) {
  std::string out;
  for (const Evidence& e : evidence) out += (out.empty() ? "" : "\n") + e.title + " " + e.url;
  return out;
}

std::vector<Evidence> ParseEvidenceText(std::string_view text) {
  std::vector<Evidence> out;
  while (!text.empty()) {
    const std::size_t end = std::min(text.find('\n'), text.size());
    const std::string_view line = Trim(text.substr(0, end));
    text.remove_prefix(std::min(end + 1, text.size()));
    if (line.empty()) continue;
    const std::size_t gap = line.find_last_of(" \t");
    if (gap == std::string_view::npos) {
      out.push_back({"", std::string(line)});
    } else {
      out.push_back({std::string(Trim(line.substr(0, gap))), std::string(line.substr(gap + 1))});
    }
  }
  return out;
}

std::vector<AnswerRow> ParseAnswersCsv(std::string_view text, std::string_view name,
                                       const OwnersByName& owners,
                                       const std::set<std::pair<std::string, std::string>>& known) {
  const std::vector<CsvRecord> records = ParseCsv(text, name);
  if (records.empty()) throw Invalid("the file is empty", Where(name, 1, 1));
  const CsvRecord& header = records.front();
  for (std::size_t i = 0; i < kAnswerColumns.size(); ++i) {
    if (i >= header.size() || header[i].text != kAnswerColumns.at(i)) {
      throw Invalid("the header must be the checklist's columns in order; column " +
                        std::to_string(i + 1) + " should be " + std::string(kAnswerColumns.at(i)),
                    Where(name, 1, i + 1));
    }
  }
  if (records.size() == 1) throw Invalid("the file has a header but no answers", Where(name, 2, 1));

  Problems problems;
  std::vector<AnswerRow> rows;
  std::set<std::pair<std::string, std::string>> seen;
  for (std::size_t r = 1; r < records.size(); ++r) {
    const CsvRecord& record = records[r];
    const int line = record.front().line;
    if (record.size() != kAnswerColumns.size()) {
      problems.Add("expected " + std::to_string(kAnswerColumns.size()) + " fields, found " +
                       std::to_string(record.size()),
                   Where(name, line, std::min(record.size(), kAnswerColumns.size())));
      continue;
    }
    const auto field = [&](std::string_view column) {
      return std::string(Trim(record.at(ColumnOf(column) - 1).text));
    };
    AnswerRow row;
    row.framework_ref = field("framework");
    row.item_ref = field("question");
    Problems found;
    if (known.count({row.framework_ref, row.item_ref}) == 0) {
      found.Add(
          "\"" + row.framework_ref + "/" + row.item_ref + "\" is not a question of the checklist",
          "question");
    } else if (!seen.insert({row.framework_ref, row.item_ref}).second) {
      found.Add("the question is in the file twice", "question");
    }
    if (const auto status = ParseStatus(field("status"))) {
      row.what.status = *status;
    } else {
      found.Add("\"" + field("status") + "\" is not a status: " + NamesList(StatusNames()),
                "status");
    }
    if (const std::string owner = field("owner"); !owner.empty()) {
      const auto it = owners.find(AsciiLower(owner));
      if (it == owners.end()) {
        found.Add("\"" + owner + "\" is not on the board", "owner");
      } else {
        row.what.owner_member_id = it->second.first;
        row.owner_name = it->second.second;
      }
    }
    row.what.next_review_on = field("next_review_on");
    row.what.answer = record.at(ColumnOf("answer") - 1).text;
    row.what.evidence = ParseEvidenceText(field("evidence"));
    found.Check([&] { CheckAnswer(row.what); });
    // Field names become positions in the file, in the order of the columns.
    std::vector<FieldProblem> list = found.found();
    std::stable_sort(list.begin(), list.end(), [](const FieldProblem& a, const FieldProblem& b) {
      return ColumnOf(a.where) < ColumnOf(b.where);
    });
    for (const FieldProblem& p : list) {
      problems.Add(p.where + ": " + p.message, Where(name, line, ColumnOf(p.where)));
    }
    rows.push_back(std::move(row));
  }
  problems.ThrowIfAny();
  return rows;
}

std::vector<std::vector<std::string>> AnswerTable(const std::vector<Question>& questions,
                                                  const std::string& today) {
  std::vector<std::vector<std::string>> rows{
      std::vector<std::string>(kAnswerColumns.begin(), kAnswerColumns.end())};
  for (const Question& q : questions) {
    const Record empty;
    const Record& r = q.record ? *q.record : empty;
    rows.push_back({q.framework_ref, q.item_ref, q.title, std::string(ToString(q.status())),
                    r.owner_name, r.what.next_review_on, IsOverdue(q, today) ? "yes" : "no",
                    r.what.answer, EvidenceText(r.what.evidence)});
  }
  return rows;
}

}  // namespace boardlens::questions
