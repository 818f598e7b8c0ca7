#include "boardlens/features/questions/json.hpp"

#include "boardlens/base/clock.hpp"
#include "boardlens/base/error.hpp"

namespace boardlens::questions {

using http::Json;

namespace {

Json OrNull(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }

/// The fields a record shares with the history's entries.
void Fill(Json& out, const Record& r) {
  out["answer"] = r.what.answer;
  out["owner"] = r.what.owner_member_id
                     ? Json{{"id", *r.what.owner_member_id}, {"name", r.owner_name}}
                     : Json(nullptr);
  out["next_review_on"] = OrNull(r.what.next_review_on);
  out["evidence"] = http::JsonList(r.what.evidence, [](const Evidence& e) {
    return Json{{"title", e.title}, {"url", e.url}};
  });
}

}  // namespace

Json ToJson(const Question& q, const std::string& today) {
  Json out = {{"framework", {{"ref", q.framework_ref}, {"title", q.framework_title}}},
              {"ref", q.item_ref},
              {"title", q.title},
              {"question", q.question},
              {"status", ToString(q.status())},
              {"overdue", IsOverdue(q, today)}};
  Fill(out, q.record.value_or(Record{}));
  out["changed_at"] = q.record ? Json(IsoTime(q.record->changed_at)) : Json(nullptr);
  out["changed_by"] = q.record ? Json(q.record->changed_by_name) : Json(nullptr);
  return out;
}

Json ToJson(const Record& r) {
  Json out = {{"changed_at", IsoTime(r.changed_at)},
              {"changed_by", r.changed_by_name},
              {"status", ToString(r.what.status)}};
  Fill(out, r);
  return out;
}

AnswerInput AnswerFromJson(const Json& body) {
  AnswerInput in;
  Problems problems;
  problems.Check([&] { in.answer = http::String(body, "answer", false); });
  problems.Check([&] { in.status = *http::Word(body, "status", ParseStatus, StatusNames()); });
  problems.Check([&] { in.owner_member_id = http::OptionalInteger(body, "owner"); });
  problems.Check([&] { in.next_review_on = http::String(body, "next_review_on", false); });
  const auto evidence = body.find("evidence");
  if (evidence != body.end() && !evidence->is_null()) {
    if (!evidence->is_array()) {
      problems.Add("evidence must be a list of {\"title\", \"url\"}", "evidence");
    } else {
      for (std::size_t i = 0; i < evidence->size(); ++i) {
        const Json& e = evidence->at(i);
        const std::string at = "evidence[" + std::to_string(i) + "]";
        if (!e.is_object()) {
          problems.Add(at + " must be an object of title and url", at);
          continue;
        }
        Evidence link;
        problems.Check([&] { link.title = http::String(e, "title", false); });
        problems.Check([&] { link.url = http::String(e, "url", false); });
        in.evidence.push_back(std::move(link));
      }
    }
  }
  problems.ThrowIfAny([copy = in]() mutable { CheckAnswer(copy); });
  return in;
}

}  // namespace boardlens::questions
