#pragma once
/// The API's JSON for organisations and board members.

#include "boardlens/features/orgs/organisation.hpp"
#include "boardlens/http/json_body.hpp"

namespace boardlens::orgs {

http::Json ToJson(const Organisation& org);
/// The organisation with the caller's role there.
http::Json ToJson(const OrgAccess& access);
http::Json ToJson(const Member& member);

}  // namespace boardlens::orgs
