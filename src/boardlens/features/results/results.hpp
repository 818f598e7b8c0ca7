#pragma once
/// The results use cases: a closed round's analytics (DESIGN.md's definitions), cached until
/// a round of the same framework closes anywhere, since that is all that could change them.
/// Also the listener that freezes a round's item means as it closes.

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>

#include "boardlens/base/access.hpp"
#include "boardlens/base/clock.hpp"
#include "boardlens/base/expiring_cache.hpp"
#include "boardlens/db/database.hpp"
#include "boardlens/features/orgs/organisations.hpp"
#include "boardlens/features/results/analytics.hpp"
#include "boardlens/features/results/repository.hpp"
#include "boardlens/features/rounds/closing_listener.hpp"
#include "boardlens/features/rounds/rounds.hpp"

namespace boardlens::results {

struct Settings {
  Thresholds thresholds;
  /// How long an instance serves results without checking that no round has closed since.
  /// A close made through another instance shows here within this time.
  std::int64_t cache_seconds = 5;
};

/// A closed round's results.
struct ResultsView {
  rounds::RoundView round;
  RoundResults results;
  /// How many peer organisations of each kind ("trust", "icb") the comparison draws on.
  std::map<std::string, int> peer_kinds;
  /// What readers should know of who answered (rounds::TurnoutWarnings), each a sentence.
  std::vector<std::string> turnout_warnings;
  /// The API's JSON of these results, made once by the transport on first use (json.cpp):
  /// the results are immutable, so their text is too.
  mutable std::once_flag json_once;
  mutable std::string json;
};

/// What every thread of a server shares. All of it can be rebuilt from the database, so any
/// number of instances can serve one database.
struct Caches {
  /// By round id: the epoch they were computed at, and the results. They never expire by
  /// time; the epoch says when they are stale.
  ExpiringCache<Id, std::pair<std::int64_t, std::shared_ptr<const ResultsView>>> results{10000};
  /// By round id: results whose epoch was checked within Settings::cache_seconds, served
  /// without asking the database again.
  ExpiringCache<Id, std::shared_ptr<const ResultsView>> fresh{10000};
};

class Results {
 public:
  Results(db::Database& db, const Clock& clock, const Settings& settings, Caches& caches,
          orgs::Organisations& organisations, rounds::Rounds& rounds)
      : repository_(db),
        clock_(clock),
        settings_(settings),
        caches_(caches),
        organisations_(organisations),
        rounds_(rounds) {}

  const Settings& settings() const { return settings_; }
  std::shared_ptr<const ResultsView> Of(const Caller& caller, const std::string& ods, Id round_id);

 private:
  std::shared_ptr<const ResultsView> Compute(const orgs::OrgAccess& access, rounds::RoundView view,
                                             const std::vector<rounds::Answer>& answers);

  Repository repository_;
  const Clock& clock_;
  const Settings& settings_;
  Caches& caches_;
  orgs::Organisations& organisations_;
  rounds::Rounds& rounds_;
};

/// Freezes a closing round's item means, in the closing transaction, and tells this
/// instance's caches that results of its framework may have changed.
class Freezer final : public rounds::ClosingListener {
 public:
  Freezer(db::Database& db, const Settings& settings, Caches& caches)
      : repository_(db), settings_(settings), caches_(caches) {}
  void RoundClosing(const rounds::RoundView& round,
                    const std::vector<rounds::Answer>& answers) override;
  void RoundClosed() override;

 private:
  Repository repository_;
  const Settings& settings_;
  Caches& caches_;
};

}  // namespace boardlens::results
