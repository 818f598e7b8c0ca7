// A mail's text as the server receives it: headers nobody can inject into, subjects in any
// language, bodies in UTF-8 that survive any mail server.

#include <gtest/gtest.h>

#include "boardlens/base/error.hpp"
#include "boardlens/base/error_kind_test.hpp"
#include "boardlens/mail/message.hpp"

namespace boardlens::mail {
namespace {

using testing::KindOf;

constexpr std::int64_t kNoon = 1783339200;  // 2026-07-06 12:00:00 UTC, a Monday

TEST(Mail, AddressesAndSubjectsCannotAddHeaders) {
  const Message ok{"jo@example.nhs.uk", "Reminder", "Hello"};
  EXPECT_NO_THROW(Compose(ok, "boardlens@example.nhs.uk", kNoon));
  for (const char* to : {"jo@example.nhs.uk\r\nBcc: eve@example.org", "jo@example.nhs.uk\nX: y",
                         "Jo <jo@example.nhs.uk>", "jo@example.nhs.uk, eve@example.org",
                         "no-at-sign", "two@@example.org", ""}) {
    EXPECT_EQ(KindOf([&] {
                Compose({to, "Reminder", "Hello"}, "b@example.org", kNoon);
              }),
              ErrorKind::kInvalid)
        << to;
  }
  EXPECT_EQ(KindOf([&] {
              Compose({ok.to, "Hi\r\nBcc: eve@example.org", "x"}, "b@e.org", kNoon);
            }),
            ErrorKind::kInvalid);
  EXPECT_EQ(KindOf([&] {
              Compose({ok.to, "Hi", "x"}, "b@e.org\r\nX: y", kNoon);
            }),
            ErrorKind::kInvalid);
  EXPECT_EQ(KindOf([&] {
              Compose({ok.to, std::string(300, 'a'), "x"}, "b@e.org", kNoon);
            }),
            ErrorKind::kInvalid);
  EXPECT_EQ(KindOf([&] {
              Compose({ok.to, "Hi", "bad \xff byte"}, "b@e.org", kNoon);
            }),
            ErrorKind::kInvalid);
}

TEST(Mail, HeadersAreCompleteAndTheBodyIsQuotedPrintableUtf8) {
  const std::string text =
      Compose({"jo@example.nhs.uk", "Reminder", "Hello"}, "boardlens@example.nhs.uk", kNoon);
  EXPECT_TRUE(text.starts_with("Date: Mon, 06 Jul 2026 12:00:00 +0000\r\n")) << text;
  EXPECT_NE(text.find("\r\nFrom: boardlens@example.nhs.uk\r\nTo: jo@example.nhs.uk\r\n"
                      "Subject: Reminder\r\nMessage-ID: <"),
            std::string::npos);
  EXPECT_NE(text.find("@example.nhs.uk>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; "
                      "charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                      "Hello\r\n"),
            std::string::npos);
}

TEST(Mail, NonAsciiSubjectsAreEncodedWordsOfWholeCharacters) {
  EXPECT_EQ(EncodeSubject("Reminder"), "Reminder");
  EXPECT_EQ(EncodeSubject("Café"), "=?UTF-8?B?Q2Fmw6k=?=");
  // 40 two-byte characters: split between characters, each line under 76.
  std::string long_subject;
  for (int i = 0; i < 40; ++i) long_subject += "é";
  const std::string encoded = EncodeSubject(long_subject);
  std::size_t start = 0;
  int words = 0;
  while (start < encoded.size()) {
    const std::size_t end = std::min(encoded.find("\r\n ", start), encoded.size());
    EXPECT_LE(end - start + 9, 76U);
    const std::string word = encoded.substr(start, end - start);
    EXPECT_TRUE(word.starts_with("=?UTF-8?B?") && word.ends_with("?="));
    ++words;
    start = end == encoded.size() ? end : end + 3;
  }
  EXPECT_EQ(words, 3);  // 38 + 38 + 4 bytes: 39 would split a character
}

TEST(Mail, QuotedPrintableKeepsLinesShortAndDotsSafe) {
  EXPECT_EQ(QuotedPrintable("Dear colleague,\n\nThank you"), "Dear colleague,\r\n\r\nThank you");
  EXPECT_EQ(QuotedPrintable("café = 1 \n.end"), "caf=C3=A9 =3D 1=20\r\n=2Eend");
  const std::string encoded = QuotedPrintable(std::string(200, 'a'));
  std::size_t start = 0;
  while (start < encoded.size()) {
    const std::size_t end = std::min(encoded.find("\r\n", start), encoded.size());
    EXPECT_LE(end - start, 76U);
    start = end + 2;
  }
  EXPECT_EQ(encoded.find("=\r\n"), 75U);
}

}  // namespace
}  // namespace boardlens::mail
