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

TEST(Utf8, ControlCharactersAreFoundAndNeutralised) {
  // C0, DEL and C1 (U+009B is CSI, two bytes in UTF-8).
  EXPECT_EQ(FindControlCharacter("plain text, café ✓"), std::string_view::npos);
  EXPECT_EQ(FindControlCharacter("ab\x1b[2J"), 2U);
  EXPECT_EQ(FindControlCharacter("é\xC2\x9B"
                                 "2J"),
            2U);
  EXPECT_EQ(FindControlCharacter("a\x7F"), 1U);
  EXPECT_EQ(FindControlCharacter("a\tb\r\nc"), 1U);
  EXPECT_EQ(FindControlCharacter("a\tb\r\nc", "\t\n\r"), std::string_view::npos);
  EXPECT_EQ(FindControlCharacter("a\tb\x1b", "\t\n\r"), 3U);

  const std::string r = "\xEF\xBF\xBD";
  EXPECT_EQ(NeutraliseControls("a\x1b]0;x\x07"
                               "b"),
            "a" + r + "]0;x" + r + "b");
  EXPECT_EQ(NeutraliseControls("é\xC2\x9B"
                               "2J\x7F"),
            "é" + r + "2J" + r);
  EXPECT_EQ(NeutraliseControls("line\r\nnext\ttab\n"), "line\r\nnext\ttab\n");
  EXPECT_EQ(NeutraliseControls("over\rwrite\r"), "over" + r + "write" + r);
  EXPECT_EQ(NeutraliseControls(std::string("nul\0bad\xFF", 8)), "nul" + r + "bad" + r);

  EXPECT_EQ(UnfinishedTailLength("abc"), 0U);
  EXPECT_EQ(UnfinishedTailLength("abc\r"), 1U);
  EXPECT_EQ(UnfinishedTailLength("ab\xC2"), 1U);
  EXPECT_EQ(UnfinishedTailLength("ab\xE2\x9C"), 2U);
  EXPECT_EQ(UnfinishedTailLength("ab\xE2\x9C\x93"), 0U);
  EXPECT_EQ(UnfinishedTailLength("ab\xF0\x9D\x84"), 3U);
}

}  // namespace
}  // namespace boardlens
