#pragma once
/// The checklist's records, for SQLite and PostgreSQL alike. A change is a new row; nothing is
/// updated in place, so the history is the rows themselves.

#include <optional>
#include <string>
#include <vector>

#include "boardlens/db/database.hpp"
#include "boardlens/features/questions/question.hpp"

namespace boardlens::questions {

/// Where a record belongs: the organisation, the framework's ref and the item's ref.
struct QuestionKey {
  Id org_id = 0;
  std::string framework_ref;
  std::string item_ref;
};

class Repository {
 public:
  explicit Repository(db::Database& db) : db_(db) {}

  /// Stores `record` (its `what`, who and when) as the question's newest state, with its
  /// evidence; returns its id.
  Id Insert(const QuestionKey& key, const Record& record);
  /// The newest record of each question of the organisation, by framework and item ref.
  std::vector<std::pair<QuestionKey, Record>> Current(Id org_id);
  /// Every record of one question, newest first.
  std::vector<Record> History(const QuestionKey& key);

 private:
  void ReadEvidence(Record& record);

  db::Database& db_;
};

}  // namespace boardlens::questions
