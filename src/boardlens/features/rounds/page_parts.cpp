#include "boardlens/features/rounds/page_parts.hpp"

#include <algorithm>

#include "boardlens/features/rounds/rounds.hpp"

namespace boardlens::rounds {

html::Html RoundStatusTag(RoundStatus status) {
  switch (status) {
    case RoundStatus::kDraft:
      return html::Tag("Draft", "grey");
    case RoundStatus::kOpen:
      return html::Tag("Open", "blue");
    case RoundStatus::kClosed:
      return html::Tag("Closed", "green");
    case RoundStatus::kWithdrawn:
      return html::Tag("Withdrawn", "red");
  }
  return {};
}

std::string RatingText(const std::optional<std::int8_t>& rating) {
  return rating ? std::to_string(*rating) : std::string("Don't know");
}

std::string AnswerByText(html::Visit& v, const Round& round) {
  if (round.closes_by.empty()) return {};
  const std::string when = html::DateText(round.closes_by);
  return round.closes_by < IsoDate(v.Use<Clock>().Now())
             ? " The board asked for answers by " + when +
                   "; the round is still open, so please answer now."
             : " Please answer by " + when + ".";
}

html::Html MyAnswersPanel(html::Visit& v, const RoundView& view) {
  const auto mine = v.Use<Rounds>().MyAnswers(v.caller, v.ods(), view.round.id);
  const auto& framework = view.framework.framework;
  if (!FirstUnanswered(framework, mine)) {
    std::int64_t sent = 0;
    for (const Answer& a : mine) sent = std::max(sent, a.updated_at);
    return html::Render(
        "<p>Answers sent on {}. You can change them until the round closes.</p>"
        "<a class=\"nhsuk-button nhsuk-button--secondary\" href=\"{}\">Change your answers</a>",
        html::DateText(sent), RoundPath(v, view.round.id, "/check-answers"));
  }
  return html::Render(
      "<p>You have answered {} of {} questions.{}</p>"
      "<a class=\"nhsuk-button\" href=\"{}\">{}</a>",
      mine.size(), framework.items.size(), AnswerByText(v, view.round),
      RoundPath(v, view.round.id, "/answer"), mine.empty() ? "Answer the questions" : "Continue");
}

std::string OptionalDate(const html::DateParts& typed, std::string_view what,
                         const std::string& field, html::FieldErrors& errors) {
  if (typed.day.empty() && typed.month.empty() && typed.year.empty()) return {};
  std::string problem;
  auto iso = typed.ToIso(what, problem);
  if (!iso) errors.Add(field, problem);
  return iso.value_or("");
}

std::string RoundPath(const html::Visit& visit, Id round, std::string_view rest) {
  return visit.OrgPath("/rounds/" + std::to_string(round)) + std::string(rest);
}

}  // namespace boardlens::rounds
