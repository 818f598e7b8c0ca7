#pragma once
/// Organisations: trusts and ICBs, the roles accounts have in them, their boards' members,
/// and the invitation links that bring members in.

#include "boardlens/features/feature.hpp"

namespace boardlens::orgs {

void Register(Registration& registration);

// The parts Register puts together, one file each.
void AddApiRoutes(http::Router& routes);
/// Its part of the API description: its openapi*.json, with the enumerations its code reads.
http::ApiPart DescribeApi();
void AddOrganisationsPage(http::Router& routes);
void AddMemberPages(http::Router& routes);
void AddJoinPages(http::Router& routes);
void AddCommands(cli::Commands& commands);

struct Invitation;
/// Mails `invitation`'s link to `to`, saying `what` it offers at `org_name`, where this
/// installation sends mail; false where it does not, and the link must be handed on by hand.
bool MailInvitation(http::Call& call, const Invitation& invitation, const std::string& to,
                    const std::string& org_name, const std::string& what);

}  // namespace boardlens::orgs
