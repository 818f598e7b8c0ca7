// The action log, and the secretary's forms to record an action and follow it to done.

#include <map>

#include "boardlens/base/error.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/base/utf8.hpp"
#include "boardlens/features/actions/actions.hpp"
#include "boardlens/features/actions/feature.hpp"
#include "boardlens/features/actions/page_parts.hpp"
#include "boardlens/features/actions/raised_on.hpp"
#include "boardlens/features/rounds/page_parts.hpp"

namespace boardlens::actions {
namespace {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer
using http::Needs;

/// The results of the round an action was raised from.
std::string ResultsPath(const Visit& v, const Source& source) {
  return v.OrgPath("/rounds/" + std::to_string(source.id.value_or(0)) + "/results");
}

/// `record` as a link to its page, or as text where it has none.
Html LinkTo(const RecordName& record) {
  return record.path.empty() ? Escape(record.name)
                             : Render("<a href=\"{}\">{}</a>", record.path, record.name);
}

/// Where actions came from, in words and as a link, reading each round and the risks once.
class SourceNames {
 public:
  explicit SourceNames(Visit& v) : v_(v) {}
  /// "Users, in Spring 2026 board self-assessment", "Risk register: Cyber attack…", with the page
  /// it links to; an empty name for an action of no source.
  RecordName Of(const Source& source) {
    if (source.kind == SourceKind::kAssuranceGap) {
      return {"Assurance gap " + source.ref, v_.OrgPath("/assurance")};
    }
    if (!source.id) return {};
    if (source.kind == SourceKind::kRisk) {
      if (!risks_) risks_ = v_.Use<RaisedOn>().Names(v_.caller, v_.ods(), SourceKind::kRisk);
      const auto risk = risks_->find(*source.id);
      if (risk == risks_->end()) return {};
      return {"Risk register: " + risk->second.name, risk->second.path};
    }
    if (source.kind != SourceKind::kAssessment) return {};
    auto it = rounds_.find(*source.id);
    if (it == rounds_.end()) {
      it = rounds_
               .emplace(*source.id,
                        v_.Use<rounds::Rounds>().GetRound(v_.caller, v_.ods(), *source.id))
               .first;
    }
    const auto& framework = it->second.framework.framework;
    const auto index = framework.ItemIndex(source.ref);
    return {(index ? framework.items[*index].title : source.ref) + ", in " + it->second.round.title,
            ResultsPath(v_, source)};
  }

 private:
  Visit& v_;
  std::map<Id, rounds::RoundView> rounds_;
  std::optional<std::map<Id, RecordName>> risks_;
};

http::Response ActionForm(Visit& v, const std::optional<Id>& id, const ActionInput& in,
                          const Source& source, const DateParts& due, const FieldErrors& errors) {
  const std::vector<Choice> owners = OwnerChoices(v);
  const std::string about = SourceNames(v).Of(source).name;
  const auto field = [&](const char* name, const char* label, std::string value,
                         std::string hint = {}) {
    return Field{name, label, std::move(value), std::move(hint), std::string(errors.For(name))};
  };
  Page page;
  page.title = id ? "Update the action" : "Record an action";
  page.has_errors = !errors.empty();
  const bool from_results = !id && source.kind == SourceKind::kAssessment;
  page.before_content = BackLink(id             ? ActionPath(v, *id)
                                 : from_results ? ResultsPath(v, source)
                                                : v.OrgPath("/actions"),
                                 id             ? "Back to the action"
                                 : from_results ? "Back to the results"
                                                : "Back to actions");
  Html fields = TextInput(field("title", "What has the board agreed to do?", in.title,
                                "One sentence, for example: Bring a digital inclusion plan to "
                                "the March board"));
  fields +=
      CharacterCount(field("detail", "More detail (optional)", in.detail), kMaxProgressLength, 3);
  fields += Select(
      field("owner", "Who owns it?", in.owner_member_id ? std::to_string(*in.owner_member_id) : ""),
      "Choose a board member", owners);
  fields += DateInput(field("due_on", "When is it due?", {}, "For example, 31 3 2027"), due);
  if (id) {
    fields += Radios(field("status", "Where is it now?", std::string(ToString(in.status))),
                     {{"open", "Open", "Still to do", false},
                      {"done", "Done", "The board agreed it is complete", false},
                      {"dropped", "Dropped", "The board decided not to go on with it", false}});
    fields += CharacterCount(field("progress", "Progress (optional)", in.progress,
                                   "What has happened since it was agreed"),
                             kMaxProgressLength, 4);
  }
  if (source.kind == SourceKind::kAssessment) {
    fields += Render(
        "<input type=\"hidden\" name=\"round\" value=\"{}\">"
        "<input type=\"hidden\" name=\"item\" value=\"{}\">",
        source.id.value_or(0), source.ref);
  }
  page.content = Render(
      "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">{}<h1>{}</h1>{}"
      "<form action=\"{}\" method=\"post\" novalidate>{}{}{}</form></div></div>",
      ErrorSummary(errors), page.title,
      about.empty() ? Html()
                    : Render("<div class=\"nhsuk-inset-text\"><span class=\"nhsuk-u-visually-"
                             "hidden\">Information: </span><p>About: {}</p></div>",
                             about),
      id ? ActionPath(v, *id, "/edit") : v.OrgPath("/actions/new"), CsrfField(v.caller.csrf_token),
      fields, Button(id ? "Save changes" : "Record the action"));
  return v.Show(page, "actions", errors.empty() ? 200 : 400);
}

/// The action as posted, with the design system's message for each missing answer; the rules
/// the use case applies too are checked alongside, so every problem shows at once.
ActionInput FromForm(Visit& v, bool is_new, DateParts& due, FieldErrors& errors) {
  ActionInput in;
  in.title = v.form.Get("title");
  in.detail = v.form.Get("detail");
  in.progress = v.form.Get("progress");
  if (in.title.empty()) errors.Add("title", "Enter what the board has agreed to do");
  if (in.title.size() > kMaxTitleLength) {
    errors.Add("title", TooLongMessage("What the board has agreed to do", kMaxTitleLength));
  }
  if (CountCharacters(in.detail) > kMaxProgressLength) {
    errors.Add("detail", TooLongMessage("More detail", kMaxProgressLength));
  }
  in.owner_member_id = v.form.GetId("owner");
  if (!in.owner_member_id) errors.Add("owner", "Choose the board member who owns the action");
  due = DateParts::Read(v.form, "due_on");
  std::string problem;
  if (auto iso = due.ToIso("the date it is due", problem)) {
    in.due_on = *iso;
  } else {
    errors.Add("due_on", problem);
  }
  if (!is_new) {
    const auto status = ParseActionStatus(v.form.Get("status"));
    if (!status) errors.Add("status", "Choose where the action is now");
    in.status = status.value_or(ActionStatus::kOpen);
    if (CountCharacters(in.progress) > kMaxProgressLength) {
      errors.Add("progress", TooLongMessage("Progress", kMaxProgressLength));
    }
  }
  ActionInput checked = in;
  CollectFieldError(errors, {"title", "detail", "owner", "due_on", "progress"},
                    [&] { CheckAction(checked, v.Use<Actions>().Today(), is_new); });
  return in;
}

Source SourceFrom(const std::string& round, const std::string& item) {
  if (round.empty() || item.empty() || round.size() > 18 ||
      round.find_first_not_of("0123456789") != std::string::npos) {
    return {};
  }
  return Source::Assessment(std::stoll(round), item);
}

http::Response LogPage(Visit& v) {
  auto& actions = v.Use<Actions>();
  const auto all = actions.List(v.caller, v.ods());
  const std::string today = actions.Today();
  SourceNames sources(v);
  Table table;
  table.caption = "Actions the board has agreed, open ones first";
  table.headings = {"Action", "Owner", "Due", "Status", "Raised from"};
  int overdue = 0;
  for (const auto& a : all) {
    overdue += IsOverdue(a, today) ? 1 : 0;
    table.rows.push_back({Render("<a href=\"{}\">{}</a>", ActionPath(v, a.id), a.what.title),
                          Escape(a.owner_name), Escape(DateText(a.what.due_on)),
                          StatusTag(a, today), LinkTo(sources.Of(a.source))});
  }
  Page page;
  page.title = "Actions";
  const std::string done = v.request.Query("done");
  if (done == "recorded") page.content += SuccessBanner("Action recorded");
  page.content += Html("<h1>Actions</h1>");
  if (all.empty()) {
    page.content += Html(
        "<p>The board has not recorded any actions yet. When it agrees what to do about a "
        "finding, record it here or from the item in an assessment's results, with an owner "
        "and a date.</p>");
  } else {
    page.content +=
        Render("<p>{} actions, {} still open, {} overdue.</p>{}{}", all.size(),
               std::count_if(all.begin(), all.end(),
                             [](const Action& a) { return a.what.status == ActionStatus::kOpen; }),
               overdue, DataTable(table), CsvLink(v.OrgPath("/actions.csv")));
  }
  if (v.org().role >= Role::kSecretary) {
    page.content += Render("<a class=\"nhsuk-button\" href=\"{}\">Record an action</a>",
                           v.OrgPath("/actions/new"));
  }
  return v.Show(page, "actions");
}

http::Response ActionPage(Visit& v, Id id) {
  auto& actions = v.Use<Actions>();
  const Action a = actions.Get(v.caller, v.ods(), id);
  const std::string today = actions.Today();
  const RecordName from = SourceNames(v).Of(a.source);
  Page page;
  page.title = a.what.title;
  page.before_content = BackLink(v.OrgPath("/actions"), "Back to actions");
  if (v.request.Query("done") == "saved") page.content += SuccessBanner("Action updated");
  page.content += Render("<h1>{}</h1>", a.what.title);
  std::vector<SummaryRow> rows{{"Status", StatusTag(a, today), {}},
                               {"Owner", Escape(a.owner_name), {}},
                               {"Due", Escape(DateText(a.what.due_on)), {}}};
  if (!a.what.detail.empty()) rows.push_back({"Detail", Escape(a.what.detail), {}});
  if (!a.what.progress.empty()) rows.push_back({"Progress", Escape(a.what.progress), {}});
  if (!from.name.empty()) rows.push_back({"Raised from", LinkTo(from), {}});
  rows.push_back({"Recorded", Escape(DateText(a.created_at)), {}});
  rows.push_back({"Last changed", Escape(DateText(a.updated_at)), {}});
  page.content += SummaryList(rows);
  if (v.org().role >= Role::kSecretary) {
    page.content += Render(
        "<a class=\"nhsuk-button nhsuk-button--secondary\" href=\"{}\">Update the action</a>",
        ActionPath(v, id, "/edit"));
  }
  return v.Show(page, "actions");
}

}  // namespace

void AddPages(http::Router& routes) {
  const Needs viewer = Needs::InOrg(Role::kViewer);
  const Needs secretary = Needs::InOrg(Role::kSecretary);

  AddPage(routes, "GET", "/orgs/{ods}/actions", viewer, LogPage);
  AddDownload(routes, "/orgs/{ods}/actions", viewer, [](Visit& v) {
    auto& actions = v.Use<Actions>();
    const std::string today = actions.Today();
    SourceNames sources(v);
    std::vector<std::vector<std::string>> rows{
        {"id", "title", "owner", "due_on", "status", "overdue", "progress", "raised_from"}};
    for (const auto& a : actions.List(v.caller, v.ods())) {
      rows.push_back({std::to_string(a.id), a.what.title, a.owner_name, a.what.due_on,
                      std::string(ToString(a.what.status)), IsOverdue(a, today) ? "yes" : "no",
                      a.what.progress, sources.Of(a.source).name});
    }
    return Download{v.ods() + "-actions", rows};
  });
  AddPage(routes, "GET", "/orgs/{ods}/actions/new", secretary, [](Visit& v) {
    return ActionForm(v, std::nullopt, {},
                      SourceFrom(v.request.Query("round"), v.request.Query("item")), {}, {});
  });
  AddPage(routes, "POST", "/orgs/{ods}/actions/new", secretary, [](Visit& v) {
    const Source source = SourceFrom(v.form.Get("round"), v.form.Get("item"));
    DateParts due;
    FieldErrors errors;
    const ActionInput in = FromForm(v, true, due, errors);
    if (errors.empty()) {
      CollectFieldError(errors, {"title", "owner", "due_on"},
                        [&] { v.Use<Actions>().Record(v.caller, v.ods(), in, source); });
    }
    if (!errors.empty()) return ActionForm(v, std::nullopt, in, source, due, errors);
    // Recorded from a round's results: back to them, where the secretary was working.
    if (source.kind == SourceKind::kAssessment) {
      return Redirect(ResultsPath(v, source) + "?done=action#actions");
    }
    return Redirect(v.OrgPath("/actions?done=recorded"));
  });
  AddPage(routes, "GET", "/orgs/{ods}/actions/{action}", viewer,
          [](Visit& v) { return ActionPage(v, v.call.Id("action")); });
  AddPage(routes, "GET", "/orgs/{ods}/actions/{action}/edit", secretary, [](Visit& v) {
    const Action a = v.Use<Actions>().Get(v.caller, v.ods(), v.call.Id("action"));
    return ActionForm(v, a.id, a.what, a.source, DateParts::Of(a.what.due_on), {});
  });
  AddPage(routes, "POST", "/orgs/{ods}/actions/{action}/edit", secretary, [](Visit& v) {
    const Id id = v.call.Id("action");
    const Action before = v.Use<Actions>().Get(v.caller, v.ods(), id);
    DateParts due;
    FieldErrors errors;
    const ActionInput in = FromForm(v, false, due, errors);
    if (errors.empty()) {
      CollectFieldError(errors, {"title", "owner", "due_on", "progress"},
                        [&] { v.Use<Actions>().Update(v.caller, v.ods(), id, in); });
    }
    if (!errors.empty()) return ActionForm(v, id, in, before.source, due, errors);
    return Redirect(ActionPath(v, id, "?done=saved"));
  });
}

}  // namespace boardlens::actions
