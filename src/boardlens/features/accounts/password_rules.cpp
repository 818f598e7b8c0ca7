#include "boardlens/features/accounts/password_rules.hpp"

#include <array>
#include <cctype>
#include <cstdlib>

#include "boardlens/base/text.hpp"

namespace boardlens::accounts {
namespace {

/// The word a password is built on: from its first letter to its last, lower case, with the
/// usual digit-for-letter swaps undone (p4ssw0rd) and anything else dropped. Digits and
/// symbols added before or after ("Password1234!") are what people add to a common word.
std::string CoreWord(std::string_view text) {
  const auto is_letter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
  std::size_t first = 0;
  while (first < text.size() && !is_letter(text[first])) ++first;
  std::size_t last = text.size();
  while (last > first && !is_letter(text[last - 1])) --last;
  std::string out;
  for (const char c : text.substr(first, last - first)) {
    switch (c) {
      case '0':
        out.push_back('o');
        break;
      case '1':
        out.push_back('i');
        break;
      case '3':
        out.push_back('e');
        break;
      case '4':
      case '@':
        out.push_back('a');
        break;
      case '5':
      case '$':
        out.push_back('s');
        break;
      default:
        if (is_letter(c))
          out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
  }
  return out;
}

/// True when the text is a short run of characters (1 to 4) said over and over.
bool RepeatsShortPattern(std::string_view text) {
  for (std::size_t period = 1; period <= 4 && period * 2 < text.size(); ++period) {
    bool repeats = true;
    for (std::size_t i = period; i < text.size() && repeats; ++i)
      repeats = text[i] == text[i - period];
    if (repeats) return true;
  }
  return false;
}

/// True when each character follows the one before it on a keyboard row or in the alphabet,
/// forwards or backwards, as in 123456789012, abcdefghijkl or qwertyuiopas.
bool FollowsARow(const std::string& text) {
  static constexpr std::array<std::string_view, 5> kRows{
      "abcdefghijklmnopqrstuvwxyz", "01234567890", "qwertyuiopasdfghjklzxcvbnm",
      "1qaz2wsx3edc4rfv5tgb", "zaq12wsxcde34rfvbgt56yhn"};
  const auto next_on = [](std::string_view row, char a, char b) {
    for (std::size_t i = 0; i + 1 < row.size(); ++i) {
      if ((row[i] == a && row[i + 1] == b) || (row[i] == b && row[i + 1] == a)) return true;
    }
    return false;
  };
  std::size_t followed = 0;
  for (std::size_t i = 1; i < text.size(); ++i) {
    for (const auto row : kRows) {
      if (next_on(row, text[i - 1], text[i])) {
        ++followed;
        break;
      }
    }
  }
  return followed + 2 >= text.size();  // allow one break in the run
}

/// Words that the most-used passwords are made of; with digits and symbols added they are
/// still the first guesses.
constexpr std::string_view kCommonWords[] = {"password",
                                             "passwords",
                                             "passphrase",
                                             "letmein",
                                             "welcome",
                                             "qwerty",
                                             "iloveyou",
                                             "admin",
                                             "administrator",
                                             "changeme",
                                             "trustno",
                                             "monkey",
                                             "football",
                                             "baseball",
                                             "sunshine",
                                             "princess",
                                             "dragon",
                                             "master",
                                             "boardlens",
                                             "secret",
                                             "login",
                                             "nhs",
                                             "correcthorsebatterystaple"};

}  // namespace

std::optional<std::string> PasswordWeakness(std::string_view password, std::string_view email,
                                            std::string_view name) {
  if (password.size() < kMinPasswordLength) {
    return "it needs at least " + std::to_string(kMinPasswordLength) + " characters";
  }
  if (password.size() > kMaxPasswordLength) return std::string("it is too long");
  const std::string lower = AsciiLower(password);
  if (RepeatsShortPattern(lower)) return std::string("it repeats a few characters over and over");
  if (FollowsARow(lower)) {
    return std::string("it is a run of neighbouring keys, letters or digits");
  }
  const std::string core = CoreWord(password);
  for (const auto word : kCommonWords) {
    if (core == word || (core.size() < word.size() + 3 && core.starts_with(word))) {
      return std::string("it is one of the passwords people guess first");
    }
  }
  const std::string local = AsciiLower(email.substr(0, email.find('@')));
  if (local.size() >= 4 && lower.find(local) != std::string::npos) {
    return std::string("it contains your email address");
  }
  for (std::string_view rest = name; !rest.empty();) {
    const auto space = rest.find(' ');
    const std::string part = AsciiLower(rest.substr(0, space));
    if (part.size() >= 4 && lower.find(part) != std::string::npos) {
      return std::string("it contains your name");
    }
    rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
  }
  return std::nullopt;
}

}  // namespace boardlens::accounts
