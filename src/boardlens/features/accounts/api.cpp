// The accounts API: signing in and out, and API tokens.

#include "boardlens/base/error.hpp"
#include "boardlens/features/accounts/accounts.hpp"
#include "boardlens/features/accounts/feature.hpp"
#include "boardlens/features/accounts/json.hpp"
#include "boardlens/features/accounts/session_cookie.hpp"
#include "boardlens/http/call.hpp"

namespace boardlens::accounts {

using http::Call;
using http::Json;
using http::Needs;

void AddApiRoutes(http::Router& routes) {
  routes.Api("POST", "/api/v1/session", Needs::Anyone().OnWorker(), [](Call& call) {
    // A cross-site form can post text/plain without asking; only JSON signs in, so another
    // site cannot sign a browser in to an account of its choosing.
    if (!http::HasJsonBody(call.request)) {
      throw Invalid("sign in with a JSON body (Content-Type: application/json)", "Content-Type");
    }
    const Json body = http::ParseJsonObject(call.request.body);
    auto& accounts = call.Use<Accounts>();
    const SignIn login = accounts.Login(http::String(body, "email"), http::String(body, "password"),
                                        call.request.remote);
    http::Response r = http::JsonResponse({{"token", login.token},
                                           {"csrf_token", login.csrf_token},
                                           {"expires_at", login.expires_at},
                                           {"account", ToJson(login.account)}},
                                          201);
    r.headers.emplace_back("Set-Cookie",
                           SessionCookie(login.token, accounts.settings(), call.Use<http::Site>()));
    return r;
  });
  routes.Api("DELETE", "/api/v1/session", Needs::SignedIn(), [](Call& call) {
    auto& accounts = call.Use<Accounts>();
    accounts.Logout(call.token);
    http::Response r = http::NoContent();
    r.headers.emplace_back("Set-Cookie",
                           SessionCookie("", accounts.settings(), call.Use<http::Site>()));
    return r;
  });
  routes.Api("GET", "/api/v1/tokens", Needs::SignedIn(), [](Call& call) {
    const Caller& c = call.who();
    return http::JsonResponse(http::JsonList(call.Use<Accounts>().ApiTokens(c, c.email),
                                             [](const ApiToken& t) { return ToJson(t); }));
  });
  routes.Api("POST", "/api/v1/tokens", Needs::SignedIn(), [](Call& call) {
    const Caller& c = call.who();
    const Json body = http::ParseJsonObject(call.request.body);
    const auto created =
        call.Use<Accounts>().CreateApiToken(c, c.email, http::String(body, "name"));
    Json out = ToJson(created.about);
    out["token"] = created.token;
    return http::JsonResponse(out, 201);
  });
  routes.Api("DELETE", "/api/v1/tokens/{id}", Needs::SignedIn(), [](Call& call) {
    const Caller& c = call.who();
    call.Use<Accounts>().RevokeApiToken(c, c.email, call.params.at("id"));
    return http::NoContent();
  });
}

http::ApiPart DescribeApi() { return http::ApiPart("features/accounts"); }

}  // namespace boardlens::accounts
