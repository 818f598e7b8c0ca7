#pragma once
/// The strategy's use cases. Everyone in the organisation reads the strategy; the secretary and
/// the executive directors keep it (orgs::Board::RequireKeeper); the secretary records the
/// board's approval of a version. Every save is a new version, checked as it is saved.

#include <optional>
#include <string>
#include <vector>

#include "boardlens/base/access.hpp"
#include "boardlens/base/clock.hpp"
#include "boardlens/db/database.hpp"
#include "boardlens/features/orgs/board.hpp"
#include "boardlens/features/orgs/organisations.hpp"
#include "boardlens/features/services/plan_source.hpp"
#include "boardlens/features/strategy/checks.hpp"
#include "boardlens/features/strategy/measure_source.hpp"
#include "boardlens/features/strategy/portfolio_source.hpp"
#include "boardlens/features/strategy/repository.hpp"
#include "boardlens/features/strategy/standing.hpp"
#include "boardlens/features/strategy/strategy.hpp"

namespace boardlens::strategy {

/// A version with what the checks found in it today, and where its outcomes linked to measures
/// stand.
struct Checked {
  Strategy strategy;
  std::vector<Finding> findings;
  Standings standings;  ///< by outcome key, for each outcome linked to a measure
};

/// What changed since the board last approved the strategy.
struct SinceApproval {
  std::optional<Version> approved;  ///< none when the board has approved no version yet
  Strategy current;                 ///< the current version and all it holds
  /// Empty when no version is approved: there is nothing to compare with, so the current
  /// version is shown whole rather than as a list of additions to nothing.
  std::vector<Change> changes;
};

class Strategies {
 public:
  Strategies(db::Database& db, const Clock& clock, orgs::Organisations& organisations,
             orgs::Board& board, PortfolioSource& portfolio, MeasureSource& measures)
      : db_(db),
        repository_(db),
        clock_(clock),
        organisations_(organisations),
        board_(board),
        portfolio_(portfolio),
        measures_(measures) {}

  /// Saves `input` whole as a new version. Items with key 0 are new; any other key must name
  /// an item of the same list in the current version. An outcome may link only to a measure of
  /// one of the organisation's services (outcomes[i].measure_id).
  Checked Save(const Caller& caller, const std::string& ods, StrategyInput input);
  /// The current version and its checks; nullopt when no strategy has been saved.
  std::optional<Checked> Current(const Caller& caller, const std::string& ods);
  /// Every version, newest first, without its lists.
  std::vector<Version> Versions(const Caller& caller, const std::string& ods);
  Strategy Get(const Caller& caller, const std::string& ods, int version);
  /// For the secretary: the board approved `version` on `approved_on` (YYYY-MM-DD, not in the
  /// future, not before the version was saved).
  Version Approve(const Caller& caller, const std::string& ods, int version,
                  const std::string& approved_on);
  /// Not found when no strategy has been saved.
  SinceApproval ChangesSinceApproval(const Caller& caller, const std::string& ods);
  /// The current priorities, in rank order (none before a strategy is saved): what projects
  /// link to.
  std::vector<Priority> Priorities(const Caller& caller, const std::string& ods);

  /// The measures an outcome may link to: the organisation's services' measures.
  std::vector<MeasureChoice> MeasureChoices(const Caller& caller, const std::string& ods);

  /// Today (UTC), as the checks see it.
  std::string Today() const { return IsoDate(clock_.Now()); }

 private:
  Strategy RequireCurrent(Id org_id);
  /// `strategy` with its checks and its linked outcomes' standings, today.
  Checked Check(Strategy strategy);

  db::Database& db_;
  Repository repository_;
  const Clock& clock_;
  orgs::Organisations& organisations_;
  orgs::Board& board_;
  PortfolioSource& portfolio_;
  MeasureSource& measures_;
};

/// What a measure's chart needs from the strategy (services/plan_source.hpp): the current
/// version's outcomes linked to the measure, with their trajectories.
class MeasurePlans final : public services::PlanSource {
 public:
  explicit MeasurePlans(db::Database& db) : repository_(db) {}
  std::vector<services::Plan> PlansFor(Id org_id, Id measure_id) override;

 private:
  Repository repository_;
};

}  // namespace boardlens::strategy
