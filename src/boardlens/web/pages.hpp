#pragma once
/// Pieces several pages share: how a round's status, a rating and a statistic read.

#include <cstdint>
#include <optional>
#include <string>

#include "boardlens/domain/analytics.hpp"
#include "boardlens/domain/board.hpp"
#include "boardlens/web/html.hpp"
#include "boardlens/web/site.hpp"

namespace boardlens::web {

Html RoundStatusTag(domain::RoundStatus status);
/// "3 – Developing"-style words are the framework's; pages show the number and "Don't know".
std::string RatingText(const std::optional<std::int8_t>& rating);
/// A statistic to one decimal place, or why it is not shown.
Html StatText(const domain::Stat& stat);
/// Refuses unless the caller is the organisation's secretary (or admin); `what` finishes
/// "only the board secretary ...".
void RequireSecretary(Visit& visit, std::string_view what);
/// A link to the CSV download of the table above it.
Html CsvLink(const std::string& href);
/// A date as people write it: "30 November 2026" (a moment is taken in UTC).
std::string DateText(std::string_view iso_date);
std::string DateText(std::int64_t epoch_seconds);
/// Where people reach this site, for links they are given to pass on: Settings::public_url,
/// or else the address this request came to.
std::string SiteUrl(const Visit& visit);
/// "/orgs/ODS/rounds/ID" followed by `rest`.
std::string RoundPath(const Visit& visit, domain::Id round, std::string_view rest = {});

}  // namespace boardlens::web
