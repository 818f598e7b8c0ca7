#pragma once
/// Assessment rounds: a board rates itself against a framework, one member at a time, and the
/// secretary follows who has answered and closes the round.

#include <optional>
#include <string>
#include <vector>

#include "boardlens/features/feature.hpp"
#include "boardlens/features/rounds/round.hpp"
#include "boardlens/html/page.hpp"

namespace boardlens::rounds {

void Register(Registration& registration);

// The parts Register puts together, one file each.
void AddApiRoutes(http::Router& routes);
/// Its part of the API description: its openapi*.json, with the enumerations its code reads.
http::ApiPart DescribeApi();
void AddPages(http::Router& routes);
void AddLifecyclePages(http::Router& routes);
void AddQuestionnairePages(http::Router& routes);
void AddReminderPages(http::Router& routes);
void AddCommands(cli::Commands& commands);

/// What the round page shows again after a form on it was posted.
struct Posted {
  html::DateParts closes_by;            ///< the open form's date as typed
  std::optional<std::string> reminder;  ///< the reminder as typed
  html::FieldErrors errors;
  html::Html notice;  ///< what came of the form, at the top
};
/// The round's own page (pages.cpp).
http::Response RoundPage(html::Visit& v, Id id, const Posted& posted);
/// The secretary's way to remind `waiting`, the members who have not answered every question
/// (reminder_pages.cpp).
html::Html RemindMembers(html::Visit& v, const RoundView& view,
                         const std::vector<orgs::Member>& waiting, const Posted& posted);

}  // namespace boardlens::rounds
