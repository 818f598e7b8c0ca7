#pragma once
/// The board-questions checklist's use cases. Everyone in the organisation reads it; the
/// secretary and the executive directors keep it (orgs::Board::RequireKeeper). Its questions
/// are those of every framework marked `checklist: true` that the organisation can see.

#include <string>
#include <string_view>
#include <vector>

#include "boardlens/base/access.hpp"
#include "boardlens/base/clock.hpp"
#include "boardlens/db/database.hpp"
#include "boardlens/features/frameworks/frameworks.hpp"
#include "boardlens/features/orgs/board.hpp"
#include "boardlens/features/orgs/organisations.hpp"
#include "boardlens/features/questions/question.hpp"
#include "boardlens/features/questions/repository.hpp"

namespace boardlens::questions {

class Checklist {
 public:
  Checklist(db::Database& db, const Clock& clock, orgs::Organisations& organisations,
            orgs::Board& board, frameworks::Frameworks& frameworks)
      : db_(db),
        repository_(db),
        clock_(clock),
        organisations_(organisations),
        board_(board),
        frameworks_(frameworks) {}

  /// Every question, by framework (national first, then by ref) and in each framework's order.
  std::vector<Question> List(const Caller& caller, const std::string& ods);
  Question Get(const Caller& caller, const std::string& ods, const std::string& framework_ref,
               const std::string& item_ref);
  /// Every record of the question, newest first: who changed what, and when.
  std::vector<Record> History(const Caller& caller, const std::string& ods,
                              const std::string& framework_ref, const std::string& item_ref);
  /// Records a new state of the question's answer. The owner must be a board member.
  Question Update(const Caller& caller, const std::string& ods, const std::string& framework_ref,
                  const std::string& item_ref, AnswerInput input);
  /// Answers from CSV (kAnswerColumns); all or nothing, each problem at its line and column.
  /// Returns how many questions were changed.
  std::size_t Import(const Caller& caller, const std::string& ods, std::string_view csv,
                     std::string_view file_name);

  /// Today (UTC), by the clock, for overdue reviews.
  std::string Today() const { return IsoDate(clock_.Now()); }

 private:
  /// The questions without their records; `org_id` from a rights check already made.
  std::vector<Question> Questions(const Caller& caller, const std::string& ods);
  Question& Find(std::vector<Question>& questions, const std::string& framework_ref,
                 const std::string& item_ref);
  /// Fills in the owner's name; refused, naming `field`, when they are not on the board.
  Record NewRecord(const Caller& caller, AnswerInput what);

  db::Database& db_;
  Repository repository_;
  const Clock& clock_;
  orgs::Organisations& organisations_;
  orgs::Board& board_;
  frameworks::Frameworks& frameworks_;
};

}  // namespace boardlens::questions
