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
/// "/orgs/ODS/rounds/ID" followed by `rest`.
std::string RoundPath(const html::Visit& visit, Id round, std::string_view rest = {});

}  // namespace boardlens::rounds
