#pragma once
/// Where rounds and their answers are kept. The SQL (repository.cpp) runs unchanged on
/// SQLite and PostgreSQL.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "boardlens/db/database.hpp"
#include "boardlens/features/rounds/round.hpp"

namespace boardlens::rounds {

class Repository {
 public:
  explicit Repository(db::Database& db) : db_(db) {}

  Id InsertRound(const Round& round, std::int64_t now);
  std::optional<Round> FindRound(Id org_id, Id id);
  /// Operator look-up by id alone (CLI); everything else scopes by organisation.
  std::optional<Round> FindRoundAnyOrg(Id id);
  /// Newest first.
  std::vector<Round> ListRounds(Id org_id);
  /// How many members of each side answered round `round_id`.
  Turnout CountTurnout(Id org_id, Id round_id);
  /// Writes the round's status and dates; a withdrawn round keeps the status it had.
  void UpdateRound(const Round& round);
  /// Deletes a round and any answers it has; no other record refers to an unclosed round.
  void DeleteRound(Id org_id, Id round_id);
  /// Within a transaction: locks the round if it is open; false if it is not.
  bool LockOpenRound(Id org_id, Id round_id);

  /// Stores an answer, replacing the respondent's earlier answer to the same item.
  void UpsertAnswer(Id org_id, Id round_id, const Answer& answer, std::int64_t now);
  void InsertAnswer(Id org_id, Id round_id, const Answer& answer, std::int64_t now);
  std::vector<Answer> ListAnswers(Id org_id, Id round_id);
  std::size_t CountAnswers(Id org_id, Id round_id);
  std::vector<Answer> ListAnswersOf(Id org_id, Id round_id, const std::string& respondent);
  /// How many items each board member who has answered the round has answered, by member id.
  std::map<Id, int> CountAnswersByMember(Id org_id, Id round_id);

 private:
  db::Database& db_;
};

}  // namespace boardlens::rounds
