// Requests without a socket: targets, header sections, headers, cookies and links back.

#include <gtest/gtest.h>

#include "boardlens/http/message.hpp"

namespace boardlens::http {
namespace {

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

TEST(Request, TheRequestLineIsReadBeforeTheBody) {
  const RequestLine line = ReadRequestLine("POST /api/v1/a%20b?x=1 HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_EQ(line.method, "POST");
  EXPECT_EQ(line.path, "/api/v1/a b");
  EXPECT_EQ(ReadRequestLine("GARBAGE\r\n\r\n").method, "");
  EXPECT_EQ(ReadRequestLine("GET /%zz HTTP/1.1\r\n\r\n").method, "");
}

}  // namespace
}  // namespace boardlens::http
