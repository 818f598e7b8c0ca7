#include "boardlens/features/actions/page_parts.hpp"

#include <algorithm>
#include <map>

#include "boardlens/base/error.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/features/actions/actions.hpp"
#include "boardlens/features/rounds/page_parts.hpp"

namespace boardlens::actions {

using html::Html;
using html::Render;

namespace {
constexpr std::size_t kHomeActions = 5;
}  // namespace

std::string ActionPath(const html::Visit& visit, Id id, std::string_view rest) {
  return visit.OrgPath("/actions/" + std::to_string(id)) + std::string(rest);
}

std::vector<html::Choice> OwnerChoices(html::Visit& v) {
  std::vector<html::Choice> owners;
  for (const auto& m : v.Use<orgs::Board>().ListMembers(v.caller, v.ods())) {
    owners.push_back({std::to_string(m.id), m.name + ", " + m.job_title, {}, false});
  }
  return owners;
}

Html ShortActionFields(html::Visit& v, const html::FieldErrors& errors) {
  const auto field = [&](const char* name, const char* label, const char* hint = "") {
    return html::Field{name, label, errors.empty() ? std::string() : v.form.Get(name), hint,
                       std::string(errors.For(name))};
  };
  return html::TextInput(field("action_title", "What will be done")) +
         html::Select(field("action_owner", "Owner"), "Choose a board member", OwnerChoices(v)) +
         html::DateInput(
             field("action_due", "Due by", "For example, 31 3 2027"),
             errors.empty() ? html::DateParts{} : html::DateParts::Read(v.form, "action_due"));
}

ActionInput ReadShortAction(html::Visit& v, html::FieldErrors& errors) {
  ActionInput a;
  a.title = v.form.Get("action_title");
  if (Trim(a.title).empty()) errors.Add("action_title", "Enter what will be done");
  a.owner_member_id = v.form.GetId("action_owner");
  if (!a.owner_member_id) errors.Add("action_owner", "Choose the board member who owns the action");
  const html::DateParts due = html::DateParts::Read(v.form, "action_due");
  if (const auto fault = due.Fault("the date the action is due")) {
    html::AddDateFault(errors, "action_due", *fault);
  } else {
    std::string unused;
    a.due_on = due.ToIso("the date the action is due", unused).value_or("");
  }
  return a;
}

void RecordShortAction(html::FieldErrors& errors, const ActionInput& input,
                       const std::string& today, const std::function<void()>& record) {
  try {
    if (errors.empty()) {
      record();
    } else {
      ActionInput checked = input;
      if (!checked.owner_member_id) checked.owner_member_id = 0;  // reported already
      CheckAction(checked, today, true);
    }
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::kInvalid) throw;
    for (const FieldProblem& p : e.AllProblems()) {
      const std::string field = p.where == "due_on"  ? "action_due"
                                : p.where == "title" ? "action_title"
                                                     : "action_owner";
      if (errors.For(field).empty()) errors.Add(field, html::Sentence(p.message));
    }
  }
}

Html StatusTag(const Action& action, const std::string& today) {
  const std::string_view word = StatusWord(action, today);
  if (IsOverdue(action, today)) return html::Tag(word, "red");
  switch (action.what.status) {
    case ActionStatus::kOpen:
      return html::Tag(word, "blue");
    case ActionStatus::kDone:
      return html::Tag(word, "green");
    case ActionStatus::kDropped:
      return html::Tag(word, "grey");
  }
  return {};
}

Html HomePanel(html::Visit& v) {
  auto& actions = v.Use<Actions>();
  const std::string today = actions.Today();
  auto all = actions.List(v.caller, v.ods());
  std::erase_if(all, [](const Action& a) { return a.what.status != ActionStatus::kOpen; });
  if (all.empty()) {
    return Render(
        "<h2>Actions</h2><p>There are no open actions. <a href=\"{}\">See the action log</a></p>",
        v.OrgPath("/actions"));
  }
  const auto overdue =
      std::count_if(all.begin(), all.end(), [&](const Action& a) { return IsOverdue(a, today); });
  Html items;
  for (std::size_t i = 0; i < std::min(all.size(), kHomeActions); ++i) {
    const Action& a = all[i];
    items += Render("<li><a href=\"{}\">{}</a>: {}, due {} {}</li>", ActionPath(v, a.id),
                    a.what.title, a.owner_name, html::DateText(a.what.due_on), StatusTag(a, today));
  }
  return Render(
      "<h2>Actions</h2><p>{} open, {} overdue.{}</p><ul class=\"nhsuk-list\">{}</ul>"
      "<p><a href=\"{}\">See the action log</a></p>",
      all.size(), overdue,
      all.size() > kHomeActions ? Render(" The {} due soonest:", kHomeActions).str()
                                : std::string(),
      items, v.OrgPath("/actions"));
}

Html ResultsPanel(html::Visit& v, const rounds::RoundView& view) {
  const rounds::Round& round = view.round;
  auto& actions = v.Use<Actions>();
  const std::string today = actions.Today();
  std::map<std::string, std::vector<Action>> by_item;
  for (auto& a : actions.AgreedBefore(v.caller, v.ods(), round)) {
    by_item[a.source.ref].push_back(std::move(a));
  }
  // Actions raised on this round's own results, so the secretary sees what is recorded.
  for (auto& a : actions.FromRounds(v.caller, v.ods(), {round.id})) {
    by_item[a.source.ref].push_back(std::move(a));
  }
  const bool secretary = v.org().role >= Role::kSecretary;
  html::Table table;
  table.caption = "Actions on each item";
  table.headings = {"Item", "What we said we would do"};
  if (secretary) table.headings.emplace_back("Agree an action");
  for (const auto& item : view.framework.framework.items) {
    Html said;
    for (const Action& a : by_item[item.ref]) {
      said += Render("<p class=\"nhsuk-body-s\"><a href=\"{}\">{}</a> ({}, due {}) {}</p>",
                     ActionPath(v, a.id), a.what.title, a.owner_name, html::DateText(a.what.due_on),
                     StatusTag(a, today));
    }
    std::vector<Html> row{html::Escape(item.title), said.empty() ? Html("None recorded") : said};
    if (secretary) {
      row.push_back(
          Render("<a href=\"{}\">Record an action<span class=\"nhsuk-u-visually-hidden\"> on "
                 "{}</span></a>",
                 v.OrgPath("/actions/new?round=" + std::to_string(round.id) +
                           "&item=" + http::UrlEncode(item.ref)),
                 item.title));
    }
    table.rows.push_back(std::move(row));
  }
  return Render(
      "<h2 id=\"actions\">Actions</h2>{}<p>What the board agreed to do after its earlier rounds "
      "of this framework, and since this one, item by item. Members see it beside each item "
      "when they answer the next round.</p>{}",
      v.request.Query("done") == "action" ? html::SuccessBanner("Action recorded") : Html(),
      html::DataTable(table));
}

}  // namespace boardlens::actions
