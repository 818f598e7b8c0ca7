#include "boardlens/features/voice/suppression.hpp"

#include <algorithm>
#include <functional>
#include <limits>
#include <queue>
#include <utility>

namespace boardlens::voice {

std::string HiddenText(Hidden why) {
  if (why == Hidden::kProtectsAnother) return "hidden so a small number cannot be worked out";
  return "fewer than " + std::to_string(kMinResponses) + " responses";
}

std::string_view HiddenCode(Hidden why) {
  return why == Hidden::kFewResponses ? "fewer_than_11" : "protects_another";
}

namespace {

/// What a cycle costs: the counts it must newly hide, then their sum (so fewer figures hide,
/// and among as many, the smallest).
using Cost = std::pair<std::int64_t, std::int64_t>;

/// The flows with what a reader knows of each: a shown count exactly; a hidden one only as a
/// range, 1 to threshold - 1 when small, threshold and up otherwise.
class Network {
 public:
  Network(const std::vector<Flow>& flows, std::int64_t threshold)
      : flows_(flows), threshold_(threshold), hidden_(flows.size(), false) {
    std::size_t nodes = 0;
    for (const Flow& f : flows) nodes = std::max({nodes, f.from + 1, f.to + 1});
    touching_.resize(nodes);
    for (std::size_t i = 0; i < flows.size(); ++i) {
      touching_[flows[i].from].push_back(i);
      touching_[flows[i].to].push_back(i);
    }
  }

  void Hide(std::size_t i) { hidden_[i] = true; }

  /// The shown counts to hide so that hidden flow `e` could be one more or one less, the
  /// difference carried round a cycle of hidden flows, each kept within its range: none when
  /// it already can; nullopt when nothing would let it.
  std::optional<std::vector<std::size_t>> CheapestCycle(std::size_t e) const {
    std::optional<std::vector<std::size_t>> best;
    Cost best_cost;
    const auto consider = [&](std::size_t start, std::size_t goal) {
      auto found = CheapestPath(start, goal, e);
      if (found && (!best || found->first < best_cost)) {
        best_cost = found->first;
        best = std::move(found->second);
      }
    };
    if (CanRise(e, true)) consider(flows_[e].to, flows_[e].from);
    if (CanFall(e, true)) consider(flows_[e].from, flows_[e].to);
    return best;
  }

 private:
  /// Whether flow `i` could be one more (as hidden, when `hidden`): small counts stop at
  /// threshold - 1; the others have no top.
  bool CanRise(std::size_t i, bool hidden) const {
    const std::int64_t n = flows_[i].count;
    return hidden ? n < threshold_ - 1 || n >= threshold_ : n >= threshold_;
  }
  /// Whether it could be one less: small counts stop at 1, the others at threshold.
  bool CanFall(std::size_t i, bool hidden) const {
    const std::int64_t n = flows_[i].count;
    return hidden ? n > 1 && n != threshold_ : n > threshold_;
  }

  /// The cheapest way to carry one more from `start` to `goal` without `skip`: forwards
  /// along a flow that can rise, backwards along one that can fall; a shown flow costs its
  /// hiding. Dijkstra's search over the nodes.
  std::optional<std::pair<Cost, std::vector<std::size_t>>> CheapestPath(std::size_t start,
                                                                        std::size_t goal,
                                                                        std::size_t skip) const {
    constexpr Cost kFar{std::numeric_limits<std::int64_t>::max(), 0};
    std::vector<Cost> cost(touching_.size(), kFar);
    std::vector<std::optional<std::size_t>> via(touching_.size());
    using Entry = std::pair<Cost, std::size_t>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
    cost[start] = {0, 0};
    queue.push({cost[start], start});
    while (!queue.empty()) {
      const auto [at, node] = queue.top();
      queue.pop();
      if (at != cost[node]) continue;
      if (node == goal) break;
      for (const std::size_t i : touching_[node]) {
        const Flow& f = flows_[i];
        if (i == skip || f.count == 0) continue;
        const bool forwards = f.from == node;
        if (!(forwards ? CanRise(i, hidden_[i]) : CanFall(i, hidden_[i]))) continue;
        const std::size_t next = forwards ? f.to : f.from;
        const Cost step = hidden_[i] ? Cost{0, 0} : Cost{1, f.count};
        const Cost reach{at.first + step.first, at.second + step.second};
        if (reach < cost[next]) {
          cost[next] = reach;
          via[next] = i;
          queue.push({reach, next});
        }
      }
    }
    if (cost[goal] == kFar) return std::nullopt;
    std::vector<std::size_t> to_hide;
    for (std::size_t node = goal; node != start;) {
      const std::size_t i = *via[node];
      if (!hidden_[i]) to_hide.push_back(i);
      node = flows_[i].from == node ? flows_[i].to : flows_[i].from;
    }
    return std::pair{cost[goal], std::move(to_hide)};
  }

  const std::vector<Flow>& flows_;
  std::int64_t threshold_;
  std::vector<bool> hidden_;
  std::vector<std::vector<std::size_t>> touching_;  ///< per node, the flows in or out of it
};

}  // namespace

std::vector<Shown> SuppressFlows(const std::vector<Flow>& flows, std::int64_t threshold) {
  Network network(flows, threshold);
  std::vector<Shown> out;
  out.reserve(flows.size());
  std::vector<std::size_t> check;  // hidden flows still to check
  for (std::size_t i = 0; i < flows.size(); ++i) {
    const bool small = flows[i].count > 0 && flows[i].count < threshold;
    out.push_back(small ? Shown::HiddenFor(Hidden::kFewResponses) : Shown(flows[i].count));
    if (small) {
      network.Hide(i);
      check.push_back(i);
    }
  }
  // Hiding more only frees hidden counts, never fixes one, so each needs checking once; the
  // counts hidden to free it are checked in their turn.
  for (std::size_t next = 0; next < check.size(); ++next) {
    const auto cycle = network.CheapestCycle(check[next]);
    if (!cycle) continue;  // it cannot move whatever is hidden: nothing to gain by hiding more
    for (const std::size_t i : *cycle) {
      network.Hide(i);
      out[i] = Shown::HiddenFor(Hidden::kProtectsAnother);
      check.push_back(i);
    }
  }
  return out;
}

}  // namespace boardlens::voice
