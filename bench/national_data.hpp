#pragma once
/// The synthetic national data generator: many organisations, each with a board and a closed
/// round of the Digital Boards themes, so peer comparisons run at national scale.

#include <string>

#include "boardlens/base/access.hpp"

namespace boardlens::bench {

struct NationalData {
  std::string ods;  ///< the organisation whose round is measured
  Id round_id = 0;
};

/// Fills the (empty) database at `url` with `organisations` trusts whose boards of
/// `board_size` have each closed one round; the first trust gets a second, later round.
NationalData GenerateNational(const std::string& url, int organisations, int board_size);

}  // namespace boardlens::bench
