#pragma once
/// The rounds use cases: create, open and close a round, answer it, follow who has answered,
/// import a round held elsewhere. Each checks the caller's role first.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "boardlens/base/access.hpp"
#include "boardlens/base/clock.hpp"
#include "boardlens/db/database.hpp"
#include "boardlens/features/frameworks/frameworks.hpp"
#include "boardlens/features/orgs/board.hpp"
#include "boardlens/features/orgs/organisations.hpp"
#include "boardlens/features/rounds/closing_listener.hpp"
#include "boardlens/features/rounds/reminder.hpp"
#include "boardlens/features/rounds/repository.hpp"
#include "boardlens/features/rounds/round.hpp"
#include "boardlens/mail/mailer.hpp"

namespace boardlens::rounds {

class Rounds {
 public:
  Rounds(db::Database& db, const Clock& clock, orgs::Organisations& organisations,
         orgs::Board& board, frameworks::Frameworks& frameworks, ClosingListener& closing,
         mail::Mailer& mailer)
      : db_(db),
        repository_(db),
        clock_(clock),
        organisations_(organisations),
        board_(board),
        frameworks_(frameworks),
        closing_(closing),
        mailer_(mailer) {}

  RoundView CreateRound(const Caller& caller, const std::string& ods,
                        const std::string& framework_ref, const std::string& title);
  RoundView GetRound(const Caller& caller, const std::string& ods, Id round_id);
  /// Newest first.
  std::vector<Round> ListRounds(const Caller& caller, const std::string& ods);
  /// Opens a draft round today, asking members to answer by `closes_by` (may be empty).
  RoundView OpenRound(const Caller& caller, const std::string& ods, Id round_id,
                      const std::string& closes_by);
  /// Sets or clears (empty) the date members are asked to answer a draft or open round by.
  RoundView SetDeadline(const Caller& caller, const std::string& ods, Id round_id,
                        const std::string& closes_by);
  /// Closes the round on `closed_on` (YYYY-MM-DD; empty: today, UTC) and freezes its answers.
  /// A round nobody answered cannot close: it can only be withdrawn.
  RoundView CloseRound(const Caller& caller, const std::string& ods, Id round_id,
                       const std::string& closed_on);
  /// Stops a draft or open round for good: it never has results.
  RoundView WithdrawRound(const Caller& caller, const std::string& ods, Id round_id);
  /// Deletes a withdrawn round and any answers given to it.
  void DeleteRound(const Caller& caller, const std::string& ods, Id round_id);
  void SubmitAnswers(const Caller& caller, const std::string& ods, Id round_id,
                     const std::vector<AnswerInput>& answers);
  /// The caller's own answers: nobody else's are ever shown one by one.
  std::vector<Answer> MyAnswers(const Caller& caller, const std::string& ods, Id round_id);
  /// For the secretary: how far each board member has got, never what they answered.
  std::vector<CompletionRow> Completion(const Caller& caller, const std::string& ods, Id round_id);
  /// Emails `message` to each member of an open round who has not answered every question,
  /// one message each. A failed address is reported and the others are sent all the same.
  /// Unavailable (503) when this installation sends no mail.
  ReminderReport Remind(const Caller& caller, const std::string& ods, Id round_id,
                        const std::string& message);
  /// A whole closed round from CSV; all of it is stored, or none. Returns its id.
  Id ImportRound(const Caller& caller, const std::string& ods, const std::string& framework_ref,
                 const std::string& title, const std::string& closed_on, std::string_view csv,
                 std::string_view source_name);
  /// The organisation (ODS code) of round `round_id`, for the operator's commands that name a
  /// round by its id alone.
  std::string OrganisationOf(const Caller& caller, Id round_id);

  /// For analytics that show only aggregates: the round, as `access` (already checked) sees it.
  RoundView Load(const orgs::OrgAccess& access, Id round_id);
  /// For analytics that show only aggregates: every answer of a round in `access.org`.
  std::vector<Answer> AllAnswers(const orgs::OrgAccess& access, Id round_id);
  /// The closed round of the same framework before `round` (the latest closed, for a round
  /// still open), with how many of each side answered it; nullopt when there is none.
  std::optional<std::pair<Round, Turnout>> PreviousTurnout(const orgs::OrgAccess& access,
                                                           const Round& round);
  /// What the secretary is warned of before closing round `round_id` (TurnoutWarnings).
  std::vector<std::string> ClosingWarnings(const Caller& caller, const std::string& ods,
                                           Id round_id);

 private:
  RoundView LoadRound(const orgs::Organisation& org, Id round_id);
  /// Completion of `view`, whose organisation `caller` may see as secretary.
  std::vector<CompletionRow> CompletionOf(const Caller& caller, const RoundView& view);
  /// Tomorrow's date in UTC: the latest a round may say it closed.
  std::string LatestClosingDate() const;
  /// Loads the round in a transaction, checks it with `check` and writes what `change` made.
  RoundView Change(const orgs::OrgAccess& access, Id round_id,
                   const std::function<void(RoundView&)>& change);

  db::Database& db_;
  Repository repository_;
  const Clock& clock_;
  orgs::Organisations& organisations_;
  orgs::Board& board_;
  frameworks::Frameworks& frameworks_;
  ClosingListener& closing_;
  mail::Mailer& mailer_;
};

}  // namespace boardlens::rounds
