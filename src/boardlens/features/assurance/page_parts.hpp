#pragma once
/// How assurance gaps read on pages: their paths and the board's response.

#include <string>
#include <string_view>

#include "boardlens/features/assurance/triangulation.hpp"
#include "boardlens/html/page.hpp"

namespace boardlens::assurance {

/// The gap's page, or `rest` below it ("/reason").
std::string GapPath(const html::Visit& visit, const Gap& gap, std::string_view rest = {});
/// "Open", or the action agreed or reason accepted, with who recorded it and when.
html::Html ResponseText(const html::Visit& visit, const Gap& gap);

}  // namespace boardlens::assurance
