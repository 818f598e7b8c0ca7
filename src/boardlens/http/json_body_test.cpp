// A JSON body is refused before it can cost much: too many fields, or nested too deep.

#include <gtest/gtest.h>

#include "boardlens/base/error.hpp"
#include "boardlens/base/error_kind_test.hpp"
#include "boardlens/http/json_body.hpp"

namespace boardlens::http {
namespace {

using testing::KindOf;

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
