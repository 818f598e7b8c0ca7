#include "boardlens/features/questions/checklist.hpp"

#include <algorithm>
#include <map>

#include "boardlens/base/error.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/db/transaction.hpp"
#include "boardlens/features/questions/checklist_csv.hpp"

namespace boardlens::questions {
namespace {

constexpr const char* kWhat = "the board-questions checklist";

}  // namespace

std::vector<Question> Checklist::Questions(const Caller& caller, const std::string& ods) {
  std::vector<Question> out;
  for (const frameworks::StoredFramework& stored : frameworks_.List(caller, ods)) {
    const frameworks::Framework& fw = stored.framework;
    if (!fw.checklist) continue;
    for (const frameworks::FrameworkItem& item : fw.items) {
      out.push_back({fw.ref, fw.title, item.ref, item.title, item.question, std::nullopt});
    }
  }
  return out;
}

Question& Checklist::Find(std::vector<Question>& questions, const std::string& framework_ref,
                          const std::string& item_ref) {
  const auto it = std::find_if(questions.begin(), questions.end(), [&](const Question& q) {
    return q.framework_ref == framework_ref && q.item_ref == item_ref;
  });
  if (it == questions.end()) {
    throw NotFound("there is no question " + item_ref + " in the checklist framework " +
                   framework_ref);
  }
  return *it;
}

std::vector<Question> Checklist::List(const Caller& caller, const std::string& ods) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kViewer);
  std::vector<Question> questions = Questions(caller, ods);
  std::map<std::pair<std::string, std::string>, Question*> index;
  for (Question& q : questions) index[{q.framework_ref, q.item_ref}] = &q;
  // Records of a question no longer in a checklist framework stay stored but are not shown.
  for (auto& [key, record] : repository_.Current(access.org.id)) {
    const auto it = index.find({key.framework_ref, key.item_ref});
    if (it != index.end()) it->second->record = std::move(record);
  }
  return questions;
}

Question Checklist::Get(const Caller& caller, const std::string& ods,
                        const std::string& framework_ref, const std::string& item_ref) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kViewer);
  std::vector<Question> questions = Questions(caller, ods);
  Question question = Find(questions, framework_ref, item_ref);
  auto history = repository_.History({access.org.id, framework_ref, item_ref});
  if (!history.empty()) question.record = std::move(history.front());
  return question;
}

std::vector<Record> Checklist::History(const Caller& caller, const std::string& ods,
                                       const std::string& framework_ref,
                                       const std::string& item_ref) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kViewer);
  std::vector<Question> questions = Questions(caller, ods);
  Find(questions, framework_ref, item_ref);
  return repository_.History({access.org.id, framework_ref, item_ref});
}

Record Checklist::NewRecord(const Caller& caller, AnswerInput what) {
  Record record;
  record.what = std::move(what);
  if (caller.account_id != 0) record.changed_by = caller.account_id;
  record.changed_by_name = caller.DisplayName();
  record.changed_at = clock_.Now();
  return record;
}

Question Checklist::Update(const Caller& caller, const std::string& ods,
                           const std::string& framework_ref, const std::string& item_ref,
                           AnswerInput input) {
  const orgs::OrgAccess access = board_.RequireKeeper(caller, ods, kWhat);
  std::vector<Question> questions = Questions(caller, ods);
  Question question = Find(questions, framework_ref, item_ref);
  CheckAnswer(input);
  Record record = NewRecord(caller, std::move(input));
  if (const auto owner = record.what.owner_member_id) {
    record.owner_name = board_.RequireMember(caller, ods, *owner).name;
  }
  record.id = db::Transaction(db_, [&] {
    return repository_.Insert({access.org.id, framework_ref, item_ref}, record);
  });
  question.record = std::move(record);
  return question;
}

std::size_t Checklist::Import(const Caller& caller, const std::string& ods, std::string_view csv,
                              std::string_view file_name) {
  const orgs::OrgAccess access = board_.RequireKeeper(caller, ods, kWhat);
  OwnersByName owners;
  for (const orgs::Member& m : board_.ListMembers(caller, ods)) {
    owners[AsciiLower(m.name)] = {m.id, m.name};
  }
  std::set<std::pair<std::string, std::string>> known;
  for (const Question& q : Questions(caller, ods)) known.insert({q.framework_ref, q.item_ref});
  const std::vector<AnswerRow> rows = ParseAnswersCsv(csv, file_name, owners, known);
  db::Transaction(db_, [&] {
    for (const AnswerRow& row : rows) {
      Record record = NewRecord(caller, row.what);
      record.owner_name = row.owner_name;
      repository_.Insert({access.org.id, row.framework_ref, row.item_ref}, record);
    }
  });
  return rows.size();
}

}  // namespace boardlens::questions
