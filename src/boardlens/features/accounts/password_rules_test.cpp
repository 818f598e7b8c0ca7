// Passwords that pass a length rule yet fall to the first guesses.

#include <gtest/gtest.h>

#include "boardlens/features/accounts/password_rules.hpp"

namespace boardlens::accounts {
namespace {

bool Weak(std::string_view password, std::string_view email = "ann.lee@trust.nhs.uk",
          std::string_view name = "Ann Leeson") {
  return PasswordWeakness(password, email, name).has_value();
}

TEST(PasswordRules, PatternsAndCommonWordsAreRefused) {
  for (const char* weak : {"aaaaaaaaaaaa", "121212121212", "abcdabcdabcd", "123456789012",
                           "987654321098", "abcdefghijkl", "qwertyuiopas", "1qaz2wsx3edc",
                           "Password1234", "P4ssw0rd!!!!", "2026password", "Welcome123456",
                           "correct horse battery staple", "boardlens2026!", "short"}) {
    EXPECT_TRUE(Weak(weak)) << weak;
  }
}

TEST(PasswordRules, ThePersonsOwnDetailsAreRefused) {
  EXPECT_TRUE(Weak("ann.lee-2026-board"));
  EXPECT_TRUE(Weak("my name is leeson!"));
  EXPECT_FALSE(Weak("ann lee 2026 board", "x@trust.nhs.uk", "Al Bo"));  // parts under 4 letters
}

TEST(PasswordRules, PassphrasesAndRandomTextPass) {
  for (const char* good : {"correct horse battery", "a fresh long phrase", "mQ7#vL2p!xR9",
                           "a long enough password", "tea at the riverside ward"}) {
    EXPECT_FALSE(Weak(good)) << good << ": " << *PasswordWeakness(good, "ann@x.uk", "Ann");
  }
}

TEST(PasswordRules, TheReasonSaysWhat) {
  EXPECT_EQ(*PasswordWeakness("short", "", ""), "it needs at least 12 characters");
  EXPECT_EQ(*PasswordWeakness(std::string(1025, 'x'), "", ""), "it is too long");
}

}  // namespace
}  // namespace boardlens::accounts
