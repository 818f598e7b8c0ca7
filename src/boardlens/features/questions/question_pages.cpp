// One question of the checklist: its page, which every board member reads with the history of
// its record, and the form on which a keeper records a new answer.

#include <algorithm>
#include <functional>

#include "boardlens/base/clock.hpp"
#include "boardlens/base/error.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/base/utf8.hpp"
#include "boardlens/features/orgs/board.hpp"
#include "boardlens/features/questions/checklist.hpp"
#include "boardlens/features/questions/checklist_csv.hpp"
#include "boardlens/features/questions/feature.hpp"
#include "boardlens/features/questions/page_parts.hpp"

namespace boardlens::questions {
namespace {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer
using http::Needs;

/// Empty evidence rows the form offers beyond those recorded, so a link can be added without
/// scripts.
constexpr std::size_t kSpareEvidenceRows = 2;

std::string FrameworkOf(Visit& v) { return v.params.at("framework"); }
std::string ItemOf(Visit& v) { return v.params.at("question"); }

/// "evidence[2].url", as the use case names a field, is the form's "evidence-2-url".
std::string FormField(std::string where) {
  std::replace(where.begin(), where.end(), '[', '-');
  where.erase(std::remove(where.begin(), where.end(), ']'), where.end());
  std::replace(where.begin(), where.end(), '.', '-');
  return where;
}

Html Multiline(const std::string& text, std::string_view empty) {
  if (text.empty()) return Escape(empty);
  return Render("<span class=\"bl-preserve-lines\">{}</span>", text);
}

Html EvidenceLinks(const std::vector<Evidence>& evidence) {
  if (evidence.empty()) return Escape("None recorded");
  Html items;
  for (const Evidence& e : evidence) {
    items += Render("<li><a href=\"{}\">{}</a></li>", e.url, e.title);
  }
  return Render("<ul class=\"nhsuk-list nhsuk-list--bullet\">{}</ul>", items);
}

Html HistoryTable(const std::vector<Record>& history) {
  if (history.empty()) {
    return Html("<p>Nothing has been recorded yet: the question is not started.</p>");
  }
  Table table{"Every change to the record, newest first",
              {"Changed", "By", "Status", "Owner", "Next review", "Answer"},
              {},
              false,
              true};
  for (const Record& r : history) {
    table.rows.push_back(
        {Escape(DateText(r.changed_at)), Escape(r.changed_by_name), StatusTag(r.what.status),
         Escape(r.owner_name.empty() ? "No owner" : r.owner_name),
         Escape(r.what.next_review_on.empty() ? "Not set" : DateText(r.what.next_review_on)),
         Multiline(r.what.answer, "No answer")});
  }
  return DataTable(table);
}

http::Response QuestionPage(Visit& v) {
  auto& checklist = v.Use<Checklist>();
  const std::string today = checklist.Today();
  const Question q = checklist.Get(v.caller, v.ods(), FrameworkOf(v), ItemOf(v));
  const Record none;
  const Record& r = q.record ? *q.record : none;
  Page page;
  page.title = q.title;
  page.before_content = BackLink(v.OrgPath("/questions"), "Back to board questions");
  if (v.request.Query("done") == "saved") page.content += SuccessBanner("Answer saved");
  page.content += Render(
      "<span class=\"nhsuk-caption-l\">{}</span><h1>{}</h1><p class=\"nhsuk-lede-text\">{}</p>",
      q.framework_title, q.title, q.question);
  Html status = StatusTag(q.status());
  if (IsOverdue(q, today)) status += Html(" ") + OverdueTag(q, today);
  std::vector<SummaryRow> rows{
      {"Status", status, {}},
      {"The board's answer", Multiline(r.what.answer, "Not answered yet"), {}},
      {"Evidence", EvidenceLinks(r.what.evidence), {}},
      {"Owner", Escape(r.owner_name.empty() ? "No owner yet" : r.owner_name), {}},
      {"Next review",
       Escape(r.what.next_review_on.empty() ? "Not set" : DateText(r.what.next_review_on)),
       {}}};
  if (q.record) {
    rows.push_back(
        {"Last changed", Escape(DateText(r.changed_at) + " by " + r.changed_by_name), {}});
  }
  page.content += SummaryList(rows);
  if (v.Use<orgs::Board>().IsKeeper(v.caller, v.ods())) {
    page.content += Render(
        "<a class=\"nhsuk-button nhsuk-button--secondary\" href=\"{}\">Change the answer</a>",
        QuestionPath(v, q, "/edit"));
  }
  page.content += Html("<h2>History</h2>");
  const auto history = checklist.History(v.caller, v.ods(), FrameworkOf(v), ItemOf(v));
  page.content += HistoryTable(history);
  if (!history.empty()) page.content += CsvLink(QuestionPath(v, q, "/history.csv"));
  return v.Show(page, "questions");
}

http::Response AnswerForm(Visit& v, const Question& q, const AnswerInput& in,
                          const DateParts& review, const FieldErrors& errors) {
  const auto field = [&](const std::string& name, std::string label, std::string value,
                         std::string hint = {}) {
    return Field{name, std::move(label), std::move(value), std::move(hint),
                 std::string(errors.For(name))};
  };
  Html fields =
      CharacterCount(field("answer", "The board's answer", in.answer,
                           "What the board would say if asked today, and what it rests on"),
                     kMaxAnswerLength, 6);
  fields +=
      Radios(field("status", "How far is the board assured?", std::string(ToString(in.status))),
             StatusChoices());
  fields += Select(field("owner", "Owner (optional)",
                         in.owner_member_id ? std::to_string(*in.owner_member_id) : "",
                         "The board member who keeps the answer current"),
                   "No owner yet", OwnerChoices(v));
  fields += DateInput(field("next_review_on", "Next review (optional)", {},
                            "When the board will look at this answer again, for example 31 3 2027"),
                      review);
  Html links;
  const std::size_t slots = std::min(in.evidence.size() + kSpareEvidenceRows, kMaxEvidence);
  for (std::size_t i = 0; i < slots; ++i) {
    const Evidence e = i < in.evidence.size() ? in.evidence[i] : Evidence{};
    const std::string at = "evidence-" + std::to_string(i) + "-";
    links +=
        Render("<div class=\"bl-evidence-row\">{}{}</div>",
               TextInput(field(at + "title", "Title of link " + std::to_string(i + 1), e.title)),
               TextInput(field(at + "url", "Address of link " + std::to_string(i + 1), e.url,
                               "Starting https:// or http://"),
                         "url", "off"));
  }
  fields += Render(
      "<fieldset class=\"nhsuk-fieldset\"><legend class=\"nhsuk-fieldset__legend "
      "nhsuk-fieldset__legend--m\">Evidence links (optional)</legend><div class=\"nhsuk-hint\">"
      "Board papers, audit reports or dashboards the answer rests on, up to {}. Leave a row "
      "empty to remove it.</div>{}</fieldset>",
      kMaxEvidence, links);
  Page page;
  page.title = "Change the answer";
  page.has_errors = !errors.empty();
  page.before_content = BackLink(QuestionPath(v, q), "Back to the question");
  page.content = Render(
      "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">{}"
      "<span class=\"nhsuk-caption-l\">{}</span><h1>{}</h1><p>{}</p>"
      "<form action=\"{}\" method=\"post\" novalidate>{}{}{}</form></div></div>",
      ErrorSummary(errors), q.framework_title, q.title, q.question, QuestionPath(v, q, "/edit"),
      CsrfField(v.caller.csrf_token), fields, Button("Save the answer"));
  return v.Show(page, "questions", errors.empty() ? 200 : 400);
}

/// The answer as posted; problems the form can see alone go into `errors`.
AnswerInput FromForm(Visit& v, DateParts& review, FieldErrors& errors) {
  AnswerInput in;
  in.answer = v.form.Get("answer");
  if (CountCharacters(in.answer) > kMaxAnswerLength) {
    errors.Add("answer", TooLongMessage("The board's answer", kMaxAnswerLength));
  }
  const auto status = ParseStatus(v.form.Get("status"));
  if (!status) errors.Add("status", "Choose how far the board is assured");
  in.status = status.value_or(Status::kNotStarted);
  in.owner_member_id = v.form.GetId("owner");
  if (!in.owner_member_id && !v.form.Get("owner").empty()) {
    errors.Add("owner", "Choose a board member as the owner");
  }
  review = DateParts::Read(v.form, "next_review_on");
  if (!review.day.empty() || !review.month.empty() || !review.year.empty()) {
    if (const auto fault = review.Fault("the date of the next review")) {
      AddDateFault(errors, "next_review_on", *fault);
    } else {
      std::string unused;
      in.next_review_on = review.ToIso("the date of the next review", unused).value_or("");
    }
  }
  for (std::size_t i = 0; i < kMaxEvidence; ++i) {
    const std::string at = "evidence-" + std::to_string(i) + "-";
    in.evidence.push_back({v.form.Get(at + "title"), v.form.Get(at + "url")});
  }
  while (!in.evidence.empty() && in.evidence.back() == Evidence{}) in.evidence.pop_back();
  return in;
}

/// Runs `save`; the use case's refusals go against the form's fields.
void CollectAnswerErrors(FieldErrors& errors, const std::function<void()>& save) {
  try {
    save();
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::kInvalid) throw;
    for (const FieldProblem& p : e.AllProblems()) {
      errors.Add(p.where.empty() ? "answer" : FormField(p.where), Sentence(p.message));
    }
  }
}

}  // namespace

void AddQuestionPages(http::Router& routes) {
  const Needs viewer = Needs::InOrg(Role::kViewer);
  const Needs keeper = Needs::Keeper();
  AddPage(routes, "GET", "/orgs/{ods}/questions/{framework}/{question}", viewer, QuestionPage);
  AddDownload(routes, "/orgs/{ods}/questions/{framework}/{question}/history", viewer, [](Visit& v) {
    std::vector<std::vector<std::string>> rows{
        {"changed_at", "changed_by", "status", "owner", "next_review_on", "answer", "evidence"}};
    for (const Record& r :
         v.Use<Checklist>().History(v.caller, v.ods(), FrameworkOf(v), ItemOf(v))) {
      rows.push_back({IsoTime(r.changed_at), r.changed_by_name,
                      std::string(ToString(r.what.status)), r.owner_name, r.what.next_review_on,
                      r.what.answer, EvidenceText(r.what.evidence)});
    }
    return Download{v.ods() + "-" + ItemOf(v) + "-history", rows};
  });
  AddPage(routes, "GET", "/orgs/{ods}/questions/{framework}/{question}/edit", keeper, [](Visit& v) {
    const Question q = v.Use<Checklist>().Get(v.caller, v.ods(), FrameworkOf(v), ItemOf(v));
    const AnswerInput in = q.record ? q.record->what : AnswerInput{};
    return AnswerForm(v, q, in, DateParts::Of(in.next_review_on), {});
  });
  AddPage(
      routes, "POST", "/orgs/{ods}/questions/{framework}/{question}/edit", keeper, [](Visit& v) {
        auto& checklist = v.Use<Checklist>();
        const Question q = checklist.Get(v.caller, v.ods(), FrameworkOf(v), ItemOf(v));
        DateParts review;
        FieldErrors errors;
        AnswerInput in = FromForm(v, review, errors);
        // The use case checks everything again; here it names each field at fault.
        AnswerInput checked = in;
        CollectAnswerErrors(errors, [&] { CheckAnswer(checked); });
        if (errors.empty()) {
          CollectAnswerErrors(
              errors, [&] { checklist.Update(v.caller, v.ods(), FrameworkOf(v), ItemOf(v), in); });
        }
        if (!errors.empty()) return AnswerForm(v, q, in, review, errors);
        return Redirect(QuestionPath(v, q, "?done=saved"));
      });
}

}  // namespace boardlens::questions
