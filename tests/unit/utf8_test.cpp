#include "boardlens/base/utf8.hpp"

#include <gtest/gtest.h>

#include "boardlens/base/text.hpp"

namespace boardlens {
namespace {

TEST(Utf8, AcceptsWellFormedTextOnly) {
  EXPECT_TRUE(IsValidUtf8("Board’s café — 5×5 risk ✓ 𝄞"));
  EXPECT_TRUE(IsValidUtf8(""));
  for (const char* bad :
       {"\xff", "caf\xe9", "\xc0\xaf" /* overlong / */, "\xed\xa0\x80" /* surrogate */,
        "\xf4\x90\x80\x80" /* > U+10FFFF */, "\xe2\x82" /* cut short */}) {
    EXPECT_FALSE(IsValidUtf8(bad)) << bad;
  }
  EXPECT_FALSE(IsValidUtf8(std::string_view("a\0b", 3)));
}

TEST(Utf8, InvalidBytesAreReplaced) {
  EXPECT_EQ(ToValidUtf8("caf\xe9 ok"), "caf\xEF\xBF\xBD ok");
  EXPECT_EQ(ToValidUtf8(std::string_view("a\0b", 3)),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(ToValidUtf8("Board’s ✓"), "Board’s ✓");
}

TEST(Utf8, EmailsMustBeUtf8) {
  EXPECT_TRUE(NormaliseEmail("Ann.Lee@Trust.NHS.uk"));
  EXPECT_FALSE(NormaliseEmail("ann\xff@trust.nhs.uk"));
}

TEST(Utf8, CharactersAreCountedAsPeopleCountThem) {
  EXPECT_EQ(CountCharacters(""), 0U);
  EXPECT_EQ(CountCharacters("abc"), 3U);
  EXPECT_EQ(CountCharacters("café"), 4U) << "é is two bytes, one character";
  EXPECT_EQ(CountCharacters("a\r\nb\nc"), 5U) << "a browser counts a line break as one";
}

}  // namespace
}  // namespace boardlens
