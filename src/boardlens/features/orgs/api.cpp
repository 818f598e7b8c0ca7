// The organisations API: who you are and where, organisations, board members and roles.

#include "boardlens/base/clock.hpp"
#include "boardlens/base/error.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/features/accounts/json.hpp"
#include "boardlens/features/orgs/board.hpp"
#include "boardlens/features/orgs/feature.hpp"
#include "boardlens/features/orgs/json.hpp"
#include "boardlens/features/orgs/organisations.hpp"
#include "boardlens/http/call.hpp"
#include "boardlens/http/site.hpp"

namespace boardlens::orgs {
namespace {

using http::Call;
using http::Json;
using http::Needs;

Json MyOrganisationsJson(Call& call) {
  return http::JsonList(call.Use<Organisations>().MyOrganisations(call.who()),
                        [](const OrgAccess& a) { return ToJson(a); });
}

Member MemberFrom(const Json& body) {
  Member m;
  m.name = http::String(body, "name");
  m.email = http::String(body, "email");
  m.job_title = http::String(body, "job_title");
  const auto membership = ParseMembership(http::String(body, "membership"));
  if (!membership) throw Invalid("membership must be executive or non-executive", "membership");
  m.membership = *membership;
  m.voting = http::Bool(body, "voting", true);
  return m;
}

}  // namespace

void AddApiRoutes(http::Router& routes) {
  const Needs viewer = Needs::InOrg(Role::kViewer);
  const Needs secretary = Needs::InOrg(Role::kSecretary);

  routes.Api("GET", "/api/v1/me", Needs::SignedIn(), [](Call& call) {
    return http::JsonResponse(
        {{"account", accounts::ToJson(call.who())}, {"organisations", MyOrganisationsJson(call)}});
  });
  routes.Api("GET", "/api/v1/orgs", Needs::SignedIn(),
             [](Call& call) { return http::JsonResponse(MyOrganisationsJson(call)); });
  routes.Api("POST", "/api/v1/orgs", Needs::SignedIn(), [](Call& call) {
    const Json body = http::ParseJsonObject(call.request.body);
    return http::JsonResponse(
        ToJson(call.Use<Organisations>().AddOrganisation(
            call.who(), http::String(body, "ods_code"), http::String(body, "name"),
            http::String(body, "kind"), http::String(body, "parent", false))),
        201);
  });
  routes.Api("GET", "/api/v1/orgs/{ods}", viewer, [](Call& call) {
    return http::JsonResponse(
        ToJson(call.Use<Organisations>().GetOrganisation(call.who(), call.ods())));
  });
  routes.Api("GET", "/api/v1/orgs/{ods}/members", viewer, [](Call& call) {
    return http::JsonResponse(http::JsonList(call.Use<Board>().ListMembers(call.who(), call.ods()),
                                             [](const Member& m) { return ToJson(m); }));
  });
  routes.Api("POST", "/api/v1/orgs/{ods}/members", secretary, [](Call& call) {
    return http::JsonResponse(
        ToJson(call.Use<Board>().AddMember(call.who(), call.ods(),
                                           MemberFrom(http::ParseJsonObject(call.request.body)))),
        201);
  });
  routes.Api("PUT", "/api/v1/orgs/{ods}/members/{member}", secretary, [](Call& call) {
    Member m = MemberFrom(http::ParseJsonObject(call.request.body));
    m.id = call.Id("member");
    return http::JsonResponse(ToJson(call.Use<Board>().UpdateMember(call.who(), call.ods(), m)));
  });
  routes.Api("PUT", "/api/v1/orgs/{ods}/roles", Needs::InOrg(Role::kAdmin), [](Call& call) {
    const Json body = http::ParseJsonObject(call.request.body);
    const std::string email = http::String(body, "email");
    const std::string role_text = http::String(body, "role");
    const auto role = ParseRole(role_text);
    if (!role) throw Invalid("role must be admin, secretary, member or viewer", "role");
    auto& board = call.Use<Board>();
    const Invitation invitation = board.InviteToRole(call.who(), call.ods(), email, *role);
    const std::string org_name = call.where().name;
    Json made = {{"expires_at", IsoTime(invitation.expires_at)}};
    // Emailed to the address only, where mail is sent: an admin who held the link could make
    // an account for an address they do not control.
    if (MailInvitation(call, invitation, *NormaliseEmail(email), org_name,
                       "An admin of " + org_name + " has invited you to have the " +
                           std::string(ToString(*role)) + " role there, on boardlens.")) {
      made["emailed"] = true;
    } else {
      made["emailed"] = false;
      made["link"] = call.Use<http::Site>().base_url() + "/join/" + invitation.token;
    }
    // 202: nothing changes until whoever holds the address accepts.
    return http::JsonResponse(
        {{"email", email}, {"role", role_text}, {"status", "invited"}, {"invitation", made}}, 202);
  });
}

http::ApiPart DescribeApi() {
  http::ApiPart part("features/orgs");
  part.Enumerate("Membership", MembershipNames())
      .Enumerate("Organisation/properties/kind", OrgKindNames())
      .Enumerate("OrganisationInput/properties/kind", OrgKindNames());
  return part;
}

}  // namespace boardlens::orgs
