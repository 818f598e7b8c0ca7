#pragma once
/// The actions use cases: the board records what it agreed to do, who owns it and by when,
/// and follows it to done. Each checks the caller's role first; only the secretary records.

#include <string>
#include <vector>

#include "boardlens/base/access.hpp"
#include "boardlens/base/clock.hpp"
#include "boardlens/db/database.hpp"
#include "boardlens/features/actions/action.hpp"
#include "boardlens/features/actions/repository.hpp"
#include "boardlens/features/orgs/board.hpp"
#include "boardlens/features/orgs/organisations.hpp"
#include "boardlens/features/rounds/rounds.hpp"

namespace boardlens::actions {

class Actions {
 public:
  Actions(db::Database& db, const Clock& clock, orgs::Organisations& organisations,
          orgs::Board& board, rounds::Rounds& rounds)
      : db_(db),
        repository_(db),
        clock_(clock),
        organisations_(organisations),
        board_(board),
        rounds_(rounds) {}

  /// Records an action; an assessment source must name a round of `ods` and an item of it.
  /// An action on a risk is recorded from the risk (RecordOn).
  Action Record(const Caller& caller, const std::string& ods, ActionInput input,
                const Source& source);
  /// For a feature that raises actions on records it keeps (the risk register), joining its
  /// transaction: it has checked the caller may keep the record (`access`) and that the
  /// record is there. The log then holds the action like any other.
  Action RecordOn(const Caller& caller, const orgs::OrgAccess& access, ActionInput input,
                  const Source& source);
  /// Changes an action raised on `source`, as RecordOn; NotFound when it has none `id`.
  Action UpdateOn(const Caller& caller, const orgs::OrgAccess& access, const Source& source, Id id,
                  ActionInput input);
  /// Every action raised on a record of `kind`, for the feature that keeps those records
  /// (which has checked the caller may read them), oldest first.
  std::vector<Action> OnKind(const orgs::OrgAccess& access, SourceKind kind);
  Action Update(const Caller& caller, const std::string& ods, Id id, ActionInput input);
  Action Get(const Caller& caller, const std::string& ods, Id id);
  /// In the log's order (SortForLog).
  std::vector<Action> List(const Caller& caller, const std::string& ods);
  /// Actions raised from the assessment rounds `round_ids`: what the board said it would do.
  std::vector<Action> FromRounds(const Caller& caller, const std::string& ods,
                                 const std::vector<Id>& round_ids);
  /// What the board agreed after the rounds of `round`'s framework that closed before it (all
  /// that closed, while it is open or a draft).
  std::vector<Action> AgreedBefore(const Caller& caller, const std::string& ods,
                                   const rounds::Round& round);
  /// Today (UTC), for overdue checks.
  std::string Today() const { return IsoDate(clock_.Now()); }

 private:
  /// The owner must be a board member of the organisation; fills in their name.
  /// Checks and stores a change to `action`, in the caller's transaction.
  Action Change(const Caller& caller, const std::string& ods, Action action, ActionInput input);

  db::Database& db_;
  Repository repository_;
  const Clock& clock_;
  orgs::Organisations& organisations_;
  orgs::Board& board_;
  rounds::Rounds& rounds_;
};

}  // namespace boardlens::actions
