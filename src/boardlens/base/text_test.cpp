// Text fields: trimmed, checked and named, and never carrying a hidden character.

#include <gtest/gtest.h>

#include "boardlens/base/error.hpp"
#include "boardlens/base/text.hpp"

namespace boardlens {
namespace {

TEST(Text, SentencesStartWithACapitalAndEndWithAStop) {
  EXPECT_EQ(Sentence("no backup"), "No backup");
  EXPECT_EQ(FullSentence("no backup"), "No backup.");
  EXPECT_EQ(FullSentence("Is it tested?"), "Is it tested?");
  EXPECT_EQ(FullSentence("done."), "Done.");
  EXPECT_EQ(FullSentence(""), "");
}

TEST(Text, FieldsAreTrimmedCheckedAndNamed) {
  EXPECT_EQ(RequireText("  Board  ", "title"), "Board");
  try {
    RequireText("   ", "title");
    ADD_FAILURE();
  } catch (const Error& e) {
    EXPECT_EQ(e.where(), "title");
  }
  EXPECT_THROW(RequireText(std::string(201, 'x'), "title"), Error);
  // The limit is in characters, as its message says, not in bytes: "é" is two bytes.
  std::string accents;
  for (int i = 0; i < 200; ++i) accents += "\xc3\xa9";  // é
  EXPECT_EQ(RequireText(accents, "title"), accents);
  EXPECT_THROW(RequireText(accents + "e", "title"), Error);
  EXPECT_EQ(RequireEmail(" Ann@Trust.NHS.uk "), "ann@trust.nhs.uk");
  EXPECT_THROW(RequireEmail("ann"), Error);
  EXPECT_TRUE(IsValidDate("2024-02-29"));
  EXPECT_FALSE(IsValidDate("2025-02-29"));
  EXPECT_FALSE(IsValidDate("2025-2-28"));
}

TEST(Text, EveryTextCheckRefusesControlCharactersNamingTheField) {
  const auto problem = [](auto check) {
    try {
      check();
    } catch (const Error& e) {
      return e.where() + ": " + e.what();
    }
    return std::string("accepted");
  };
  EXPECT_EQ(problem([] { RequireText("Evil\x1b[2J", "name"); }),
            "name: name has a hidden character at character 5 that cannot be kept; it often comes "
            "with copied text, so type that part again");
  EXPECT_EQ(problem([] { RequireText("Two\nlines", "title"); }),
            "title: title must be on one line, with no tabs");
  EXPECT_EQ(problem([] { OptionalText("a\xC2\x9B", "what_happened", 100); }),
            "what_happened: what_happened has a hidden character at character 2 that cannot be "
            "kept; it often comes with copied text, so type that part again");
  EXPECT_EQ(OptionalText(" Two\r\nlines\tand a tab\n", "note", 100), "Two\r\nlines\tand a tab");
  EXPECT_EQ(problem([] { OptionalText("a\tb", "supplier", 100, Lines::kOne); }),
            "supplier: supplier must be on one line, with no tabs");
  EXPECT_EQ(problem([] { RequirePlainText("ok\x07", "evidence", Lines::kMany); }),
            "evidence: evidence has a hidden character at character 3 that cannot be kept; it "
            "often comes with copied text, so type that part again");
  EXPECT_FALSE(NormaliseEmail("jo\x1b@nhs.net"));
  EXPECT_FALSE(NormaliseEmail("jo@nhs.net\r\nBcc: x@evil.example"));
}

}  // namespace
}  // namespace boardlens
