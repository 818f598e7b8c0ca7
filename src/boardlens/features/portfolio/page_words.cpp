#include "boardlens/features/portfolio/page_words.hpp"
#include "boardlens/base/number.hpp"

#include <cctype>

#include "boardlens/base/error.hpp"
#include "boardlens/features/services/service.hpp"

namespace boardlens::portfolio {

std::string ItemPath(const html::Visit& v, Id id, std::string_view rest) {
  return v.OrgPath("/portfolio/" + std::to_string(id)) + std::string(rest);
}

std::map<Id, std::string> PriorityTitles(html::Visit& v) {
  std::map<Id, std::string> titles;
  for (const auto& p : v.Use<Portfolio>().Priorities(v.caller, v.ods())) titles[p.key] = p.title;
  return titles;
}

std::string LinkedPriorities(const ItemInput& item, const std::map<Id, std::string>& titles) {
  std::string out;
  for (const Id key : item.priority_keys) {
    const auto it = titles.find(key);
    if (it == titles.end()) continue;  // a priority the strategy no longer has
    out += (out.empty() ? "" : "; ") + it->second;
  }
  return out;
}

std::string KindText(const ItemInput& item) {
  const std::string kind = item.kind == Kind::kProgramme ? "programme" : "project";
  if (item.stage == Stage::kProposed) return "Proposed " + kind;
  return static_cast<char>(std::toupper(kind[0])) + kind.substr(1);
}

std::string Amount(const ItemInput& item, Source source) {
  const auto it = item.funding.find(source);
  return it == item.funding.end() || it->second == 0 ? std::string("None") : PoundsText(it->second);
}

std::string FundingText(const ItemInput& item) {
  std::string out;
  for (const Source source : kSources) {
    const auto it = item.funding.find(source);
    if (it == item.funding.end() || it->second == 0) continue;
    std::string label(Label(source));
    if (!out.empty()) label[0] = static_cast<char>(std::tolower(label[0]));
    out += (out.empty() ? "" : "; ") + label + " " + PoundsText(it->second);
  }
  if (!out.empty()) return out;
  return item.programme_id ? "Through its programme" : "None recorded";
}

std::vector<std::vector<std::string>> PortfolioTable(const std::vector<Item>& items,
                                                     const std::map<Id, std::string>& titles) {
  std::vector<std::vector<std::string>> rows{{"id", "kind", "name", "programme", "priorities",
                                              "capital", "revenue", "one_off", "whole_life_cost",
                                              "latest_month", "latest_confidence", "stage"}};
  for (const Item& item : items) {
    const auto amount = [&](Source s) {
      const auto it = item.what.funding.find(s);
      return it == item.what.funding.end() ? std::string() : std::to_string(it->second);
    };
    rows.push_back({std::to_string(item.id), std::string(ToString(item.what.kind)), item.what.name,
                    item.programme_name, LinkedPriorities(item.what, titles),
                    amount(Source::kCapital), amount(Source::kRevenue), amount(Source::kOneOff),
                    std::to_string(WholeLifeCost(item.what)), item.latest ? item.latest->month : "",
                    item.latest ? std::string(ToString(item.latest->confidence)) : "",
                    std::string(ToString(item.what.stage))});
  }
  return rows;
}

}  // namespace boardlens::portfolio
