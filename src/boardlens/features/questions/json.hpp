#pragma once
/// The API's JSON for the board-questions checklist, both ways.

#include <string>
#include <vector>

#include "boardlens/features/questions/question.hpp"
#include "boardlens/http/json_body.hpp"

namespace boardlens::questions {

/// A question with its current record; `today` decides whether it is overdue.
http::Json ToJson(const Question& question, const std::string& today);
/// One state of a record, as the history lists it.
http::Json ToJson(const Record& record);
/// `{"answer", "status", "owner", "next_review_on", "evidence": [{"title", "url"}]}`; every
/// field's problem is reported at once. The body is the whole new state of the record.
AnswerInput AnswerFromJson(const http::Json& body);

}  // namespace boardlens::questions
