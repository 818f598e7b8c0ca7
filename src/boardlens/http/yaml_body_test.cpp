// JSON bodies written as YAML.

#include <gtest/gtest.h>

#include "boardlens/http/yaml_body.hpp"

namespace boardlens {
namespace {

TEST(YamlBody, QuotedScalarsStayTextAndPlainOnesBecomeWhatTheyRead) {
  const auto json = http::JsonFromYaml(
      "# a comment\nname: Patient portal\nbaseline: \"19500\"\ntarget: 99.5\nusers: 64000\n"
      "top: true\nnone: ~\non: 2026-04-01\nlist:\n  - 1\n  - x\n");
  EXPECT_EQ(json["name"], "Patient portal");
  EXPECT_EQ(json["baseline"], "19500");
  EXPECT_EQ(json["target"], 99.5);
  EXPECT_EQ(json["users"], 64000);
  EXPECT_EQ(json["top"], true);
  EXPECT_TRUE(json["none"].is_null());
  EXPECT_EQ(json["on"], "2026-04-01");
  EXPECT_EQ(json["list"], http::Json::parse("[1, \"x\"]"));
}

}  // namespace
}  // namespace boardlens
