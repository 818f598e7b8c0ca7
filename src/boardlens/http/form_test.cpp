// Form bodies: URL-encoded fields decoded, and record ids that are digits that fit.

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "boardlens/base/error.hpp"
#include "boardlens/http/form.hpp"

namespace boardlens::http {
namespace {

TEST(Form, DecodesUrlEncodedBodies) {
  const Form form = Form::Parse("name=Ann+Lee&email=ann%40trust.nhs.uk&empty=&flag&name=second");
  EXPECT_EQ(form.Get("name"), "Ann Lee");
  EXPECT_EQ(form.Get("email"), "ann@trust.nhs.uk");
  EXPECT_EQ(form.Get("empty"), "");
  EXPECT_EQ(form.Get("missing"), "");
  EXPECT_THROW(Form::Parse("a=%zz"), Error);
  EXPECT_THROW(Form::Parse("a=%4"), Error);
}

TEST(Form, ARecordIdIsDigitsThatFitOrNothing) {
  const Form form = Form::Parse(
      "owner=42&blank=&sign=-1&word=12a&big=9999999999999999999&max=999999999999999999"
      "&ticked=3&ticked=x&ticked=5");
  EXPECT_EQ(form.GetId("owner"), 42);
  for (const char* name : {"blank", "sign", "word", "big", "missing"}) {
    EXPECT_EQ(form.GetId(name), std::nullopt) << name;
  }
  EXPECT_EQ(form.GetId("max"), 999'999'999'999'999'999);
  EXPECT_EQ(form.GetIds("ticked"), (std::vector<std::int64_t>{3, 5}));
}

}  // namespace
}  // namespace boardlens::http
