#pragma once
/// Accounts: who people are, how they sign in, their passwords and API tokens.

#include "boardlens/features/feature.hpp"

namespace boardlens::accounts {

void Register(Registration& registration);

// The parts Register puts together, one file each.
void AddApiRoutes(http::Router& routes);
/// Its part of the API description: its openapi*.json, with the enumerations its code reads.
http::ApiPart DescribeApi();
void AddPages(http::Router& routes, html::Navigation& navigation);
/// "Forgot your password?" and the link it mails.
void AddResetPages(http::Router& routes);
void AddCommands(cli::Commands& commands);

}  // namespace boardlens::accounts
