#include "boardlens/base/text.hpp"

#include <array>
#include <cctype>
#include <charconv>
#include <cmath>

#include "boardlens/base/error.hpp"
#include "boardlens/base/number.hpp"
#include "boardlens/base/utf8.hpp"

namespace boardlens {
namespace {
bool IsSpace(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }
}  // namespace

std::string_view Trim(std::string_view text) {
  while (!text.empty() && IsSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsSpace(text.back())) text.remove_suffix(1);
  return text;
}

std::string FullSentence(std::string text) {
  text = Sentence(std::move(text));
  if (!text.empty() && text.find_last_of(".!?") != text.size() - 1) text += '.';
  return text;
}

std::string Sentence(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 32);
  return text;
}

std::string AsciiLower(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text)
    out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return out;
}

void RequirePlainText(std::string_view value, std::string_view field, Lines lines) {
  const std::string name(field);
  if (!IsValidUtf8(value)) throw Invalid(name + " is not valid UTF-8 text", name);
  const std::string_view v = Trim(value);  // a line break at either end is trimmed off anyway
  const std::size_t at = FindControlCharacter(v, lines == Lines::kMany ? "\t\n\r" : "");
  if (at == std::string_view::npos) return;
  if (v[at] == '\t' || v[at] == '\n' || v[at] == '\r') {
    throw Invalid(name + " must be on one line, with no tabs", name);
  }
  // Usually pasted in unseen from another program: say where, so the person can retype it.
  throw Invalid(
      name + " has a hidden character at character " +
          std::to_string(CountCharacters(v.substr(0, at)) + 1) +
          " that cannot be kept; it often comes with copied text, so type that part again",
      name);
}

std::string TooLongMessage(std::string_view what, std::size_t max_characters) {
  return std::string(what) + " must be " +
         WithThousands(static_cast<std::int64_t>(max_characters)) + " characters or less";
}

std::string RequireText(std::string_view value, std::string_view field, std::size_t max,
                        Lines lines) {
  const std::string name(field);
  RequirePlainText(value, field, lines);
  const std::string_view v = Trim(value);
  if (v.empty()) throw Invalid(name + " must not be empty", name);
  if (CountCharacters(v) > max) {
    throw Invalid(TooLongMessage(name, max), name);
  }
  return std::string(v);
}

std::string OptionalText(std::string_view value, std::string_view field, std::size_t max,
                         Lines lines) {
  const std::string name(field);
  RequirePlainText(value, field, lines);
  const std::string_view v = Trim(value);
  if (CountCharacters(v) > max) {
    throw Invalid(TooLongMessage(name, max), name);
  }
  return std::string(v);
}

std::optional<std::string> NormaliseEmail(std::string_view email) {
  email = Trim(email);
  const auto at = email.find('@');
  if (email.size() > 254 || !IsValidUtf8(email) || at == 0 || at == std::string_view::npos ||
      email.find('@', at + 1) != std::string_view::npos ||
      email.find('.', at) == std::string_view::npos || email.back() == '.') {
    return std::nullopt;
  }
  if (FindControlCharacter(email) != std::string_view::npos) return std::nullopt;
  std::string out;
  for (char c : email) {
    if (IsSpace(c)) return std::nullopt;
    out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return out;
}

std::string RequireEmail(std::string_view email, std::string_view field) {
  auto normal = NormaliseEmail(email);
  if (!normal)
    throw Invalid("\"" + std::string(email) + "\" is not an email address", std::string(field));
  return *normal;
}

bool IsValidDate(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (std::isdigit(static_cast<unsigned char>(d[i])) == 0) return false;
  }
  const int year = std::stoi(std::string(d.substr(0, 4)));
  const int month = std::stoi(std::string(d.substr(5, 2)));
  const int day = std::stoi(std::string(d.substr(8, 2)));
  if (month < 1 || month > 12 || day < 1) return false;
  constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int max = kDays.at(static_cast<std::size_t>(month - 1)) + (month == 2 && leap ? 1 : 0);
  return day <= max;
}

}  // namespace boardlens
