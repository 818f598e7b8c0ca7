#include "boardlens/features/rounds/csv_import.hpp"

#include <array>
#include <map>
#include <set>
#include <utility>

#include "boardlens/base/csv.hpp"
#include "boardlens/base/error.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/base/utf8.hpp"

namespace boardlens::rounds {
using orgs::Membership;

namespace {

constexpr std::array<std::string_view, 5> kHeader{"respondent", "membership", "item", "rating",
                                                  "evidence"};

}  // namespace

bool ParseRating(std::string_view text, std::optional<std::int8_t>& rating) {
  if (text == "DK" || text == "dk") {
    rating.reset();
    return true;
  }
  if (text.size() == 1 && text[0] >= '1' && text[0] <= '5') {
    rating = static_cast<std::int8_t>(text[0] - '0');
    return true;
  }
  return false;
}

std::vector<ImportedAnswer> ParseRoundCsv(std::string_view text, std::string_view name,
                                          const frameworks::Framework& framework) {
  const auto fail = [&](const CsvField& f, const std::string& what) {
    return Invalid(
        std::string(kHeader.at(static_cast<std::size_t>(f.column - 1))) + ": " + what,
        std::string(name) + ":" + std::to_string(f.line) + ":" + std::to_string(f.column));
  };

  const std::vector<CsvRecord> records = ParseCsv(text, name);
  if (records.empty()) throw Invalid("the file is empty", std::string(name) + ":1:1");
  const CsvRecord& header = records.front();
  for (std::size_t i = 0; i < kHeader.size(); ++i) {
    if (i >= header.size() || Trim(header[i].text) != kHeader.at(i)) {
      throw Invalid("the header must be respondent,membership,item,rating,evidence",
                    std::string(name) + ":1:" + std::to_string(i + 1));
    }
  }
  if (header.size() != kHeader.size()) {
    throw Invalid("the header has more than five columns",
                  std::string(name) + ":1:" + std::to_string(kHeader.size() + 1));
  }
  if (records.size() == 1)
    throw Invalid("the file has a header but no answers", std::string(name) + ":2:1");

  std::vector<ImportedAnswer> out;
  out.reserve(records.size() - 1);
  std::map<std::string, Membership> memberships;
  std::set<std::pair<std::string, std::string>> seen;
  for (std::size_t r = 1; r < records.size(); ++r) {
    const CsvRecord& row = records[r];
    if (row.size() != kHeader.size()) {
      const CsvField& at = row.size() > kHeader.size() ? row[kHeader.size()] : row.back();
      throw Invalid(
          "expected 5 fields, found " + std::to_string(row.size()),
          std::string(name) + ":" + std::to_string(at.line) + ":" + std::to_string(at.column));
    }
    ImportedAnswer a;
    a.respondent = Trim(row[0].text);
    if (a.respondent.empty()) throw fail(row[0], "must not be empty");
    if (CountCharacters(a.respondent) > kMaxTitleLength)
      throw fail(row[0], TooLongMessage("respondent", kMaxTitleLength));

    const auto membership = orgs::ParseMembership(Trim(row[1].text));
    if (!membership) {
      throw fail(row[1], "\"" + row[1].text + "\" is not executive or non-executive");
    }
    a.membership = *membership;
    const auto [it, inserted] = memberships.emplace(a.respondent, a.membership);
    if (!inserted && it->second != a.membership) {
      throw fail(row[1], "\"" + a.respondent + "\" was given as " +
                             std::string(ToString(it->second)) + " on an earlier line");
    }

    a.item = Trim(row[2].text);
    if (!framework.ItemIndex(a.item)) {
      throw fail(row[2], "\"" + a.item + "\" is not an item of framework " + framework.ref);
    }
    if (!seen.emplace(a.respondent, a.item).second) {
      throw fail(row[2],
                 "\"" + a.respondent + "\" already answered \"" + a.item + "\" on an earlier line");
    }

    if (!ParseRating(Trim(row[3].text), a.rating)) {
      throw fail(row[3], "\"" + row[3].text + "\" is not a rating (1 to 5, or DK)");
    }
    a.evidence = Trim(row[4].text);
    try {
      RequirePlainText(a.evidence, "evidence", Lines::kMany);
    } catch (const Error& e) {
      throw Invalid(e.what(), fail(row[4], {}).where());
    }
    if (CountCharacters(a.evidence) > kMaxEvidenceLength) {
      throw fail(row[4], TooLongMessage("evidence", kMaxEvidenceLength));
    }
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace boardlens::rounds
