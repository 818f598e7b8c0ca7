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
/// For a board member, where they are with an open round: how many questions they have
/// answered and the way on, or, once every one is answered, when they sent them and the way
/// to change them.
html::Html MyAnswersPanel(html::Visit& visit, const RoundView& round);
/// "/orgs/ODS/rounds/ID" followed by `rest`.
std::string RoundPath(const html::Visit& visit, Id round, std::string_view rest = {});

}  // namespace boardlens::rounds
