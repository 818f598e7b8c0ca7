#pragma once
/// The API's JSON for accounts and tokens.

#include "boardlens/base/access.hpp"
#include "boardlens/features/accounts/account.hpp"
#include "boardlens/http/json_body.hpp"

namespace boardlens::accounts {

http::Json ToJson(const Account& account);
/// The account a caller acts as, in the same shape.
http::Json ToJson(const Caller& caller);
http::Json ToJson(const ApiToken& token);

}  // namespace boardlens::accounts
