#pragma once
/// How actions read on the pages of other features: the home page's log and the results'
/// "what we said we would do".

#include <string>
#include <string_view>

#include "boardlens/features/actions/action.hpp"
#include "boardlens/features/rounds/round.hpp"
#include "boardlens/html/page.hpp"

namespace boardlens::actions {

/// The action's page, or `rest` below it ("/edit").
std::string ActionPath(const html::Visit& visit, Id id, std::string_view rest = {});

/// Open, Overdue, Done or Dropped, as a coloured tag with its word.
html::Html StatusTag(const Action& action, const std::string& today);

/// For the home page: the open actions, overdue and soonest due first, with the way to the log.
html::Html HomePanel(html::Visit& visit);

/// For a round's results: beside each item, what the board said it would do after the rounds
/// of the same framework that closed before this one, and (for the secretary) the way to
/// record a new action on it.
html::Html ResultsPanel(html::Visit& visit, const rounds::RoundView& round);

}  // namespace boardlens::actions
