#pragma once
/// How observations read on pages: their paths, ratings and where they stand.

#include <string>
#include <string_view>

#include "boardlens/features/observations/observation.hpp"
#include "boardlens/html/page.hpp"

namespace boardlens::observations {

/// The observation's page, or `rest` below it ("/edit").
std::string ObservationPath(const html::Visit& visit, Id id, std::string_view rest = {});
/// "4 – Well".
std::string RatingText(int rating);
/// "Shared" or "Only you", as a tag.
html::Html SharingTag(const Observation& observation);

}  // namespace boardlens::observations
