#pragma once
/// How each item of a framework has moved across an organisation's closed rounds: the means
/// frozen at each close, and the change since the first round that has one.

#include <optional>
#include <string>
#include <vector>

#include "boardlens/base/access.hpp"
#include "boardlens/db/database.hpp"
#include "boardlens/features/frameworks/frameworks.hpp"
#include "boardlens/features/orgs/organisations.hpp"
#include "boardlens/features/results/repository.hpp"
#include "boardlens/features/rounds/rounds.hpp"

namespace boardlens::results {

struct TrendRound {
  Id id = 0;
  std::string title;
  std::string closed_on;
};

struct TrendItem {
  std::string ref;
  std::string title;
  std::vector<std::optional<double>> means;  ///< one a round; nullopt where suppressed
  std::optional<double> change;              ///< see ChangeSinceFirst
};

struct Trend {
  std::string framework_ref;
  std::string framework_title;
  std::vector<TrendRound> rounds;  ///< in the order they closed, first to last
  std::vector<TrendItem> items;
};

/// The last shown mean less the first, each rounded to one place first so that the figures
/// on a page add up; nullopt unless two different rounds have a mean.
std::optional<double> ChangeSinceFirst(const std::vector<std::optional<double>>& means);

/// The trend use case: anyone in the organisation may read it, as it shows only the means
/// results already show.
class Trends {
 public:
  Trends(db::Database& db, orgs::Organisations& organisations, frameworks::Frameworks& frameworks,
         rounds::Rounds& rounds)
      : repository_(db), organisations_(organisations), frameworks_(frameworks), rounds_(rounds) {}

  /// Every closed round of `framework_ref` in `ods`; empty rounds when none has closed. The
  /// items are those of the latest round's framework version. A framework the organisation
  /// cannot see is NotFound, so a mistyped ref is not taken for one with no rounds.
  Trend Of(const Caller& caller, const std::string& ods, const std::string& framework_ref);

 private:
  Repository repository_;
  orgs::Organisations& organisations_;
  frameworks::Frameworks& frameworks_;
  rounds::Rounds& rounds_;
};

}  // namespace boardlens::results
