#include "boardlens/features/accounts/json.hpp"

namespace boardlens::accounts {

using http::Json;

Json ToJson(const Account& a) { return ToJson(CallerOf(a, false, {})); }

Json ToJson(const Caller& c) {
  return {{"id", c.account_id},
          {"email", c.email},
          {"name", c.name},
          {"platform_admin", c.platform_admin}};
}

Json ToJson(const ApiToken& t) {
  return {{"id", t.id},
          {"name", t.name},
          {"created_at", IsoTime(t.created_at)},
          {"expires_at", IsoTime(t.expires_at)}};
}

}  // namespace boardlens::accounts
