#pragma once
/// The risk register's use cases. Everyone in the organisation reads the Board Assurance
/// Framework; the secretary and the executive directors (the digital lead among them) keep it.
/// A risk of not acting names the portfolio's proposal it would block, read through the
/// portfolio's own use case. The actions agreed on a risk are the action log's, recorded here
/// by the risk's keepers.

#include <string>
#include <vector>

#include "boardlens/base/access.hpp"
#include "boardlens/base/clock.hpp"
#include "boardlens/db/database.hpp"
#include "boardlens/features/actions/actions.hpp"
#include "boardlens/features/orgs/board.hpp"
#include "boardlens/features/orgs/organisations.hpp"
#include "boardlens/features/portfolio/portfolio.hpp"
#include "boardlens/features/risks/repository.hpp"
#include "boardlens/features/risks/risk.hpp"

namespace boardlens::risks {

/// What a board records when it reviews a risk.
struct ReviewInput {
  std::string note;
  std::string next_review_on;  ///< YYYY-MM-DD, not before today; empty keeps the review date
};

/// What a register import did.
struct ImportSummary {
  std::size_t added = 0;
  std::size_t updated = 0;
};

class RiskRegister {
 public:
  RiskRegister(db::Database& db, const Clock& clock, orgs::Organisations& organisations,
               orgs::Board& board, portfolio::Portfolio& portfolio, actions::Actions& actions)
      : db_(db),
        repository_(db),
        clock_(clock),
        organisations_(organisations),
        board_(board),
        portfolio_(portfolio),
        actions_(actions) {}

  Risk Add(const Caller& caller, const std::string& ods, RiskInput input);
  /// Changes the risk's fields; its actions and reviews stay as they are.
  Risk Update(const Caller& caller, const std::string& ods, Id id, RiskInput input);
  Risk Get(const Caller& caller, const std::string& ods, Id id);
  /// Highest current score first.
  std::vector<Risk> List(const Caller& caller, const std::string& ods);
  /// The whole register from CSV (kRiskColumns): each row adds a risk or, by title, updates
  /// it. Each action in a row updates the risk's action of the same title or is recorded as a
  /// new one; actions the row leaves out stay in the log. All or nothing; every problem at its
  /// line and column.
  ImportSummary Import(const Caller& caller, const std::string& ods, std::string_view csv,
                       std::string_view file_name);

  /// Records an action on the risk in the action log.
  actions::Action AddAction(const Caller& caller, const std::string& ods, Id risk_id,
                            actions::ActionInput action);
  void SetActionStatus(const Caller& caller, const std::string& ods, Id risk_id, Id action_id,
                       actions::ActionStatus status);

  /// Stores the current score with who and when; the register's movement is measured from it.
  Review RecordReview(const Caller& caller, const std::string& ods, Id risk_id, ReviewInput input);
  /// Newest first.
  std::vector<Review> Reviews(const Caller& caller, const std::string& ods, Id risk_id);

  std::vector<Appetite> Appetites(const Caller& caller, const std::string& ods);
  Appetite SetAppetite(const Caller& caller, const std::string& ods, Appetite appetite);

  /// Today (UTC), for overdue checks.
  std::string Today() const { return IsoDate(clock_.Now()); }

 private:
  Risk RequireRisk(Id org_id, Id id);
  /// Every named owner must be a board member of the organisation, and the proposal it would
  /// block an item of its portfolio; fills in their names.
  void RequireReferences(const Caller& caller, const std::string& ods, Risk& risk);
  /// Gives each of `risks` the actions raised on it, by due date.
  void AddActions(const orgs::OrgAccess& access, std::vector<Risk>& risks);

  db::Database& db_;
  Repository repository_;
  const Clock& clock_;
  orgs::Organisations& organisations_;
  orgs::Board& board_;
  portfolio::Portfolio& portfolio_;
  actions::Actions& actions_;
};

}  // namespace boardlens::risks
