// The steps that end or reshape a round, each a page of its own that asks before it acts:
// changing the date to answer by, closing, withdrawing and deleting.

#include "boardlens/base/error.hpp"
#include "boardlens/features/rounds/feature.hpp"
#include "boardlens/features/rounds/page_parts.hpp"
#include "boardlens/features/rounds/rounds.hpp"

namespace boardlens::rounds {
namespace {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer
using http::Needs;

/// A question page: the heading, what will happen, and a form that does it or a way back.
http::Response AskFirst(Visit& v, const RoundView& view, const std::string& heading,
                        const Html& body, const Html& form, const FieldErrors& errors) {
  Page page;
  page.title = heading;
  page.has_errors = !errors.empty();
  page.before_content = BackLink(RoundPath(v, view.round.id), "Back to the round");
  page.content = Render(
      "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">{}"
      "<span class=\"nhsuk-caption-l\">{}</span><h1>{}</h1>{}{}"
      "<p><a href=\"{}\">No, go back to the round</a></p></div></div>",
      ErrorSummary(errors), view.round.title, heading, body, form, RoundPath(v, view.round.id));
  return v.Show(page, "rounds", errors.empty() ? 200 : 400);
}

Html PostForm(Visit& v, Id round, std::string_view step, const Html& fields, const Html& button) {
  return Render("<form action=\"{}\" method=\"post\" novalidate>{}{}{}</form>",
                RoundPath(v, round, step), CsrfField(v.caller.csrf_token), fields, button);
}

/// Members who have not answered every question, by name, with how far each has got.
Html Unfinished(const std::vector<CompletionRow>& rows) {
  Html items;
  for (const auto& row : rows) {
    if (row.complete()) continue;
    items += Render("<li>{} ({})</li>", row.member.name,
                    row.answered == 0 ? std::string("not started")
                                      : Render("{} of {} answered", row.answered, row.items).str());
  }
  return items.empty() ? Html("<p>Every board member has answered every question.</p>")
                       : Render(
                             "<p>These members have not answered every question:</p>"
                             "<ul class=\"nhsuk-list nhsuk-list--bullet\">{}</ul>",
                             items);
}

http::Response CloseQuestion(Visit& v, Id id, const DateParts& closed_on,
                             const FieldErrors& errors) {
  auto& rounds = v.Use<Rounds>();
  const RoundView view = rounds.GetRound(v.caller, v.ods(), id);
  RequireStatus(view.round, RoundStatus::kOpen, "only an open round can be closed");
  const auto rows = rounds.Completion(v.caller, v.ods(), id);
  const bool anyone =
      std::any_of(rows.begin(), rows.end(), [](const CompletionRow& r) { return r.answered > 0; });
  if (!anyone && !view.round.imported) {
    return AskFirst(
        v, view, "Nobody has answered this round",
        Html("<p>A round closes to publish the board's results, and this one has none. If it "
             "is not going ahead, withdraw it.</p>"),
        Render("<a class=\"nhsuk-button nhsuk-button--secondary\" href=\"{}\">Withdraw the "
               "round</a>",
               RoundPath(v, id, "/withdraw")),
        errors);
  }
  const std::string today = IsoDate(v.Use<Clock>().Now());
  Html warnings;
  for (const std::string& w : rounds.ClosingWarnings(v.caller, v.ods(), id)) {
    warnings += Render("<p>{}</p>", w);
  }
  if (!warnings.empty()) warnings = WarningCallout("Check who has answered", warnings);
  const Html body = Render(
      "<p>{} of {} board members have answered every question.</p>{}{}"
      "<div class=\"nhsuk-warning-callout\"><h3 class=\"nhsuk-warning-callout__label\">"
      "<span role=\"text\"><span class=\"nhsuk-u-visually-hidden\">Important: </span>Closing "
      "cannot be undone</span></h3><p>Every answer is frozen and the results are published "
      "to the board. Members who have not answered can no longer do so.</p></div>",
      CountComplete(rows), rows.size(), Unfinished(rows), warnings);
  const std::string hint =
      "Leave this empty to close it today, " + DateText(today) +
      ". A board can record an "
      "earlier date, such as the day it agreed to close, but not one before the round opened" +
      (view.round.opened_on.empty() ? std::string() : " on " + DateText(view.round.opened_on)) +
      ".";
  return AskFirst(v, view, "Are you sure you want to close this round?", body,
                  PostForm(v, id, "/close",
                           DateInput({"closed_on",
                                      "Date the round closed (optional)",
                                      {},
                                      hint,
                                      std::string(errors.For("closed_on"))},
                                     closed_on),
                           Button("Yes, close the round", "warning")),
                  errors);
}

http::Response DeadlineForm(Visit& v, Id id, const DateParts& typed, const FieldErrors& errors) {
  const RoundView view = v.Use<Rounds>().GetRound(v.caller, v.ods(), id);
  Page page;
  page.title = "Change the date to answer by";
  page.has_errors = !errors.empty();
  page.before_content = BackLink(RoundPath(v, id), "Back to the round");
  page.content = Render(
      "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">{}"
      "<span class=\"nhsuk-caption-l\">{}</span><h1>Change the date to answer by</h1>"
      "<p>Members see this date on their home page and with the questions. Leave it empty "
      "to ask for answers without a date. The round stays open until you close it.</p>{}"
      "</div></div>",
      ErrorSummary(errors), view.round.title,
      PostForm(v, id, "/deadline",
               DateInput({"closes_by",
                          "Date to answer by",
                          {},
                          "For example, 11 12 2026",
                          std::string(errors.For("closes_by"))},
                         typed),
               Button("Save the date")));
  return v.Show(page, "rounds", errors.empty() ? 200 : 400);
}

}  // namespace

void AddLifecyclePages(http::Router& routes) {
  const Needs secretary = Needs::InOrg(Role::kSecretary);

  AddPage(routes, "GET", "/orgs/{ods}/rounds/{round}/deadline", secretary, [](Visit& v) {
    const Id id = v.call.Id("round");
    const auto view = v.Use<Rounds>().GetRound(v.caller, v.ods(), id);
    return DeadlineForm(v, id, DateParts::Of(view.round.closes_by), {});
  });
  AddPage(routes, "POST", "/orgs/{ods}/rounds/{round}/deadline", secretary, [](Visit& v) {
    const Id id = v.call.Id("round");
    const DateParts typed = DateParts::Read(v.form, "closes_by");
    FieldErrors errors;
    const auto closes_by = OptionalDate(typed, "the date to answer by", "closes_by", errors);
    if (errors.empty()) {
      CollectFieldError(errors, {"closes_by"},
                        [&] { v.Use<Rounds>().SetDeadline(v.caller, v.ods(), id, closes_by); });
    }
    if (!errors.empty()) return DeadlineForm(v, id, typed, errors);
    return Redirect(RoundPath(v, id, "?done=deadline"));
  });

  AddPage(routes, "GET", "/orgs/{ods}/rounds/{round}/close", secretary,
          [](Visit& v) { return CloseQuestion(v, v.call.Id("round"), {}, {}); });
  AddPage(routes, "POST", "/orgs/{ods}/rounds/{round}/close", secretary, [](Visit& v) {
    const Id id = v.call.Id("round");
    const DateParts typed = DateParts::Read(v.form, "closed_on");
    FieldErrors errors;
    const auto closed_on = OptionalDate(typed, "the date the round closed", "closed_on", errors);
    // Said here as people write dates; the use case refuses it too, for the API.
    const auto round = v.Use<Rounds>().GetRound(v.caller, v.ods(), id).round;
    if (errors.empty() && !closed_on.empty() && closed_on < round.opened_on) {
      errors.Add("closed_on", "The date the round closed must be on or after the day it opened, " +
                                  DateText(round.opened_on));
    }
    if (errors.empty()) {
      CollectFieldError(errors, {"closed_on"},
                        [&] { v.Use<Rounds>().CloseRound(v.caller, v.ods(), id, closed_on); });
    }
    if (!errors.empty()) return CloseQuestion(v, id, typed, errors);
    return Redirect(RoundPath(v, id, "/results"));
  });

  AddPage(routes, "GET", "/orgs/{ods}/rounds/{round}/withdraw", secretary, [](Visit& v) {
    const Id id = v.call.Id("round");
    auto& rounds = v.Use<Rounds>();
    const RoundView view = rounds.GetRound(v.caller, v.ods(), id);
    if (!CanWithdraw(view.round)) {
      RequireStatus(view.round, RoundStatus::kOpen, "only a draft or open round can be withdrawn");
    }
    const auto rows = rounds.Completion(v.caller, v.ods(), id);
    const int started = static_cast<int>(std::count_if(
        rows.begin(), rows.end(), [](const CompletionRow& r) { return r.answered > 0; }));
    return AskFirst(
        v, view, "Are you sure you want to withdraw this round?",
        Render("<p>A withdrawn round never has results, and members can no longer answer it. "
               "{}</p><p>Once it is withdrawn you can delete it.</p>",
               started == 0 ? std::string("Nobody has answered it yet.")
                            : Render("{} {} started answering; what they gave will never be "
                                     "shown.",
                                     started, started == 1 ? "member has" : "members have")
                                  .str()),
        PostForm(v, id, "/withdraw", {}, Button("Yes, withdraw the round", "warning")), {});
  });
  AddPage(routes, "POST", "/orgs/{ods}/rounds/{round}/withdraw", secretary, [](Visit& v) {
    const Id id = v.call.Id("round");
    v.Use<Rounds>().WithdrawRound(v.caller, v.ods(), id);
    return Redirect(RoundPath(v, id));
  });

  AddPage(routes, "GET", "/orgs/{ods}/rounds/{round}/delete", secretary, [](Visit& v) {
    const Id id = v.call.Id("round");
    const RoundView view = v.Use<Rounds>().GetRound(v.caller, v.ods(), id);
    RequireStatus(view.round, RoundStatus::kWithdrawn,
                  "only a withdrawn round can be deleted; withdraw it first");
    return AskFirst(v, view, "Are you sure you want to delete this round?",
                    Html("<p>The round and any answers given to it will be gone for good.</p>"),
                    PostForm(v, id, "/delete", {}, Button("Yes, delete the round", "warning")), {});
  });
  AddPage(routes, "POST", "/orgs/{ods}/rounds/{round}/delete", secretary, [](Visit& v) {
    v.Use<Rounds>().DeleteRound(v.caller, v.ods(), v.call.Id("round"));
    return Redirect(v.OrgPath("/rounds?done=deleted"));
  });
}

}  // namespace boardlens::rounds
