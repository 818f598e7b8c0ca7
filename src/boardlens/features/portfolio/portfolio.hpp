#pragma once
/// The portfolio's use cases. Everyone in the organisation reads it; the secretary and the
/// executive directors keep it (orgs::Board::RequireKeeper). A project or programme links to
/// the strategy's current priorities through the strategy's own use case.

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "boardlens/base/access.hpp"
#include "boardlens/base/clock.hpp"
#include "boardlens/db/database.hpp"
#include "boardlens/features/orgs/board.hpp"
#include "boardlens/features/orgs/organisations.hpp"
#include "boardlens/features/portfolio/item.hpp"
#include "boardlens/features/portfolio/repository.hpp"
#include "boardlens/features/strategy/portfolio_source.hpp"
#include "boardlens/features/strategy/strategies.hpp"

namespace boardlens::portfolio {

/// What a refusal says the keepers keep.
inline constexpr const char* kKeptRecord = "the portfolio";

class Portfolio {
 public:
  Portfolio(db::Database& db, const Clock& clock, orgs::Organisations& organisations,
            orgs::Board& board, strategy::Strategies& strategies)
      : db_(db),
        repository_(db),
        clock_(clock),
        organisations_(organisations),
        board_(board),
        strategies_(strategies) {}

  Item Add(const Caller& caller, const std::string& ods, ItemInput input);
  Item Update(const Caller& caller, const std::string& ods, Id id, ItemInput input);
  Item Get(const Caller& caller, const std::string& ods, Id id);
  /// Programmes, each followed by its projects, then the projects in no programme.
  std::vector<Item> List(const Caller& caller, const std::string& ods);

  /// Adds or replaces the month's delivery confidence.
  Rating Report(const Caller& caller, const std::string& ods, Id id, Rating rating);
  /// Every month reported, oldest first.
  std::vector<Rating> Ratings(const Caller& caller, const std::string& ods, Id id);

  /// Records the item's senior responsible owner, dates, money and milestones, replacing the
  /// milestones it had. The owner must be a board member of the organisation (Invalid at
  /// `sro`).
  Item SetAssurance(const Caller& caller, const std::string& ods, Id id, Assurance assurance);

  /// The strategy's current priorities by key, in rank order, for links and their names.
  std::vector<strategy::Priority> Priorities(const Caller& caller, const std::string& ods);

  /// This month (UTC), YYYY-MM.
  std::string ThisMonth() const { return IsoDate(clock_.Now()).substr(0, 7); }
  /// Today (UTC), YYYY-MM-DD: a milestone due before it and not complete is overdue.
  std::string Today() const { return IsoDate(clock_.Now()); }

 private:
  Item RequireItem(Id org_id, Id id);
  /// Links to current priorities only; a project sits in a programme of the organisation.
  void RequireReferences(const Caller& caller, const std::string& ods, Id org_id,
                         const ItemInput& input, std::optional<Id> id);

  db::Database& db_;
  Repository repository_;
  const Clock& clock_;
  orgs::Organisations& organisations_;
  orgs::Board& board_;
  strategy::Strategies& strategies_;
};

/// What the strategy's checks need from the portfolio (strategy/portfolio_source.hpp).
class StrategyFacts final : public strategy::PortfolioSource {
 public:
  explicit StrategyFacts(db::Database& db) : repository_(db) {}
  strategy::PortfolioFacts FactsFor(Id org_id, const std::set<Id>& priority_keys) override;

 private:
  Repository repository_;
};

}  // namespace boardlens::portfolio
