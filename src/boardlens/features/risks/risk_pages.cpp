// Each risk: its page on the Board Assurance Framework, the form that records or changes it,
// and the forms for its actions and reviews.

#include <algorithm>

#include "boardlens/base/error.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/base/utf8.hpp"
#include "boardlens/features/actions/page_parts.hpp"
#include "boardlens/features/orgs/board.hpp"
#include "boardlens/features/portfolio/page_words.hpp"
#include "boardlens/features/risks/feature.hpp"
#include "boardlens/features/risks/page_parts.hpp"
#include "boardlens/features/risks/risk_register.hpp"

namespace boardlens::risks {
namespace {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer
using http::Needs;

/// The text areas of the form, in order: name, label, hint.
struct TextArea {
  const char* name;
  const char* label;
  const char* hint;
  std::string RiskInput::*member;
};
constexpr std::array<TextArea, 8> kTextAreas{{
    {"cause", "Cause", "What could make it happen", &RiskInput::cause},
    {"effect", "Effect", "What would happen to patients, staff or the organisation",
     &RiskInput::effect},
    {"controls", "Controls", "What is in place now to reduce the risk", &RiskInput::controls},
    {"control_gaps", "Gaps in control", "Where controls are missing or not working",
     &RiskInput::control_gaps},
    {"assurance_first", "First line of assurance: management",
     "For example: monthly service reports to the digital board", &RiskInput::assurance_first},
    {"assurance_second", "Second line of assurance: board committee or oversight",
     "For example: quarterly report to the Audit and Risk Committee", &RiskInput::assurance_second},
    {"assurance_third", "Third line of assurance: independent",
     "For example: internal audit, the Data Security and Protection Toolkit audit",
     &RiskInput::assurance_third},
    {"assurance_gaps", "Gaps in assurance", "Where the board cannot yet be sure controls work",
     &RiskInput::assurance_gaps},
}};

http::Response RiskForm(Visit& v, const std::optional<Id>& id, const RiskInput& in,
                        const DateParts& review, const FieldErrors& errors) {
  const auto field = [&](const std::string& name, const std::string& label, std::string value,
                         std::string hint = {}) {
    if (!errors.empty()) value = v.form.Get(name);
    return Field{name, label, std::move(value), std::move(hint), std::string(errors.For(name))};
  };
  Page page;
  page.title = id ? "Change the risk" : "Add a risk";
  page.has_errors = !errors.empty();
  page.before_content = BackLink(id ? RiskPath(v, *id) : v.OrgPath("/risks"),
                                 id ? "Back to the risk" : "Back to the risk register");
  Html fields = TextInput(field("title", "Title of the risk", in.title,
                                "Short and specific, for example: Ransomware attack stops "
                                "clinical systems"));
  fields += TextInput(field("objective", "Strategic objective it threatens", in.objective));
  for (std::size_t i = 0; i < 2; ++i) {
    const TextArea& t = kTextAreas.at(i);
    fields += CharacterCount(field(t.name, t.label, in.*t.member, t.hint), kMaxRiskTextLength, 3);
  }
  fields += Select(field("owner", "Owner on the board",
                         in.owner_member_id ? std::to_string(*in.owner_member_id) : ""),
                   "Choose a board member", actions::OwnerChoices(v));
  fields += TextInput(field("committee", "Lead committee (optional)", in.committee,
                            "For example: Audit and Risk Committee"));
  // A new risk's category is chosen, never assumed: each has its own appetite.
  fields += Select(field("category", "Category", id ? std::string(ToString(in.category)) : ""),
                   "Choose a category", CategoryChoices());
  for (const ScoreKind which : kAllScoreKinds) {
    const Rating& r = ScoreOf(in, which);
    const std::string n(ToString(which));
    const auto level = [](int x) { return x == 0 ? std::string() : std::to_string(x); };
    Html pair = Select(field(n + "_likelihood", "Likelihood", level(r.likelihood)),
                       "Choose how likely", LikelihoodChoices());
    pair += Select(field(n + "_consequence", "Consequence", level(r.consequence)),
                   "Choose how severe", ConsequenceChoices());
    const char* legend =
        which == ScoreKind::kInherent
            ? "Inherent score: before any controls"
            : (which == ScoreKind::kCurrent ? "Current score: with today's controls"
                                            : "Target score: once actions are done");
    fields += Render(
        "<fieldset class=\"nhsuk-fieldset\"><legend class=\"nhsuk-fieldset__legend "
        "nhsuk-fieldset__legend--s\">{}</legend>{}</fieldset>",
        legend, pair);
  }
  for (std::size_t i = 2; i < kTextAreas.size(); ++i) {
    const TextArea& t = kTextAreas.at(i);
    fields +=
        CharacterCount(field(t.name, std::string(t.label) + " (optional)", in.*t.member, t.hint),
                       kMaxRiskTextLength, 3);
  }
  fields += DateInput(field("review_on", "Next review by the board", {}, "For example, 31 3 2027"),
                      review);
  const std::vector<Choice> proposals = ProposalChoices(v, in.blocks_item_id);
  fields += proposals.empty()
                ? Render(
                      "<p>If this is the risk of not acting, first <a href=\"{}\">add the "
                      "proposal to the portfolio</a> as one the board has not yet approved.</p>",
                      v.OrgPath("/portfolio/new"))
                : Select(field("blocks_proposal", "Is it the risk of not acting on a proposal?",
                               in.blocks_item_id ? std::to_string(*in.blocks_item_id) : "",
                               "The proposal in the portfolio that, if the board did not go "
                               "ahead with it, would leave this risk in place"),
                         "No, it is not", proposals);
  page.content = Render(
      "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">{}<h1>{}</h1>"
      "<form action=\"{}\" method=\"post\" novalidate>{}{}{}</form></div></div>",
      ErrorSummary(errors), page.title, id ? RiskPath(v, *id, "/edit") : v.OrgPath("/risks/new"),
      CsrfField(v.caller.csrf_token), fields, Button(id ? "Save changes" : "Add the risk"));
  return v.Show(page, "risks", errors.empty() ? 200 : 400);
}

/// The risk as posted, every problem found at once; `kept` is the risk as stored, if it is.
RiskInput FromForm(Visit& v, DateParts& review, FieldErrors& errors, const RiskInput* kept) {
  RiskInput in;
  in.title = v.form.Get("title");
  in.objective = v.form.Get("objective");
  for (const TextArea& t : kTextAreas) in.*t.member = v.form.Get(t.name);
  in.committee = v.form.Get("committee");
  in.blocks_item_id = v.form.GetId("blocks_proposal");
  if (!in.blocks_item_id && !v.form.Get("blocks_proposal").empty()) {
    errors.Add("blocks_proposal", "Choose a proposal from the portfolio");
  }
  if (Trim(in.title).empty()) errors.Add("title", "Enter the title of the risk");
  if (Trim(in.objective).empty()) {
    errors.Add("objective", "Enter the strategic objective the risk threatens");
  }
  for (const TextArea& t : kTextAreas) {
    if (CountCharacters(in.*t.member) > kMaxRiskTextLength) {
      errors.Add(t.name, TooLongMessage(t.label, kMaxRiskTextLength));
    }
  }
  in.owner_member_id = v.form.GetId("owner");
  if (!in.owner_member_id) errors.Add("owner", "Choose the board member who owns the risk");
  const auto category = ParseCategory(v.form.Get("category"));
  if (!category) errors.Add("category", "Choose the category of the risk");
  in.category = category.value_or(Category::kDelivery);
  for (const ScoreKind which : kAllScoreKinds) {
    const std::string n(ToString(which));
    Rating& r = ScoreOf(in, which);
    r.likelihood = LevelFromText(v.form.Get(n + "_likelihood"));
    r.consequence = LevelFromText(v.form.Get(n + "_consequence"));
    if (r.likelihood == 0) errors.Add(n + "_likelihood", "Choose the " + n + " likelihood");
    if (r.consequence == 0) errors.Add(n + "_consequence", "Choose the " + n + " consequence");
  }
  review = DateParts::Read(v.form, "review_on");
  if (const auto fault = review.Fault("the date of the next review")) {
    AddDateFault(errors, "review_on", *fault);
  } else {
    std::string unused;
    in.review_on = review.ToIso("the date of the next review", unused).value_or("");
    CollectFieldError(errors, {"review_on"}, [&] {
      CheckReviewDate(in.review_on, v.Use<RiskRegister>().Today(),
                      kept == nullptr ? std::string() : kept->review_on);
    });
  }
  RiskInput checked = in;
  if (!checked.owner_member_id) checked.owner_member_id = 0;  // already reported above
  CollectFieldError(
      errors,
      {"title", "objective", "cause", "effect", "owner", "committee", "inherent_likelihood",
       "inherent_consequence", "current_likelihood", "current_consequence", "target_likelihood",
       "target_consequence", "controls", "control_gaps", "assurance_first", "assurance_second",
       "assurance_third", "assurance_gaps", "review_on"},
      [&] { CheckRisk(checked, kept); });
  return in;
}

SummaryRow Row(std::string key, const std::string& value) {
  return {std::move(key), Escape(value.empty() ? "None recorded" : value), {}};
}

http::Response RiskPage(Visit& v, Id id, const FieldErrors& errors = {}) {
  auto& reg = v.Use<RiskRegister>();
  const Risk r = reg.Get(v.caller, v.ods(), id);
  const std::string today = reg.Today();
  const auto appetite = AppetiteFor(reg.Appetites(v.caller, v.ods()), r.what.category);
  const bool keeper = v.Use<orgs::Board>().IsKeeper(v.caller, v.ods());
  Page page;
  page.title = r.what.title;
  page.has_errors = !errors.empty();
  page.before_content = BackLink(v.OrgPath("/risks"), "Back to the risk register");
  page.content += ErrorSummary(errors);
  const std::string done = v.request.Query("done");
  if (done == "saved") page.content += SuccessBanner("Risk updated");
  if (done == "action") page.content += SuccessBanner("Action added");
  if (done == "reviewed") page.content += SuccessBanner("Review recorded");
  page.content += Render("<h1>{}</h1>", r.what.title);
  if (r.what.blocks_item_id) {
    page.content += WarningCallout(
        "The risk of not acting",
        Render("<p>This is the risk the organisation runs if it does not go ahead with <a "
               "href=\"{}\">{}</a>.</p>",
               portfolio::ItemPath(v, *r.what.blocks_item_id), r.blocks_item_name));
  }
  std::vector<SummaryRow> rows;
  rows.push_back(Row("Strategic objective", r.what.objective));
  rows.push_back(Row("Category", std::string(CategoryLabel(r.what.category))));
  rows.push_back(Row("Cause", r.what.cause));
  rows.push_back(Row("Effect", r.what.effect));
  rows.push_back(Row("Owner", r.owner_name));
  rows.push_back(Row("Lead committee", r.what.committee));
  for (const ScoreKind which : kAllScoreKinds) {
    const Rating& rating = ScoreOf(r.what, which);
    std::string key(ToString(which));
    key[0] = static_cast<char>(key[0] - 'a' + 'A');
    rows.push_back(
        {key + " score", ScoreTag(rating) + Html(" ") + Escape(RatingWords(rating)), {}});
  }
  Html stance = Escape("No appetite set for the category");
  if (appetite) {
    stance = Escape(std::string(LevelLabel(appetite->level)) + ", tolerating scores up to " +
                    std::to_string(appetite->max_score));
    if (Compare(Score(r.what.current), appetite) == AppetiteStance::kAbove) {
      stance += Html(" ") + Tag("Above appetite", "red");
    }
  }
  rows.push_back({"Risk appetite", stance, {}});
  rows.push_back({"Movement since the last review", MovementText(MovementOf(r)), {}});
  Html review = Escape(DateText(r.what.review_on));
  if (ReviewOverdue(r.what, today)) review += Html(" ") + Tag("Overdue", "red");
  rows.push_back({"Next review", review, {}});
  page.content += SummaryList(rows);
  page.content += Html("<h2>Controls and assurance</h2>");
  std::vector<SummaryRow> assurance;
  for (std::size_t i = 2; i < kTextAreas.size(); ++i) {
    assurance.push_back(Row(kTextAreas.at(i).label, r.what.*kTextAreas.at(i).member));
  }
  page.content += SummaryList(assurance);
  if (keeper) {
    page.content +=
        Render("<a class=\"nhsuk-button nhsuk-button--secondary\" href=\"{}\">Change the risk</a>",
               RiskPath(v, id, "/edit"));
  }

  page.content += Html("<h2>Actions</h2>");
  if (r.actions.empty()) {
    page.content += Html("<p>No actions agreed yet.</p>");
  } else {
    Table t;
    t.caption = "What the board agreed to do about this risk, from the action log";
    t.headings = {"Action", "Owner", "Due", "Status"};
    for (const actions::Action& a : r.actions) {
      Html status = actions::StatusTag(a, today);
      if (keeper && a.what.status == actions::ActionStatus::kOpen) {
        status += ButtonForm(RiskPath(v, id, "/actions/" + std::to_string(a.id) + "/done"),
                             v.caller.csrf_token, "Mark as done", "secondary");
      }
      t.rows.push_back({Render("<a href=\"{}\">{}</a>",
                               v.OrgPath("/actions/" + std::to_string(a.id)), a.what.title),
                        Escape(a.owner_name), Escape(DateText(a.what.due_on)), status});
    }
    page.content += DataTable(t) + CsvLink(RiskPath(v, id, "/actions.csv"));
  }
  if (keeper) {
    page.content +=
        Render("<form action=\"{}\" method=\"post\" novalidate><h3>Add an action</h3>{}{}{}</form>",
               RiskPath(v, id, "/actions"), CsrfField(v.caller.csrf_token),
               actions::ShortActionFields(v, errors), Button("Add the action", "secondary"));
  }

  page.content += Html("<h2>Reviews</h2>");
  const std::vector<Review> reviews = reg.Reviews(v.caller, v.ods(), id);
  if (reviews.empty()) {
    page.content += Html("<p>The board has not reviewed this risk yet.</p>");
  } else {
    Table t;
    t.caption = "Each review with the current score the board saw, newest first";
    t.headings = {"Reviewed", "By", "Current score", "Movement", "Note"};
    for (std::size_t i = 0; i < reviews.size(); ++i) {
      const Review& rv = reviews[i];
      const auto before =
          i + 1 < reviews.size() ? std::optional<Rating>(reviews[i + 1].current) : std::nullopt;
      t.rows.push_back({Escape(DateText(rv.reviewed_at)),
                        Escape(rv.reviewer_name.empty() ? "The operator" : rv.reviewer_name),
                        ScoreTag(rv.current), MovementText(MovementOf(rv.current, before)),
                        Escape(rv.note)});
    }
    page.content += DataTable(t) + CsvLink(RiskPath(v, id, "/reviews.csv"));
  }
  if (keeper) {
    page.content += Render(
        "<form action=\"{}\" method=\"post\" novalidate><h3>Record a review</h3><p>Records the "
        "current score, {}, as the board saw it today. Change the score first if it has moved.</p>"
        "{}{}{}{}</form>",
        RiskPath(v, id, "/reviews"), RatingWords(r.what.current), CsrfField(v.caller.csrf_token),
        Textarea(Field{"note",
                       "What the board noted (optional)",
                       errors.empty() ? "" : v.form.Get("note"),
                       {},
                       std::string(errors.For("note"))},
                 3),
        DateInput(Field{"next_review_on",
                        "Next review by (optional)",
                        {},
                        "For example, 31 3 2027",
                        std::string(errors.For("next_review_on"))},
                  errors.empty() ? DateParts{} : DateParts::Read(v.form, "next_review_on")),
        Button("Record the review", "secondary"));
  }
  return v.Show(page, "risks", errors.empty() ? 200 : 400);
}

/// A typed date that may be left empty; its fault goes against `name`.
std::string OptionalDate(Visit& v, const std::string& name, std::string_view what,
                         FieldErrors& errors, bool required) {
  const DateParts parts = DateParts::Read(v.form, name);
  if (!required && parts.day.empty() && parts.month.empty() && parts.year.empty()) return {};
  if (const auto fault = parts.Fault(what)) {
    AddDateFault(errors, name, *fault);
    return {};
  }
  std::string unused;
  return parts.ToIso(what, unused).value_or("");
}

http::Response AddAction(Visit& v) {
  const Id id = v.call.Id("risk");
  FieldErrors errors;
  const actions::ActionInput a = actions::ReadShortAction(v, errors);
  auto& reg = v.Use<RiskRegister>();
  actions::RecordShortAction(errors, a, reg.Today(),
                             [&] { reg.AddAction(v.caller, v.ods(), id, a); });
  if (!errors.empty()) return RiskPage(v, id, errors);
  return Redirect(RiskPath(v, id, "?done=action"));
}

http::Response RecordReview(Visit& v) {
  const Id id = v.call.Id("risk");
  FieldErrors errors;
  ReviewInput in;
  in.note = v.form.Get("note");
  in.next_review_on =
      OptionalDate(v, "next_review_on", "the date of the next review", errors, false);
  if (errors.empty()) {
    CollectFieldError(errors, {"note", "next_review_on"},
                      [&] { v.Use<RiskRegister>().RecordReview(v.caller, v.ods(), id, in); });
  }
  if (!errors.empty()) return RiskPage(v, id, errors);
  return Redirect(RiskPath(v, id, "?done=reviewed"));
}

}  // namespace

void AddRiskPages(http::Router& routes) {
  const Needs viewer = Needs::InOrg(Role::kViewer);
  const Needs keeper = Needs::Keeper();

  AddPage(routes, "GET", "/orgs/{ods}/risks/new", keeper, [](Visit& v) {
    RiskInput blank;
    return RiskForm(v, std::nullopt, blank, {}, {});
  });
  AddPage(routes, "POST", "/orgs/{ods}/risks/new", keeper, [](Visit& v) {
    DateParts review;
    FieldErrors errors;
    const RiskInput in = FromForm(v, review, errors, nullptr);
    if (errors.empty()) {
      CollectFieldError(errors, {"title", "owner", "blocks_proposal", "review_on"},
                        [&] { v.Use<RiskRegister>().Add(v.caller, v.ods(), in); });
    }
    if (!errors.empty()) return RiskForm(v, std::nullopt, in, review, errors);
    return Redirect(v.OrgPath("/risks?done=added"));
  });
  AddPage(routes, "GET", "/orgs/{ods}/risks/{risk}", viewer,
          [](Visit& v) { return RiskPage(v, v.call.Id("risk")); });
  AddPage(routes, "GET", "/orgs/{ods}/risks/{risk}/edit", keeper, [](Visit& v) {
    const Risk r = v.Use<RiskRegister>().Get(v.caller, v.ods(), v.call.Id("risk"));
    return RiskForm(v, r.id, r.what, DateParts::Of(r.what.review_on), {});
  });
  AddPage(routes, "POST", "/orgs/{ods}/risks/{risk}/edit", keeper, [](Visit& v) {
    const Id id = v.call.Id("risk");
    DateParts review;
    FieldErrors errors;
    const RiskInput kept = v.Use<RiskRegister>().Get(v.caller, v.ods(), id).what;
    const RiskInput in = FromForm(v, review, errors, &kept);
    if (errors.empty()) {
      CollectFieldError(errors, {"title", "owner", "blocks_proposal", "review_on"},
                        [&] { v.Use<RiskRegister>().Update(v.caller, v.ods(), id, in); });
    }
    if (!errors.empty()) return RiskForm(v, id, in, review, errors);
    return Redirect(RiskPath(v, id, "?done=saved"));
  });
  AddPage(routes, "POST", "/orgs/{ods}/risks/{risk}/actions", keeper, AddAction);
  AddDownload(routes, "/orgs/{ods}/risks/{risk}/actions", viewer, [](Visit& v) {
    std::vector<std::vector<std::string>> rows{{"title", "owner", "due_on", "status"}};
    for (const actions::Action& a :
         v.Use<RiskRegister>().Get(v.caller, v.ods(), v.call.Id("risk")).actions) {
      rows.push_back({a.what.title, a.owner_name, a.what.due_on,
                      std::string(actions::ToString(a.what.status))});
    }
    return Download{v.ods() + "-risk-actions", rows};
  });
  AddDownload(routes, "/orgs/{ods}/risks/{risk}/reviews", viewer, [](Visit& v) {
    std::vector<std::vector<std::string>> rows{
        {"reviewed_at", "reviewed_by", "likelihood", "consequence", "score", "note"}};
    for (const Review& r : v.Use<RiskRegister>().Reviews(v.caller, v.ods(), v.call.Id("risk"))) {
      rows.push_back({IsoTime(r.reviewed_at), r.reviewer_name, std::to_string(r.current.likelihood),
                      std::to_string(r.current.consequence), std::to_string(Score(r.current)),
                      r.note});
    }
    return Download{v.ods() + "-risk-reviews", rows};
  });
  AddPage(routes, "POST", "/orgs/{ods}/risks/{risk}/actions/{action}/done", keeper, [](Visit& v) {
    const Id id = v.call.Id("risk");
    v.Use<RiskRegister>().SetActionStatus(v.caller, v.ods(), id, v.call.Id("action"),
                                          actions::ActionStatus::kDone);
    return Redirect(RiskPath(v, id));
  });
  AddPage(routes, "POST", "/orgs/{ods}/risks/{risk}/reviews", keeper, RecordReview);
}

}  // namespace boardlens::risks
