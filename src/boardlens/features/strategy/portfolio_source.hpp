#pragma once
/// What the strategy's checks need from the portfolio, which sits above the strategy (its
/// projects link to the strategy's priorities). The strategy declares this; the portfolio
/// implements it and the composition root provides it, so the strategy never names the
/// portfolio.

#include <set>
#include <string>
#include <vector>

#include "boardlens/base/access.hpp"

namespace boardlens::strategy {

struct PortfolioFacts {
  /// Names of the projects linked to none of the strategy's current priorities.
  std::vector<std::string> projects_without_priority;
  /// Names of the programmes funded by capital or one-off money with no revenue for their
  /// running costs.
  std::vector<std::string> capital_without_revenue;
};

class PortfolioSource {
 public:
  virtual ~PortfolioSource() = default;
  /// The facts for organisation `org_id`, read now (no rights: the strategy asked already),
  /// whose strategy's current priorities have `priority_keys`.
  virtual PortfolioFacts FactsFor(Id org_id, const std::set<Id>& priority_keys) = 0;
};

}  // namespace boardlens::strategy
