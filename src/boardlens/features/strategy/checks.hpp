#pragma once
/// The strategy checks (DESIGN.md, "Strategy checks"): plain rules over a strategy, the
/// portfolio's facts and today's date. Each finding names the guidance it comes from and says
/// what to do.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "boardlens/features/strategy/portfolio_source.hpp"
#include "boardlens/features/strategy/strategy.hpp"

namespace boardlens::strategy {

enum class Check : std::uint8_t {
  kHorizonTooLong,
  kNoNotDoingList,
  kTooManyTopPriorities,
  kOutcomeNotMeasurable,
  kProjectWithoutPriority,
  kNotReviewed,
  kNoSystemLink,
  kCapitalWithoutRevenue,
};

struct Finding {
  Check check = Check::kHorizonTooLong;
  std::string problem;        ///< what is wrong, naming the items at fault
  std::string what_to_do;     ///< the fix, in a sentence
  std::string_view guidance;  ///< the title of the guidance the check comes from
};

/// Longest horizon the guidance supports, in years (end year minus start year).
inline constexpr int kMaxHorizonYears = 5;
inline constexpr std::size_t kMaxTopPriorities = 3;
inline constexpr int kReviewMonths = 12;

/// "horizon-too-long", ..., for the API.
std::string_view ToString(Check check);
std::vector<std::string_view> CheckNames();

/// Every check `strategy` trips on `today` (YYYY-MM-DD), in the order DESIGN.md lists them.
std::vector<Finding> RunChecks(const StrategyInput& strategy, const PortfolioFacts& portfolio,
                               const std::string& today);

}  // namespace boardlens::strategy
