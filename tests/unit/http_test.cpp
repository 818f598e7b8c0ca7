// The HTTP platform without a socket: routing, request parsing, and the pipeline's checks of
// each route's needs, with fake authenticator and organisation gate.

#include <gtest/gtest.h>

#include "boardlens/base/error.hpp"
#include "boardlens/http/call.hpp"
#include "boardlens/http/cookies.hpp"
#include "boardlens/http/json_body.hpp"
#include "boardlens/http/message.hpp"
#include "boardlens/http/pipeline.hpp"
#include "boardlens/http/router.hpp"
#include "support/error_kind.hpp"

namespace boardlens::http {
namespace {

Handler Says(std::string what) {
  return [what](Call&) {
    Response r;
    r.body = what;
    return r;
  };
}

using testing::KindOf;

TEST(Router, MatchesSegmentsAndCapturesParameters) {
  Router router;
  router.Add({"GET", "/orgs/{ods}/rounds/{round}", Surface::kApi, Needs::SignedIn(), Says("r")});
  router.Add({"POST", "/orgs/{ods}/rounds/{round}", Surface::kApi, Needs::SignedIn(), Says("p")});
  router.Add({"GET", "/orgs/{ods}/rounds/new", Surface::kPage, Needs::SignedIn(), Says("n")});
  const auto [route, params] = router.Match("GET", "/orgs/RAA/rounds/12");
  EXPECT_EQ(route->pattern, "/orgs/{ods}/rounds/{round}");
  EXPECT_EQ(params.at("ods"), "RAA");
  EXPECT_EQ(params.at("round"), "12");
  // The first route that matches wins, so a literal segment must come before a capture.
  EXPECT_EQ(router.Match("GET", "/orgs/RAA/rounds/new").first->pattern,
            "/orgs/{ods}/rounds/{round}");
  EXPECT_EQ(router.Match("HEAD", "/orgs/RAA/rounds/12").first->method, "GET");
  EXPECT_EQ(router.Match("GET", "//orgs/RAA/rounds/12/").first->method, "GET");
  EXPECT_EQ(KindOf([&] { router.Match("GET", "/orgs/RAA/rounds"); }), ErrorKind::kNotFound);
  EXPECT_EQ(KindOf([&] { router.Match("GET", "/orgs/RAA/rounds/12/x"); }), ErrorKind::kNotFound);
  try {
    router.Match("DELETE", "/orgs/RAA/rounds/12");
    ADD_FAILURE() << "DELETE matched";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kMethodNotAllowed);
    EXPECT_EQ(e.where(), "GET, POST");
  }
}

TEST(Router, PathIdsArePositiveWholeNumbers) {
  const PathParams params{{"round", "12"},
                          {"zero", "0"},
                          {"minus", "-3"},
                          {"text", "12a"},
                          {"huge", "99999999999999999999"}};
  EXPECT_EQ(PathId(params, "round"), 12);
  for (const char* bad : {"zero", "minus", "text", "huge"}) {
    EXPECT_EQ(KindOf([&] { PathId(params, bad); }), ErrorKind::kNotFound) << bad;
  }
}

TEST(Request, TargetsAreDecodedAndBadEscapesRefused) {
  std::string path;
  std::map<std::string, std::string> query;
  ASSERT_TRUE(ParseTarget("/orgs/R%41A/rounds?next=%2Forgs%2FRAA&x=a+b&flag", path, query));
  EXPECT_EQ(path, "/orgs/RAA/rounds");
  EXPECT_EQ(query.at("next"), "/orgs/RAA");
  EXPECT_EQ(query.at("x"), "a b");
  EXPECT_EQ(query.at("flag"), "");
  EXPECT_FALSE(ParseTarget("/bad%4", path, query));
  EXPECT_FALSE(ParseTarget("/bad%zz", path, query));
  std::string out;
  EXPECT_TRUE(PercentDecode("a%20b+c", out, false));
  EXPECT_EQ(out, "a b+c");
}

TEST(Request, FoldedHeaderLinesAreFound) {
  const std::string_view plain = "GET / HTTP/1.1\r\nHost: x\r\nX-Note: a b\tc\r\n\r\nbody \r\n x";
  const std::size_t length = HeaderSectionLength(plain);
  ASSERT_EQ(plain.substr(0, length), "GET / HTTP/1.1\r\nHost: x\r\nX-Note: a b\tc\r\n\r\n");
  EXPECT_FALSE(HasFoldedLine(plain.substr(0, length)));
  EXPECT_EQ(HeaderSectionLength("GET / HTTP/1.1\r\nHost: x\r\n"), std::string_view::npos);
  for (const std::string_view folded :
       {"GET / HTTP/1.1\r\nX-Note: a\r\n b\r\n\r\n", "GET / HTTP/1.1\r\nX-Note: a\r\n\tb\r\n\r\n",
        "GET / HTTP/1.1\r\n Host: x\r\n\r\n"}) {
    EXPECT_TRUE(HasFoldedLine(folded)) << folded;
  }
}

TEST(Request, LinesEndedByABareLineFeedAreFound) {
  EXPECT_FALSE(HasBareLineFeed("GET / HTTP/1.1\r\nHost: x\r\n\r\n"));
  EXPECT_FALSE(HasBareLineFeed("GET / HTTP/1.1\r"));  // its LF has yet to come
  for (const std::string_view bare : {"GET / HTTP/1.1\n", "\n", "GET / HTTP/1.1\r\nHost: x\n"}) {
    EXPECT_TRUE(HasBareLineFeed(bare)) << bare;
  }
}

TEST(Request, HeadersAreCaseInsensitiveAndCookiesSplit) {
  Request r;
  r.headers = {{"content-TYPE", "application/json"},
               {"Cookie", "a=1; boardlens_session=tok en; b=2"}};
  r.query = {{"next", "/x"}};
  EXPECT_EQ(r.Header("Content-Type"), "application/json");
  EXPECT_EQ(r.Header("X-Missing"), "");
  EXPECT_EQ(r.Cookie("boardlens_session"), "tok en");
  EXPECT_EQ(r.Cookie("b"), "2");
  EXPECT_EQ(r.Cookie("c"), "");
  EXPECT_EQ(r.Query("next"), "/x");
  EXPECT_EQ(r.Query("none", "fallback"), "fallback");
}

TEST(Request, LinksBackAreEncoded) {
  Request r;
  r.path = "/orgs/RAA/rounds";
  r.query = {{"a b", "c&d"}, {"next", "/x?y=1"}};
  EXPECT_EQ(PathWithQuery(r), "/orgs/RAA/rounds?a%20b=c%26d&next=/x%3Fy%3D1");
  const Response redirect = Redirect("/there");
  EXPECT_EQ(redirect.status, 303);
  EXPECT_EQ(redirect.headers.at(0).second, "/there");
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
    services_.Share<Authenticator>(gate_);
    services_.Share<OrgGate>(gate_);
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
  Services services_;
  Router routes_;
  Pipeline pipeline_{services_, routes_, [](Call*) {
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

TEST(Request, TheRequestLineIsReadBeforeTheBody) {
  const RequestLine line = ReadRequestLine("POST /api/v1/a%20b?x=1 HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_EQ(line.method, "POST");
  EXPECT_EQ(line.path, "/api/v1/a b");
  EXPECT_EQ(ReadRequestLine("GARBAGE\r\n\r\n").method, "");
  EXPECT_EQ(ReadRequestLine("GET /%zz HTTP/1.1\r\n\r\n").method, "");
}

/// A JSON object of `keys` fields.
std::string ObjectOf(std::size_t keys) {
  std::string text = "{";
  for (std::size_t i = 0; i < keys; ++i) {
    text += (i == 0 ? "\"k" : ",\"k") + std::to_string(i) + "\":1";
  }
  return text + "}";
}

TEST(JsonBody, AnObjectWithMoreFieldsThanAnyRecordIsRefused) {
  EXPECT_EQ(ParseJsonObject(ObjectOf(kMaxJsonKeys)).size(), kMaxJsonKeys);
  // Nested objects count their own keys.
  EXPECT_EQ(ParseJsonObject("{\"a\":" + ObjectOf(kMaxJsonKeys) + ",\"b\":[" +
                            ObjectOf(kMaxJsonKeys) + "]}")
                .size(),
            2U);
  for (const std::string& text :
       {ObjectOf(kMaxJsonKeys + 1), "{\"a\":[" + ObjectOf(90'000) + "]}"}) {
    try {
      ParseJsonObject(text);
      ADD_FAILURE() << "accepted " << text.size() << " bytes";
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::kInvalid);
      EXPECT_EQ(e.where(), "body");
      EXPECT_NE(std::string(e.what()).find("more than " + std::to_string(kMaxJsonKeys)),
                std::string::npos)
          << e.what();
    }
  }
}

TEST(JsonBody, NestingDeeperThanTheLimitIsRefused) {
  const std::string deep = "{\"a\":" + std::string(kMaxJsonDepth + 1, '[') + "1" +
                           std::string(kMaxJsonDepth + 1, ']') + "}";
  EXPECT_EQ(KindOf([&] { ParseJsonObject(deep); }), ErrorKind::kInvalid);
  EXPECT_EQ(KindOf([] { ParseJsonObject("[1]"); }), ErrorKind::kInvalid);
}

}  // namespace
}  // namespace boardlens::http
