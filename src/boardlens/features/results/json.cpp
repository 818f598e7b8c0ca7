#include "boardlens/features/results/json.hpp"

#include "boardlens/features/orgs/json.hpp"
#include "boardlens/features/rounds/json.hpp"

namespace boardlens::results {

using http::Json;

namespace {
void Put(Json& target, Json& reasons, std::string_view name, const Stat& stat) {
  const std::string key(name);
  if (stat.value) {
    target[key] = *stat.value;
  } else {
    target[key] = nullptr;
    reasons[key] = stat.reason;
  }
}
}  // namespace

std::string ResultsJson(const ResultsView& view, const Thresholds& thresholds) {
  const RoundResults& results = view.results;
  const frameworks::Framework& fw = view.round.framework.framework;
  Json doc;
  doc["round"] = rounds::ToJson(view.round.round);
  doc["organisation"] = orgs::ToJson(view.round.organisation);
  doc["framework"] = {{"ref", fw.ref}, {"version", fw.version.str()}, {"title", fw.title}};
  doc["respondents"] = {{"executive", results.respondents.executive},
                        {"non_executive", results.respondents.non_executive},
                        {"total", results.respondents.total()}};
  doc["turnout_warnings"] = view.turnout_warnings;
  Json reasons = Json::object();
  Put(doc, reasons, kOverallStat, results.overall);
  doc["reasons"] = std::move(reasons);
  doc["thresholds"] = {{"min_ratings", thresholds.min_ratings},
                       {"peer_min_organisations", thresholds.peer_min_organisations}};
  Json items = Json::array();
  for (std::size_t i = 0; i < results.items.size(); ++i) {
    const ItemResult& r = results.items[i];
    Json item;
    Json why = Json::object();
    item["item"] = r.item;
    item["title"] = fw.items.at(i).title;
    item["n"] = r.n;
    item["dont_know"] = r.dont_know;
    for (const auto& [name, stat] : kItemStats) Put(item, why, name, r.*stat);
    item["peers"] = r.peers;
    if (r.mean.value) {
      item["distribution"] = r.distribution;
    } else {
      item["distribution"] = nullptr;
    }
    item["flags"] = FlagNames(r.flags);
    item["reasons"] = std::move(why);
    items.push_back(std::move(item));
  }
  doc["items"] = std::move(items);
  return Dump(doc);
}

const std::string& JsonText(const ResultsView& view, const Thresholds& thresholds) {
  std::call_once(view.json_once, [&] { view.json = ResultsJson(view, thresholds); });
  return view.json;
}

http::Json ToJson(const Trend& trend) {
  const auto number = [](const std::optional<double>& v) { return v ? Json(*v) : Json(nullptr); };
  Json rounds = Json::array();
  for (const auto& r : trend.rounds) {
    rounds.push_back({{"id", r.id}, {"title", r.title}, {"closed_on", r.closed_on}});
  }
  Json items = Json::array();
  for (const auto& item : trend.items) {
    Json means = Json::array();
    for (const auto& m : item.means) means.push_back(number(m));
    items.push_back({{"item", item.ref},
                     {"title", item.title},
                     {"means", means},
                     {"change", number(item.change)}});
  }
  return {{"framework", trend.framework_ref}, {"rounds", rounds}, {"items", items}};
}

}  // namespace boardlens::results
