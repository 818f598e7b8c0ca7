// The pipeline without a socket: its checks of each route's needs, with a fake authenticator
// and organisation gate.

#include <gtest/gtest.h>

#include "boardlens/base/error.hpp"
#include "boardlens/http/call.hpp"
#include "boardlens/http/json_body.hpp"
#include "boardlens/http/message.hpp"
#include "boardlens/http/pipeline.hpp"
#include "boardlens/http/router.hpp"

namespace boardlens::http {
namespace {

Handler Says(const std::string& what) {
  return [what](Call&) {
    Response r;
    r.body = what;
    return r;
  };
}

/// Knows one browser session, one API token and one organisation.
class FakeGate final : public Authenticator, public OrgGate {
 public:
  std::optional<Caller> Authenticate(const std::string& token) override {
    ++lookups;
    Caller c;
    c.account_id = 7;
    c.name = "Ann";
    if (token == "browser") {
      c.browser_session = true;
      c.csrf_token = "csrf-ok";
      return c;
    }
    if (token == "api") return c;
    return std::nullopt;
  }
  OrgScope Admit(const Caller&, const std::string& ods, Role at_least) override {
    if (ods != "RAA") throw NotFound("there is no organisation with ODS code " + ods);
    if (role < at_least) throw Forbidden("needs more");
    return {1, "RAA", "Trust A", role};
  }
  OrgScope AdmitKeeper(const Caller& caller, const std::string& ods) override {
    OrgScope scope = Admit(caller, ods, Role::kMember);
    if (!keeper) throw Forbidden("keepers only");
    return scope;
  }
  std::vector<OrgScope> OrganisationsOf(const Caller&) override { return {}; }

  Role role = Role::kMember;
  bool keeper = false;
  int lookups = 0;
};

class PipelineTest : public ::testing::Test {
 protected:
  PipelineTest() {
    registry_.Share<Authenticator>(gate_);
    registry_.Share<OrgGate>(gate_);
    routes_.Add({"GET", "/api/v1/orgs/{ods}/things", Surface::kApi, Needs::InOrg(Role::kMember),
                 [](Call& call) {
                   Response r;
                   r.body = call.where().name + " for " + call.who().name;
                   return r;
                 }});
    routes_.Add({"POST", "/api/v1/orgs/{ods}/things", Surface::kApi, Needs::InOrg(Role::kSecretary),
                 Says("made")});
    routes_.Add(
        {"POST", "/api/v1/session", Surface::kApi, Needs::Anyone().OnWorker(), Says("hello")});
    routes_.Add({"GET", "/orgs/{ods}", Surface::kPage, Needs::InOrg(Role::kViewer), Says("page")});
    routes_.Add({"POST", "/api/v1/orgs/{ods}/things/import", Surface::kApi,
                 Needs::InOrg(Role::kSecretary).Bulk(), Says("imported")});
    routes_.Add(
        {"PUT", "/api/v1/orgs/{ods}/things", Surface::kApi, Needs::Keeper(), [](Call& call) {
           Response r;
           r.body = ParseJsonObject(call.request.body).at("name").get<std::string>();
           return r;
         }});
    routes_.Add(
        {"POST", "/orgs/{ods}/things", Surface::kPage, Needs::InOrg(Role::kMember), [](Call& call) {
           Response r;
           r.body = call.form.Get("name");
           return r;
         }});
  }

  Response Send(const std::string& method, const std::string& target,
                std::vector<std::pair<std::string, std::string>> headers = {},
                std::string body = {}) {
    Request r;
    r.method = method;
    EXPECT_TRUE(ParseTarget(target, r.path, r.query));
    r.headers = std::move(headers);
    r.body = std::move(body);
    return pipeline_.Handle(r);
  }

  FakeGate gate_;
  Registry registry_;
  Router routes_;
  Pipeline pipeline_{registry_, routes_, [](Call*) {
                       Response r;
                       r.status = 599;
                       r.content_type = "text/html";
                       return r;
                     }};
};

TEST_F(PipelineTest, ApiRoutesNeedACallerWithTheRoleTheyName) {
  EXPECT_EQ(Send("GET", "/api/v1/orgs/RAA/things").status, 401);
  EXPECT_EQ(Send("GET", "/api/v1/orgs/RAA/things", {{"Authorization", "Bearer nope"}}).status, 401);
  const Response ok = Send("GET", "/api/v1/orgs/RAA/things", {{"Authorization", "Bearer api"}});
  EXPECT_EQ(ok.status, 200);
  EXPECT_EQ(ok.body, "Trust A for Ann");
  EXPECT_EQ(Send("GET", "/api/v1/orgs/RZZ/things", {{"Authorization", "Bearer api"}}).status, 404);
  EXPECT_EQ(Send("POST", "/api/v1/orgs/RAA/things", {{"Authorization", "Bearer api"}}).status, 403);
  gate_.role = Role::kSecretary;
  EXPECT_EQ(Send("POST", "/api/v1/orgs/RAA/things", {{"Authorization", "Bearer api"}}).status, 200);
  EXPECT_EQ(Send("POST", "/api/v1/session").body, "hello");
}

TEST_F(PipelineTest, AKeeperRouteRefusesAnyoneElseBeforeReadingTheBody) {
  const std::pair<std::string, std::string> bearer{"Authorization", "Bearer api"};
  EXPECT_EQ(Send("PUT", "/api/v1/orgs/RAA/things", {bearer}, "{not json").status, 403);
  gate_.keeper = true;
  EXPECT_EQ(Send("PUT", "/api/v1/orgs/RAA/things", {bearer}, "{not json").status, 400);
  EXPECT_EQ(Send("PUT", "/api/v1/orgs/RAA/things", {bearer}, R"({"name": "Ann"})").body, "Ann");
}

TEST_F(PipelineTest, TheTokenIsReadOnceARequest) {
  gate_.lookups = 0;
  Send("GET", "/api/v1/orgs/RAA/things", {{"Authorization", "Bearer api"}});
  EXPECT_EQ(gate_.lookups, 1);
}

TEST_F(PipelineTest, CookieSessionsNeedTheirCsrfTokenToChangeAnything) {
  gate_.role = Role::kSecretary;
  const std::pair<std::string, std::string> cookie{"Cookie", "boardlens_session=browser"};
  EXPECT_EQ(Send("GET", "/api/v1/orgs/RAA/things", {cookie}).status, 200);
  EXPECT_EQ(Send("POST", "/api/v1/orgs/RAA/things", {cookie}).status, 403);
  EXPECT_EQ(Send("POST", "/api/v1/orgs/RAA/things", {cookie, {"X-CSRF-Token", "wrong"}}).status,
            403);
  EXPECT_EQ(Send("POST", "/api/v1/orgs/RAA/things", {cookie, {"X-CSRF-Token", "csrf-ok"}}).status,
            200);
  // An API token in a cookie is refused: tokens go in the Authorization header.
  EXPECT_EQ(Send("GET", "/api/v1/orgs/RAA/things", {{"Cookie", "boardlens_session=api"}}).status,
            401);
  // Pages take the token from the form.
  const Response page = Send("POST", "/orgs/RAA/things", {cookie}, "name=Ann&csrf=csrf-ok");
  EXPECT_EQ(page.body, "Ann");
  EXPECT_EQ(Send("POST", "/orgs/RAA/things", {cookie}, "name=Ann&csrf=no").status, 599);
}

TEST_F(PipelineTest, PagesSendStrangersToSignInAndAnswerFailuresWithAPage) {
  const Response away = Send("GET", "/orgs/RAA?tab=1");
  EXPECT_EQ(away.status, 303);
  EXPECT_EQ(away.headers.at(0).second, "/sign-in?next=/orgs/RAA%3Ftab%3D1");
  const Response ended = Send("POST", "/orgs/RAA/things", {{"Cookie", "boardlens_session=old"}});
  EXPECT_EQ(ended.headers.at(0).second, "/sign-in?next=/&ended=1");
  // A bearer token does not open pages.
  EXPECT_EQ(Send("GET", "/orgs/RAA", {{"Authorization", "Bearer api"}}).status, 303);
  const Response page = Send("GET", "/orgs/RAA", {{"Cookie", "boardlens_session=browser"}});
  EXPECT_EQ(page.body, "page");
  bool policy = false;
  for (const auto& [name, value] : page.headers) policy |= name == "Content-Security-Policy";
  EXPECT_TRUE(policy);
  EXPECT_EQ(Send("GET", "/nowhere").status, 599);
  EXPECT_EQ(Send("GET", "/api/v1/nowhere").content_type, "application/problem+json");
}

TEST_F(PipelineTest, RoutesSayWhichRunOnTheWorkerPool) {
  Request r;
  r.method = "POST";
  r.path = "/api/v1/session";
  EXPECT_TRUE(pipeline_.RunsOnWorker(r));
  r.path = "/api/v1/orgs/RAA/things";
  EXPECT_FALSE(pipeline_.RunsOnWorker(r));
  r.path = "/nowhere";
  EXPECT_FALSE(pipeline_.RunsOnWorker(r));
}

TEST_F(PipelineTest, OnlyRoutesThatTakeAFileTakeALargeBody) {
  EXPECT_TRUE(pipeline_.TakesBulk("POST", "/api/v1/orgs/RAA/things/import"));
  EXPECT_FALSE(pipeline_.TakesBulk("POST", "/api/v1/orgs/RAA/things"));
  EXPECT_FALSE(pipeline_.TakesBulk("POST", "/api/v1/session"));
  EXPECT_FALSE(pipeline_.TakesBulk("GET", "/api/v1/orgs/RAA/things/import"));
  EXPECT_FALSE(pipeline_.TakesBulk("", ""));
}

}  // namespace
}  // namespace boardlens::http
