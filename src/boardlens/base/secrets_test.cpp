#include "boardlens/base/secrets.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace boardlens {
namespace {

TEST(Secrets, DigestsAndBase64AreTheStandardOnes) {
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(TokenHash("abc"), Sha256Hex("abc"));
  EXPECT_EQ(Base64("%PDF"), "JVBERg==");
  const std::string bytes("\0\xff%PDF-1.7\n", 11);
  EXPECT_EQ(FromBase64(Base64(bytes)), bytes);
  EXPECT_THROW(FromBase64("JVBER g=="), std::invalid_argument);
  EXPECT_THROW(FromBase64("JVBERg==x"), std::invalid_argument);
}

}  // namespace
}  // namespace boardlens
