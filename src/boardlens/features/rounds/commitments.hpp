#pragma once
/// What the board agreed to do about each item after its earlier rounds, which a member sees
/// beside the item as they answer it again. Rounds know nothing of actions: the actions
/// feature provides this, as results provide ClosingListener.

#include <map>
#include <string>
#include <vector>

#include "boardlens/base/access.hpp"
#include "boardlens/features/rounds/round.hpp"

namespace boardlens::rounds {

/// One thing the board said it would do, as the questionnaire shows it.
struct Commitment {
  Id id = 0;
  std::string title;
  std::string owner_name;
  std::string due_on;  ///< YYYY-MM-DD
  std::string status;  ///< "Open", "Overdue", "Done" or "Dropped"
  std::string path;    ///< its page, under the organisation's path ("/actions/7")
};

class Commitments {
 public:
  virtual ~Commitments() = default;
  /// By item ref: what the board agreed after the rounds of `round`'s framework that closed
  /// before it (all that closed, while it is open).
  virtual std::map<std::string, std::vector<Commitment>> Before(const Caller& caller,
                                                                const std::string& ods,
                                                                const Round& round) = 0;
};

}  // namespace boardlens::rounds
