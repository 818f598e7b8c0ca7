#pragma once
/// How the strategy's checks read on pages: where the strategy is edited, and on the
/// organisation's home page.

#include <vector>

#include "boardlens/features/strategy/checks.hpp"
#include "boardlens/html/page.hpp"

namespace boardlens::strategy {

/// Each finding as a warning: what is wrong, what to do and the guidance it comes from; or a
/// line saying the strategy passes every check.
html::Html ChecksPanel(const std::vector<Finding>& findings);

/// For the home page: whether a strategy is recorded, its version and approval, and how many
/// checks it trips, with the way to the strategy.
html::Html HomePanel(html::Visit& visit);

}  // namespace boardlens::strategy
