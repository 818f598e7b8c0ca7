#include "boardlens/features/questions/page_parts.hpp"

#include "boardlens/features/orgs/board.hpp"
#include "boardlens/features/questions/checklist.hpp"

namespace boardlens::questions {

using html::Html;
using html::Render;

Html StatusTag(Status status) {
  switch (status) {
    case Status::kAssured:
      return html::Tag(StatusLabel(status), "green");
    case Status::kPartlyAssured:
      return html::Tag(StatusLabel(status), "yellow");
    case Status::kNotStarted:
      break;
  }
  return html::Tag(StatusLabel(status), "grey");
}

Html OverdueTag(const Question& question, const std::string& today) {
  return IsOverdue(question, today) ? html::Tag("Review overdue", "red") : Html();
}

std::string QuestionPath(const html::Visit& v, const Question& q, std::string_view rest) {
  return v.OrgPath("/questions/" + q.framework_ref + "/" + q.item_ref) + std::string(rest);
}

std::vector<html::Choice> OwnerChoices(html::Visit& v) {
  std::vector<html::Choice> owners;
  for (const auto& m : v.Use<orgs::Board>().ListMembers(v.caller, v.ods())) {
    owners.push_back({std::to_string(m.id), m.name + ", " + m.job_title, {}, false});
  }
  return owners;
}

std::vector<html::Choice> StatusChoices() {
  std::vector<html::Choice> out;
  for (const Status s : {Status::kNotStarted, Status::kPartlyAssured, Status::kAssured}) {
    out.push_back({std::string(ToString(s)), std::string(StatusLabel(s)), {}, false});
  }
  return out;
}

Html HomePanel(html::Visit& v) {
  auto& checklist = v.Use<Checklist>();
  const std::string today = checklist.Today();
  Html items;
  std::size_t overdue = 0;
  for (const Question& q : checklist.List(v.caller, v.ods())) {
    if (!IsOverdue(q, today)) continue;
    ++overdue;
    items += Render("<li><a href=\"{}\">{}</a>: review was due {}, {}</li>", QuestionPath(v, q),
                    q.title, html::DateText(q.record->what.next_review_on),
                    q.record->owner_name.empty() ? std::string("no owner")
                                                 : "owned by " + q.record->owner_name);
  }
  if (overdue == 0) return {};
  return Render(
      "<h2>Board questions due for review</h2><p>{} the board has not reviewed by the date it "
      "set.</p><ul class=\"nhsuk-list\">{}</ul><p><a href=\"{}\">See the board-questions "
      "checklist</a></p>",
      overdue == 1 ? std::string("1 question") : std::to_string(overdue) + " questions", items,
      v.OrgPath("/questions?overdue=yes"));
}

}  // namespace boardlens::questions
