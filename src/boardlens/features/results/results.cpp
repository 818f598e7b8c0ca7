#include "boardlens/features/results/results.hpp"

#include <limits>
#include <map>

#include "boardlens/base/error.hpp"

namespace boardlens::results {
namespace {

/// The answers of a round as analytics take them: by index, with each item's index map.
RoundData DataOf(const frameworks::Framework& fw, const std::vector<rounds::Answer>& answers,
                 std::map<std::string, std::uint32_t>& item_index) {
  RoundData data;
  for (const auto& item : fw.items) {
    item_index.emplace(item.ref, static_cast<std::uint32_t>(data.items.size()));
    data.items.push_back(item.ref);
  }
  std::map<std::string, std::uint32_t> respondent_index;
  for (const auto& a : answers) {
    const auto item = item_index.find(a.item_ref);
    if (item == item_index.end()) continue;
    auto [it, added] =
        respondent_index.emplace(a.respondent, static_cast<std::uint32_t>(data.respondents.size()));
    if (added) data.respondents.push_back(a.membership);
    data.responses.push_back({it->second, item->second, a.rating});
  }
  return data;
}

}  // namespace

std::shared_ptr<const ResultsView> Results::Of(const Caller& caller, const std::string& ods,
                                               Id round_id) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kViewer);
  const std::int64_t now = clock_.Now();
  // Round ids are global: a cached view is only ever served within its own organisation.
  if (auto fresh = caches_.fresh.Find(round_id, now);
      fresh && (*fresh)->round.round.org_id == access.org.id) {
    return *fresh;
  }
  const auto found = repository_.FindRoundEpoch(access.org.id, round_id);
  if (!found) throw NotFound("there is no round " + std::to_string(round_id) + " in " + ods);
  if (!found->closed) {
    throw Conflict("round " + std::to_string(round_id) +
                       " is not closed; results appear when the secretary closes it",
                   "status");
  }
  const auto cached = caches_.results.Find(round_id, 0);
  std::shared_ptr<const ResultsView> view;
  if (cached && cached->first == found->epoch) {
    view = cached->second;
  } else {
    view = Compute(access, rounds_.Load(access, round_id), rounds_.AllAnswers(access, round_id));
    caches_.results.Put(round_id, {found->epoch, view}, std::numeric_limits<std::int64_t>::max());
  }
  caches_.fresh.Put(round_id, view, now + settings_.cache_seconds);
  return view;
}

std::shared_ptr<const ResultsView> Results::Compute(const orgs::OrgAccess& access,
                                                    rounds::RoundView view,
                                                    const std::vector<rounds::Answer>& answers) {
  std::map<std::string, std::uint32_t> item_index;
  RoundData data = DataOf(view.framework.framework, answers, item_index);
  data.previous_means.assign(data.items.size(), std::nullopt);
  if (const auto previous = repository_.PreviousRoundMeans(view.round)) {
    data.has_previous_round = true;
    for (const auto& [ref, mean] : *previous) {
      if (const auto it = item_index.find(ref); it != item_index.end()) {
        data.previous_means[it->second] = mean;
      }
    }
  }
  data.peer_means.assign(data.items.size(), {});
  for (const auto& [ref, mean] : repository_.PeerMeans(view.round)) {
    if (const auto it = item_index.find(ref); it != item_index.end() && mean) {
      data.peer_means[it->second].push_back(*mean);
    }
  }
  auto out = std::make_shared<ResultsView>();
  out->results = ComputeResults(data, settings_.thresholds);
  out->peer_kinds = repository_.PeerKinds(view.round);
  const auto& counts = out->results.respondents;
  const auto previous = rounds_.PreviousTurnout(access, view.round);
  out->turnout_warnings = rounds::TurnoutWarnings(
      {counts.executive, counts.non_executive},
      previous ? std::optional<rounds::Turnout>(previous->second) : std::nullopt,
      previous ? previous->first.title : std::string());
  out->round = std::move(view);
  return out;
}

void Freezer::RoundClosing(const rounds::RoundView& round,
                           const std::vector<rounds::Answer>& answers) {
  std::map<std::string, std::uint32_t> item_index;
  const RoundData data = DataOf(round.framework.framework, answers, item_index);
  const auto means = FrozenMeans(data, settings_.thresholds.min_ratings);
  ItemMeans stored;
  for (std::size_t i = 0; i < data.items.size(); ++i) stored.emplace_back(data.items[i], means[i]);
  repository_.InsertItemMeans(round.round.org_id, round.round.id, stored);
  repository_.BumpEpoch(round.round.framework_ref);
}

void Freezer::RoundClosed() { caches_.fresh.Clear(); }  // peers' results may have changed

}  // namespace boardlens::results
