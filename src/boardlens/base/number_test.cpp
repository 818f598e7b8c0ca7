// Numbers as people write them, and refused in the design system's words at their field.

#include <gtest/gtest.h>

#include "boardlens/base/error.hpp"
#include "boardlens/base/number.hpp"
#include "boardlens/base/text.hpp"

namespace boardlens {
namespace {

TEST(Numbers, AreDigitsWithThousandsCommasAndOnePointAndNothingElse) {
  EXPECT_EQ(ParseNumber("12"), 12.0);
  EXPECT_EQ(ParseNumber("-0.25"), -0.25);
  EXPECT_EQ(ParseNumber("+3.5"), 3.5);
  EXPECT_EQ(ParseNumber(".5"), 0.5);
  EXPECT_EQ(ParseNumber("12,500"), 12500.0);
  EXPECT_EQ(ParseNumber("1,234.5"), 1234.5);
  EXPECT_EQ(ParseNumber("-1,000,000"), -1e6);
  EXPECT_EQ(ParseNumber("£1,250", true), 1250.0);
  for (const char* junk : {"",      "-",     ".",   "1,5", "1,23", "1,2345", ",123", "1,,000",
                           "1.2.3", "1e5",   "nan", "NaN", "inf",  "-inf",   " 1",   "1 ",
                           "0x10",  "1_000", "--1", "1-",  "£12",  "1.5,0"}) {
    EXPECT_FALSE(ParseNumber(junk)) << junk;
  }
  // Too large for a double: refused rather than infinity.
  EXPECT_FALSE(ParseNumber("1" + std::string(400, '0')));
}

TEST(Numbers, AreRefusedInTheDesignSystemsWordsAtTheirField) {
  constexpr NumberRule kUsers{.what = "Number of users", .whole = true, .min = 0, .max = 1e12};
  constexpr NumberRule kImpact{.what = "Impact", .whole = true, .min = 1, .max = 5};
  constexpr NumberRule kChange{.what = "Change", .min = -1e15, .max = 100};
  const auto refusal = [](std::string_view text, const NumberRule& rule) {
    try {
      ReadNumber(text, rule, "field");
    } catch (const Error& e) {
      EXPECT_EQ(e.where(), "field");
      return std::string(e.what());
    }
    return std::string("taken");
  };
  EXPECT_EQ(refusal("-3", kUsers), "Number of users must be 0 or more");
  EXPECT_EQ(refusal("2.5", kUsers), "Number of users must be a whole number");
  EXPECT_EQ(refusal("lots", kUsers), "Number of users must be a whole number");
  EXPECT_EQ(refusal("6", kImpact), "Impact must be between 1 and 5");
  EXPECT_EQ(refusal("101", kChange), "Change must be 100 or less");
  EXPECT_EQ(refusal("ten", kChange), "Change must be a number");
  EXPECT_EQ(refusal("1,000,000,000,001", kUsers),
            "Number of users must be between 0 and 1,000,000,000,000");
  EXPECT_EQ(ReadWholeNumber(" 12,500 ", kUsers, "field"), 12500);
  EXPECT_EQ(ReadNumber("  ", kUsers, "field"), std::nullopt);
  EXPECT_EQ(TooLongMessage("Your note", 2000), "Your note must be 2,000 characters or less");
}

}  // namespace
}  // namespace boardlens
