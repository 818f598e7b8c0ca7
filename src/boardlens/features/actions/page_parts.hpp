#pragma once
/// How actions read on the pages of other features: the home page's log and the results'
/// "what we said we would do".

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "boardlens/features/actions/action.hpp"
#include "boardlens/features/rounds/round.hpp"
#include "boardlens/html/page.hpp"

namespace boardlens::actions {

/// The action's page, or `rest` below it ("/edit").
std::string ActionPath(const html::Visit& visit, Id id, std::string_view rest = {});

/// Open, Overdue, Done or Dropped, as a coloured tag with its word.
html::Html StatusTag(const Action& action, const std::string& today);

/// The board's members as an action's possible owners: "Name, job title".
std::vector<html::Choice> OwnerChoices(html::Visit& visit);

/// A short form for agreeing an action on another feature's record (a risk, an assurance
/// gap): what will be done, its owner on the board and its date, as fields action_title,
/// action_owner and action_due. With errors, they show what was posted.
html::Html ShortActionFields(html::Visit& visit, const html::FieldErrors& errors);
/// The action posted from ShortActionFields, with a message against each missing field.
ActionInput ReadShortAction(html::Visit& visit, html::FieldErrors& errors);
/// Runs `record` when the form had no fault; otherwise checks `input` with the rules, so that
/// every fault shows at once. Each fault the rules find goes beside its field.
void RecordShortAction(html::FieldErrors& errors, const ActionInput& input,
                       const std::string& today, const std::function<void()>& record);

/// For the home page: the open actions, overdue and soonest due first, with the way to the log.
html::Html HomePanel(html::Visit& visit);

/// For a round's results: beside each item, what the board said it would do after the rounds
/// of the same framework that closed before this one, and (for the secretary) the way to
/// record a new action on it.
html::Html ResultsPanel(html::Visit& visit, const rounds::RoundView& round);

}  // namespace boardlens::actions
