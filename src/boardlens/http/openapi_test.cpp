// The API description's enumerations come from the code's name tables, never typed by hand.

#include <gtest/gtest.h>

#include <stdexcept>

#include "boardlens/http/openapi.hpp"
#include "boardlens/http/problem.hpp"

namespace boardlens::http {
namespace {

Json PartWith(Json schemas) { return {{"components", {{"schemas", std::move(schemas)}}}}; }

TEST(ApiDescription, FillsAnEnumerationFromTheNamesAndNullWhereTheTypeAdmitsIt) {
  ApiPart part("test", PartWith({{"Level", {{"type", "string"}}},
                                 {"Reason", {{"type", {"string", "null"}}}}}));
  part.Enumerate("Level", {"low", "high"}).Enumerate("Reason", {"few"});
  const Json& schemas = part.json()["components"]["schemas"];
  EXPECT_EQ(schemas["Level"]["enum"], Json({"low", "high"}));
  EXPECT_EQ(schemas["Reason"]["enum"], Json({"few", nullptr}));
  EXPECT_TRUE(part.TypedEnumerations().empty());
  EXPECT_THROW(part.Enumerate("Missing", {"a"}), std::logic_error);
}

TEST(ApiDescription, RefusesAPartThatListsWordsByHand) {
  ApiPart part("test", PartWith({{"Level", {{"type", "string"}, {"enum", {"low", "high"}}}},
                                 {"Kind", {{"type", "string"}}}}));
  part.Enumerate("Kind", {"trust"});
  EXPECT_EQ(part.TypedEnumerations(),
            std::vector<std::string>{"test/openapi*.json at /components/schemas/Level"});
  ApiDescription description;
  EXPECT_THROW(description.Add(part), std::logic_error);
}

TEST(ApiDescription, ListsEveryProblemTitleTheServerGives) {
  const auto titles = ProblemTitles();
  EXPECT_EQ(titles.front(), "Bad request");
  EXPECT_EQ(titles.back(), "Internal error");
  EXPECT_EQ(titles.size(), 10U);
}

}  // namespace
}  // namespace boardlens::http
