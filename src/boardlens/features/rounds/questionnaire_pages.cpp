// The questionnaire a board member fills in: one question a page with the framework's level
// descriptors beside the choices, then "check your answers" and a confirmation. Each page
// saves as it goes, so a member can stop and come back until the round closes.

#include <algorithm>

#include "boardlens/base/error.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/base/utf8.hpp"
#include "boardlens/features/frameworks/page_parts.hpp"
#include "boardlens/features/orgs/board.hpp"
#include "boardlens/features/rounds/commitments.hpp"
#include "boardlens/features/rounds/csv_import.hpp"
#include "boardlens/features/rounds/feature.hpp"
#include "boardlens/features/rounds/page_parts.hpp"
#include "boardlens/features/rounds/rounds.hpp"

namespace boardlens::rounds {
namespace {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer
using http::Needs;

/// The note's label, which its error message repeats.
constexpr std::string_view kNoteLabel = "Your note";

struct Questionnaire {
  RoundView view;
  std::vector<rounds::Answer> mine;

  const std::vector<frameworks::FrameworkItem>& items() const {
    return view.framework.framework.items;
  }
  const rounds::Answer* Find(std::string_view ref) const {
    const auto it =
        std::find_if(mine.begin(), mine.end(), [&](const auto& r) { return r.item_ref == ref; });
    return it == mine.end() ? nullptr : &*it;
  }
  /// The first question not yet answered, or nullopt when all are.
  std::optional<std::size_t> FirstUnanswered() const {
    return rounds::FirstUnanswered(view.framework.framework, mine);
  }
};

/// "3: <the framework's words for level 3>", or "Don't know".
std::string AnswerText(const frameworks::FrameworkItem& item,
                       const std::optional<std::int8_t>& rating) {
  if (!rating) return RatingText(rating);
  return RatingText(rating) + ": " + item.levels.at(static_cast<std::size_t>(*rating - 1));
}

/// The round and the caller's own answers; refuses anyone who is not on the board.
Questionnaire LoadMine(Visit& v) {
  if (!v.Use<orgs::Board>().MyMembership(v.caller, v.ods())) {
    throw Forbidden("only members of the board answer its assessment rounds");
  }
  Questionnaire q{v.Use<Rounds>().GetRound(v.caller, v.ods(), v.call.Id("round")), {}};
  q.mine = v.Use<Rounds>().MyAnswers(v.caller, v.ods(), q.view.round.id);
  return q;
}

/// As LoadMine, for a member answering: refuses rounds that are not open.
Questionnaire Load(Visit& v) {
  Questionnaire q = LoadMine(v);
  if (q.view.round.status != RoundStatus::kOpen) {
    throw Conflict(q.view.round.status == RoundStatus::kClosed
                       ? "this round has closed, so its answers can no longer change"
                       : "this round is not open for answers yet");
  }
  return q;
}

std::size_t ItemIndex(const Questionnaire& q, const std::string& ref) {
  const auto index = q.view.framework.framework.ItemIndex(ref);
  if (!index) throw NotFound("this round has no question \"" + ref + "\"");
  return *index;
}

std::string QuestionPath(Visit& v, const Questionnaire& q, std::size_t index) {
  return RoundPath(v, q.view.round.id, "/questions/" + q.items().at(index).ref);
}

/// What the board agreed on `item` after its earlier rounds, so a member answering again can
/// judge whether it was done; nothing when it agreed nothing.
Html AgreedBefore(Visit& v, const Questionnaire& q, const std::string& item) {
  const auto all = v.Use<Commitments>().Before(v.caller, v.ods(), q.view.round);
  const auto found = all.find(item);
  if (found == all.end()) return {};
  Html list;
  for (const Commitment& c : found->second) {
    list += Render("<li><a href=\"{}\">{}</a>: {}, due {}. {}</li>", v.OrgPath(c.path), c.title,
                   c.owner_name, DateText(c.due_on), c.status);
  }
  return Render(
      "<div class=\"nhsuk-inset-text\"><span class=\"nhsuk-u-visually-hidden\">Information: "
      "</span><h2 class=\"nhsuk-heading-s\">What the board said it would do</h2><p>After its "
      "last review of this, the board agreed:</p><ul class=\"nhsuk-list nhsuk-list--bullet\">{}"
      "</ul></div>",
      list);
}

http::Response QuestionPage(Visit& v, const Questionnaire& q, std::size_t index,
                            const std::string& rating, const std::string& evidence,
                            const FieldErrors& errors) {
  const frameworks::FrameworkItem& item = q.items().at(index);
  const bool from_check = v.request.Query("from") == "check";
  std::vector<Choice> choices;
  for (std::size_t level = 0; level < item.levels.size(); ++level) {
    choices.push_back(
        {std::to_string(level + 1), std::to_string(level + 1), item.levels.at(level), false});
  }
  choices.push_back(
      {"dk", "I don't know", "Choose this if you cannot judge it, rather than guess", true});
  Page page;
  page.title = item.title;
  page.has_errors = !errors.empty();
  page.before_content = from_check   ? BackLink(RoundPath(v, q.view.round.id, "/check-answers"))
                        : index == 0 ? BackLink(RoundPath(v, q.view.round.id, "/answer"))
                                     : BackLink(QuestionPath(v, q, index - 1));
  const std::string action = QuestionPath(v, q, index) + (from_check ? "?from=check" : "");
  page.content = Render(
      "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">{}"
      "<span class=\"nhsuk-caption-l\">Question {} of {}<span class=\"nhsuk-u-visually-hidden\"> "
      "– </span></span><form action=\"{}\" method=\"post\" "
      "novalidate>{}{}{}{}{}{}</form></div></div>",
      ErrorSummary(errors), index + 1, q.items().size(), action, CsrfField(v.caller.csrf_token),
      Radios({"rating", item.title, rating,
              item.question + " Choose the level that describes the board today.",
              std::string(errors.For("rating"))},
             choices, true),
      frameworks::WhyItMatters(v.OrgPath(), q.view.framework.framework, item),
      AgreedBefore(v, q, item.ref),
      CharacterCount({"evidence", std::string(kNoteLabel) + " (optional)", evidence,
                      "What you have seen that supports your answer: for example a board paper, "
                      "a visit or a conversation with staff. Only you can see it.",
                      std::string(errors.For("evidence"))},
                     kMaxEvidenceLength),
      Button("Save and continue"));
  return v.Show(page, "rounds", errors.empty() ? 200 : 400);
}

/// The caller's answers, one row an item, with a way to change each while `changeable`.
std::vector<SummaryRow> AnswerRows(Visit& v, const Questionnaire& q, bool changeable) {
  std::vector<SummaryRow> rows;
  for (const auto& item : q.items()) {
    const auto* answer = q.Find(item.ref);
    Html value = answer == nullptr ? Html("<strong>Not answered</strong>")
                                   : Escape(AnswerText(item, answer->rating));
    if (answer != nullptr && !answer->evidence.empty()) {
      value += Render("<p class=\"nhsuk-body-s nhsuk-u-margin-top-2\">{}</p>", answer->evidence);
    }
    const Html change =
        changeable
            ? Render(
                  "<a id=\"{}\" href=\"{}\">Change<span class=\"nhsuk-u-visually-hidden\"> "
                  "your answer to {}</span></a>",
                  item.ref, RoundPath(v, q.view.round.id, "/questions/" + item.ref + "?from=check"),
                  item.title)
            : Html();
    rows.push_back({item.title, value, change});
  }
  return rows;
}

http::Response CheckPage(Visit& v, const Questionnaire& q, const FieldErrors& errors) {
  const std::vector<SummaryRow> rows = AnswerRows(v, q, true);
  Page page;
  page.title = "Check your answers";
  page.has_errors = !errors.empty();
  page.before_content = BackLink(QuestionPath(v, q, q.items().size() - 1));
  page.content = Render(
      "{}<span class=\"nhsuk-caption-l\">{}</span><h1>Check your answers</h1>{}"
      "<h2>Send your answers</h2><p>The board will see them only as part of the results, "
      "once the round closes, and never with your name. You can change them until then.</p>"
      "<form action=\"{}\" method=\"post\" novalidate>{}{}</form>",
      ErrorSummary(errors), q.view.round.title, SummaryList(rows),
      RoundPath(v, q.view.round.id, "/check-answers"), CsrfField(v.caller.csrf_token),
      Button("Send answers"));
  return v.Show(page, "rounds", errors.empty() ? 200 : 400);
}

}  // namespace

void AddQuestionnairePages(http::Router& routes) {
  AddPage(
      routes, "GET", "/orgs/{ods}/rounds/{round}/answer", Needs::InOrg(Role::kMember),
      [](Visit& v) {
        const Questionnaire q = Load(v);
        const auto next = q.FirstUnanswered();
        Page page;
        page.title = q.view.round.title;
        page.before_content = BackLink(v.OrgPath(), "Back to home");
        page.content = Render(
            "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">"
            "<span class=\"nhsuk-caption-l\">{}</span><h1>{}</h1>"
            "<p>There are {} questions, one a page. Most people finish in under 10 minutes.{}</p>"
            "<p>For each one, choose the level that best describes the board today, or say you do "
            "not know. You can add a note of what you have seen.</p>"
            "<div class=\"nhsuk-inset-text\"><span class=\"nhsuk-u-visually-hidden\">Information: "
            "</span><p>Only you can see your answers. The board sees them only in the results, "
            "combined with everyone else's, and never with your name.</p></div>"
            "<a class=\"nhsuk-button\" href=\"{}\">{}</a></div></div>",
            v.org().name, q.view.round.title, q.items().size(), AnswerByText(v, q.view.round),
            next ? QuestionPath(v, q, *next) : RoundPath(v, q.view.round.id, "/check-answers"),
            q.mine.empty() ? "Start now"
            : next         ? "Continue"
                           : "Check your answers");
        return v.Show(page, "rounds");
      });

  AddPage(routes, "GET", "/orgs/{ods}/rounds/{round}/questions/{item}", Needs::InOrg(Role::kMember),
          [](Visit& v) {
            const Questionnaire q = Load(v);
            const std::size_t index = ItemIndex(q, v.params.at("item"));
            const auto* answer = q.Find(q.items()[index].ref);
            std::string rating;
            if (answer != nullptr) rating = answer->rating ? std::to_string(*answer->rating) : "dk";
            return QuestionPage(v, q, index, rating, answer ? answer->evidence : std::string(), {});
          });

  AddPage(routes, "POST", "/orgs/{ods}/rounds/{round}/questions/{item}",
          Needs::InOrg(Role::kMember), [](Visit& v) {
            Questionnaire q = Load(v);
            const std::size_t index = ItemIndex(q, v.params.at("item"));
            const std::string rating = v.form.Get("rating");
            const std::string evidence = v.form.Get("evidence");
            FieldErrors errors;
            AnswerInput answer{q.items()[index].ref, std::nullopt, evidence, "answers[0]"};
            if (rating != "dk" && !ParseRating(rating, answer.rating)) {
              errors.Add("rating",
                         "Select the level that describes the board, or \"I don't know\"");
            }
            if (CountCharacters(evidence) > kMaxEvidenceLength) {
              errors.Add("evidence", TooLongMessage(kNoteLabel, kMaxEvidenceLength));
            }
            if (errors.empty()) {
              CollectFieldError(errors, {"rating", "evidence"}, [&] {
                v.Use<Rounds>().SubmitAnswers(v.caller, v.ods(), q.view.round.id, {answer});
              });
            }
            if (!errors.empty()) return QuestionPage(v, q, index, rating, evidence, errors);
            q.mine = v.Use<Rounds>().MyAnswers(v.caller, v.ods(), q.view.round.id);
            if (v.request.Query("from") == "check" || index + 1 == q.items().size()) {
              return Redirect(RoundPath(v, q.view.round.id, "/check-answers"));
            }
            return Redirect(QuestionPath(v, q, index + 1));
          });

  AddPage(routes, "GET", "/orgs/{ods}/rounds/{round}/check-answers", Needs::InOrg(Role::kMember),
          [](Visit& v) { return CheckPage(v, Load(v), {}); });

  // A member's own answers, to read again once the round has closed (nobody else ever can).
  AddPage(routes, "GET", "/orgs/{ods}/rounds/{round}/my-answers", Needs::InOrg(Role::kMember),
          [](Visit& v) {
            const Questionnaire q = LoadMine(v);
            Page page;
            page.title = "Your answers";
            page.before_content = BackLink(RoundPath(v, q.view.round.id), "Back to the round");
            page.content = Render(
                "<span class=\"nhsuk-caption-l\">{}</span><h1>Your answers</h1>"
                "<p>Only you can see these. The board sees the round's answers only together, in "
                "its results, and never with names.</p>{}",
                q.view.round.title,
                q.mine.empty() ? Html("<p>You did not answer this round.</p>")
                               : SummaryList(AnswerRows(v, q, false)));
            return v.Show(page, "rounds");
          });

  AddPage(routes, "POST", "/orgs/{ods}/rounds/{round}/check-answers", Needs::InOrg(Role::kMember),
          [](Visit& v) {
            const Questionnaire q = Load(v);
            FieldErrors errors;
            for (const auto& item : q.items()) {
              if (q.Find(item.ref) == nullptr)
                errors.Add(item.ref, "Answer \"" + item.title + "\"");
            }
            if (!errors.empty()) return CheckPage(v, q, errors);
            return Redirect(RoundPath(v, q.view.round.id, "/confirmation"));
          });

  AddPage(
      routes, "GET", "/orgs/{ods}/rounds/{round}/confirmation", Needs::InOrg(Role::kMember),
      [](Visit& v) {
        const Questionnaire q = Load(v);
        Page page;
        page.title = "Answers sent";
        page.content = Render(
            "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">"
            "<div class=\"nhsuk-panel\"><h1 class=\"nhsuk-panel__title\">Answers sent</h1>"
            "<div class=\"nhsuk-panel__body\">Thank you for answering {}</div></div>"
            "<h2>What happens next</h2><p>The board secretary sees that you have answered, not "
            "what "
            "you said. When the round closes, the board sees the results for everyone together.</p>"
            "<p>Until then you can <a href=\"{}\">change your answers</a>.</p>"
            "<p><a href=\"{}\">Go to your home page</a></p></div></div>",
            q.view.round.title, RoundPath(v, q.view.round.id, "/check-answers"), v.OrgPath());
        return v.Show(page, "rounds");
      });
}

}  // namespace boardlens::rounds
