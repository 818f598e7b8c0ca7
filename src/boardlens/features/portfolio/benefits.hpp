#pragma once
/// The benefits' use cases: each belongs to a programme or project and is owned by a board
/// member; keepers record them and their actuals, everyone in the organisation reads them with
/// their Making Data Count chart.

#include <optional>
#include <string>
#include <vector>

#include "boardlens/base/access.hpp"
#include "boardlens/base/clock.hpp"
#include "boardlens/db/database.hpp"
#include "boardlens/features/orgs/board.hpp"
#include "boardlens/features/orgs/organisations.hpp"
#include "boardlens/features/portfolio/benefit.hpp"
#include "boardlens/features/portfolio/repository.hpp"

namespace boardlens::portfolio {

class Benefits {
 public:
  Benefits(db::Database& db, const Clock& clock, orgs::Organisations& organisations,
           orgs::Board& board)
      : db_(db), repository_(db), clock_(clock), organisations_(organisations), board_(board) {}

  Benefit Add(const Caller& caller, const std::string& ods, Id item_id, BenefitInput input);
  Benefit Update(const Caller& caller, const std::string& ods, Id id, BenefitInput input);
  /// The benefits of one programme or project, or of the whole portfolio (`item_id` empty).
  std::vector<Benefit> List(const Caller& caller, const std::string& ods,
                            std::optional<Id> item_id);
  /// The benefit with its actuals and, from 2 actuals, their chart.
  BenefitSeries Series(const Caller& caller, const std::string& ods, Id id);
  /// Adds or replaces actuals at their dates, in one transaction; each problem is named by its
  /// index ("values[2].date"), as the API names them.
  void RecordActuals(const Caller& caller, const std::string& ods, Id id,
                     const std::vector<services::SpcPoint>& actuals);

 private:
  Benefit RequireBenefit(Id org_id, Id id);
  /// The owner must be a board member; fills in their name.

  db::Database& db_;
  Repository repository_;
  const Clock& clock_;
  orgs::Organisations& organisations_;
  orgs::Board& board_;
};

}  // namespace boardlens::portfolio
