// Routes as data: matching segments, capturing parameters, and ids from the path.

#include <gtest/gtest.h>

#include "boardlens/base/error.hpp"
#include "boardlens/base/error_kind_test.hpp"
#include "boardlens/http/router.hpp"

namespace boardlens::http {
namespace {

using testing::KindOf;

/// What a route does is no matter to matching it.
const Handler kNothing = [](Call&) { return Response{}; };

TEST(Router, MatchesSegmentsAndCapturesParameters) {
  Router router;
  router.Add({"GET", "/orgs/{ods}/rounds/{round}", Surface::kApi, Needs::SignedIn(), kNothing});
  router.Add({"POST", "/orgs/{ods}/rounds/{round}", Surface::kApi, Needs::SignedIn(), kNothing});
  router.Add({"GET", "/orgs/{ods}/rounds/new", Surface::kPage, Needs::SignedIn(), kNothing});
  const auto [route, params] = router.Match("GET", "/orgs/RAA/rounds/12");
  EXPECT_EQ(route->pattern, "/orgs/{ods}/rounds/{round}");
  EXPECT_EQ(params.at("ods"), "RAA");
  EXPECT_EQ(params.at("round"), "12");
  // A literal segment wins over a capture, though its route was added after.
  EXPECT_EQ(router.Match("GET", "/orgs/RAA/rounds/new").first->pattern, "/orgs/{ods}/rounds/new");
  router.Add({"GET", "/orgs/new/rounds/{round}", Surface::kPage, Needs::SignedIn(), kNothing});
  // At the first place the patterns differ: here the organisation's segment.
  EXPECT_EQ(router.Match("GET", "/orgs/new/rounds/new").first->pattern, "/orgs/new/rounds/{round}");
  EXPECT_EQ(router.Match("GET", "/orgs/RAA/rounds/new").first->pattern, "/orgs/{ods}/rounds/new");
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

}  // namespace
}  // namespace boardlens::http
