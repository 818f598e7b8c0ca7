// The checklist as the board sees it: grouped by framework with counts and filters, the CSV
// download, the printable copy a board secretary takes to a meeting, and the import of answers.

#include "boardlens/base/error.hpp"
#include "boardlens/base/names.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/features/orgs/board.hpp"
#include "boardlens/features/questions/checklist.hpp"
#include "boardlens/features/questions/checklist_csv.hpp"
#include "boardlens/features/questions/feature.hpp"
#include "boardlens/features/questions/page_parts.hpp"
#include "boardlens/html/csv_import.hpp"

namespace boardlens::questions {
namespace {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer
using http::Needs;

/// The filter of the query string; a value no form offers is ignored rather than refused.
Filter ReadFilter(const http::Request& request) {
  try {
    return ParseFilter(request.Query("status"), request.Query("owner"), request.Query("overdue"));
  } catch (const Error&) {
    return {};
  }
}

Html FilterForm(Visit& v, const Filter& filter) {
  return Render(
      "<form class=\"bl-filter\" method=\"get\" action=\"{}\">{}{}"
      "<div class=\"nhsuk-checkboxes nhsuk-checkboxes--small nhsuk-form-group\">"
      "<div class=\"nhsuk-checkboxes__item\"><input class=\"nhsuk-checkboxes__input\" "
      "id=\"overdue\" name=\"overdue\" type=\"checkbox\" value=\"yes\"{}>"
      "<label class=\"nhsuk-label nhsuk-checkboxes__label\" for=\"overdue\">Only reviews that "
      "are overdue</label></div></div>{}</form>",
      v.OrgPath("/questions"),
      Select(Field{"status",
                   "Status",
                   filter.status ? std::string(ToString(*filter.status)) : "",
                   {},
                   {}},
             "Every status", StatusChoices()),
      Select(Field{"owner",
                   "Owner",
                   filter.owner_member_id ? std::to_string(*filter.owner_member_id) : "",
                   {},
                   {}},
             "Every owner", OwnerChoices(v)),
      filter.overdue_only ? Html(" checked") : Html(), Button("Show questions", "secondary"));
}

Html CountsTable(const Counts& counts) {
  Table table{"The checklist at a glance", {"Status", "Questions"}, {}, true};
  table.rows = {{StatusTag(Status::kNotStarted), Escape(std::to_string(counts.not_started))},
                {StatusTag(Status::kPartlyAssured), Escape(std::to_string(counts.partly_assured))},
                {StatusTag(Status::kAssured), Escape(std::to_string(counts.assured))},
                {Escape("Review overdue"), Escape(std::to_string(counts.overdue))}};
  return DataTable(table);
}

std::string OwnerText(const Question& q) {
  return q.record && !q.record->owner_name.empty() ? q.record->owner_name : "No owner yet";
}

std::string ReviewText(const Question& q) {
  return q.record && !q.record->what.next_review_on.empty()
             ? DateText(q.record->what.next_review_on)
             : "Not set";
}

/// One table a framework, of the questions that pass the filter.
Html Tables(Visit& v, const std::vector<Question>& questions, const Filter& filter,
            const std::string& today) {
  Html out;
  std::size_t shown = 0;
  for (std::size_t start = 0; start < questions.size();) {
    std::size_t end = start;
    while (end < questions.size() &&
           questions[end].framework_ref == questions[start].framework_ref) {
      ++end;
    }
    Table table;
    table.headings = {"Question", "Status", "Owner", "Next review"};
    for (std::size_t i = start; i < end; ++i) {
      const Question& q = questions[i];
      if (!Matches(q, filter, today)) continue;
      Html review = Escape(ReviewText(q));
      if (IsOverdue(q, today)) review += Html(" ") + OverdueTag(q, today);
      table.rows.push_back({Render("<a href=\"{}\">{}</a>", QuestionPath(v, q), q.title),
                            StatusTag(q.status()), Escape(OwnerText(q)), review});
    }
    table.caption = questions[start].framework_title + ": " + std::to_string(table.rows.size()) +
                    " of " + std::to_string(end - start) + " questions";
    shown += table.rows.size();
    if (!table.rows.empty()) out += DataTable(table);
    start = end;
  }
  if (shown == 0) return Html("<p>No question matches. Choose other filters.</p>");
  return out;
}

http::Response ChecklistPage(Visit& v) {
  auto& checklist = v.Use<Checklist>();
  const std::string today = checklist.Today();
  const Filter filter = ReadFilter(v.request);
  const std::vector<Question> questions = checklist.List(v.caller, v.ods());
  Page page;
  page.title = "Board questions";
  if (v.request.Query("done") == "imported") page.content += SuccessBanner("Answers imported");
  page.content += Html(
      "<h1>Board questions</h1><p>The questions a board should be able to answer about its "
      "digital leadership, kept as a living record: the board's current answer, the evidence "
      "behind it, how far the board is assured, who owns it and when it is next reviewed.</p>");
  if (questions.empty()) {
    page.content += Html(
        "<p>No checklist framework is loaded. The board-questions framework is shipped with "
        "boardlens; an organisation's own framework marked <code>checklist: true</code> joins "
        "the checklist too.</p>");
    return v.Show(page, "questions");
  }
  page.content += CountsTable(CountOf(questions, today));
  page.content += FilterForm(v, filter);
  page.content += Tables(v, questions, filter, today);
  page.content += CsvLink(v.OrgPath("/questions.csv"));
  page.content += Render(
      "<p><a href=\"{}\">Printable checklist for a board meeting</a>: every question with its "
      "answer and evidence, without the site's navigation.</p>",
      v.OrgPath("/questions/print"));
  if (v.Use<orgs::Board>().IsKeeper(v.caller, v.ods())) {
    page.content +=
        Render("<a class=\"nhsuk-button nhsuk-button--secondary\" href=\"{}\">Import answers</a>",
               v.OrgPath("/questions/import"));
  }
  return v.Show(page, "questions");
}

Html EvidenceList(const std::vector<Evidence>& evidence, bool show_address) {
  if (evidence.empty()) return Escape("None recorded");
  Html items;
  for (const Evidence& e : evidence) {
    items += show_address ? Render(
                                "<li><a href=\"{}\">{}</a> <span class=\"bl-print-url\">({})"
                                "</span></li>",
                                e.url, e.title, e.url)
                          : Render("<li><a href=\"{}\">{}</a></li>", e.url, e.title);
  }
  return Render("<ul class=\"nhsuk-list nhsuk-list--bullet\">{}</ul>", items);
}

/// The whole checklist for paper: no navigation, each answer in full, and the date printed.
http::Response PrintPage(Visit& v) {
  auto& checklist = v.Use<Checklist>();
  const std::string today = checklist.Today();
  const std::vector<Question> questions = checklist.List(v.caller, v.ods());
  Page page;
  page.title = "Board questions: " + v.org().name;
  page.before_content = BackLink(v.OrgPath("/questions"), "Back to board questions");
  page.content = Render(
      "<div class=\"bl-print-sheet\"><h1>Board questions</h1><p class=\"nhsuk-lede-text\">{}"
      "</p><p>Printed on {}. The checklist as recorded in boardlens on that day.</p>",
      v.org().name, DateText(today));
  if (questions.empty()) page.content += Html("<p>No checklist framework is loaded.</p>");
  if (!questions.empty()) page.content += CountsTable(CountOf(questions, today));
  std::string framework;
  for (const Question& q : questions) {
    if (q.framework_ref != framework) {
      framework = q.framework_ref;
      page.content += Render("<h2>{}</h2>", q.framework_title);
    }
    Html status = StatusTag(q.status());
    if (IsOverdue(q, today)) status += Html(" ") + OverdueTag(q, today);
    const Record none;
    const Record& r = q.record ? *q.record : none;
    page.content += Render(
        "<section class=\"bl-print-question\"><h3>{}</h3><p>{}</p>{}</section>", q.title,
        q.question,
        SummaryList({{"Status", status, {}},
                     {"The board's answer",
                      r.what.answer.empty()
                          ? Escape("Not answered yet")
                          : Render("<span class=\"bl-preserve-lines\">{}</span>", r.what.answer),
                      {}},
                     {"Evidence", EvidenceList(r.what.evidence, true), {}},
                     {"Owner", Escape(OwnerText(q)), {}},
                     {"Next review", Escape(ReviewText(q)), {}}}));
  }
  page.content += Html("</div>");
  Chrome chrome = v.ChromeFor("questions");
  chrome.nav = nullptr;  // a sheet of paper has no menu
  return RenderPage(page, chrome);
}

}  // namespace

void AddChecklistPages(http::Router& routes) {
  const Needs viewer = Needs::InOrg(Role::kViewer);
  const Needs keeper = Needs::Keeper();
  AddPage(routes, "GET", "/orgs/{ods}/questions", viewer, ChecklistPage);
  AddDownload(routes, "/orgs/{ods}/questions", viewer, [](Visit& v) {
    auto& checklist = v.Use<Checklist>();
    return Download{v.ods() + "-board-questions",
                    AnswerTable(checklist.List(v.caller, v.ods()), checklist.Today())};
  });
  AddPage(routes, "GET", "/orgs/{ods}/questions/print", viewer, PrintPage);
  AddCsvImport(
      routes, "/orgs/{ods}/questions/import", keeper,
      {.title = "Import answers",
       .section = "questions",
       .back_path = "/questions",
       .back_label = "Back to board questions",
       .what = "the answers",
       .columns = {kAnswerColumns.begin(), kAnswerColumns.end()},
       .rules = Render(
           "Each line records a new answer to the question named by its framework and question "
           "refs. The status is {}; the owner is a board member's name; the date is written "
           "YYYY-MM-DD; each line of the evidence is a title then its address. The title and "
           "overdue columns are ignored.",
           NamesList(StatusNames())),
       .download_path = "/questions.csv",
       .download_label = "Download the checklist as it is",
       .save = [](Visit& v, const std::string& csv) {
         v.Use<Checklist>().Import(v.caller, v.ods(), csv, "line");
         return std::string("/questions?done=imported");
       }});
}

}  // namespace boardlens::questions
