#pragma once
/// What else happens when a round closes. Rounds know nothing of what is computed from a
/// closed round; whatever is (results, today) listens here, and the composition root says
/// who listens.

#include <vector>

#include "boardlens/features/rounds/round.hpp"

namespace boardlens::rounds {

class ClosingListener {
 public:
  virtual ~ClosingListener() = default;
  /// In the closing transaction (a close, or an import of a closed round): what must be
  /// stored with it or not at all.
  virtual void RoundClosing(const RoundView& round, const std::vector<Answer>& answers) = 0;
  /// After that transaction committed.
  virtual void RoundClosed() = 0;
};

}  // namespace boardlens::rounds
