#pragma once
/// How a round reads on a page, for the rounds pages and the pages of features built on
/// rounds (home, results).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "boardlens/features/rounds/round.hpp"
#include "boardlens/html/page.hpp"

namespace boardlens::rounds {

html::Html RoundStatusTag(RoundStatus status);
/// A rating as the pages show it: its number, or "Don't know".
std::string RatingText(const std::optional<std::int8_t>& rating);
/// " Please answer by 11 December 2026." for a round with a date to answer by (with a
/// leading space, to follow a sentence); empty without one.
std::string AnswerByText(html::Visit& visit, const Round& round);
/// For a board member, where they are with an open round: how many questions they have
/// answered and the way on, or, once every one is answered, when they sent them and the way
/// to change them.
html::Html MyAnswersPanel(html::Visit& visit, const RoundView& round);
/// A date that may be left out: empty when all three boxes are, else YYYY-MM-DD, or empty
/// with the design system's message added to `errors` against `field`.
std::string OptionalDate(const html::DateParts& typed, std::string_view what,
                         const std::string& field, html::FieldErrors& errors);
/// "/orgs/ODS/rounds/ID" followed by `rest`.
std::string RoundPath(const html::Visit& visit, Id round, std::string_view rest = {});

}  // namespace boardlens::rounds
