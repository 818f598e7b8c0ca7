#include "boardlens/base/utf8.hpp"

#include <algorithm>
#include <cstdint>

namespace boardlens {
namespace {

/// The length of the well-formed, non-NUL character starting at text[i], or 0.
std::size_t CharacterLength(std::string_view text, std::size_t i) {
  const auto c = static_cast<std::uint8_t>(text[i]);
  if (c == 0) return 0;
  if (c < 0x80) return 1;
  std::size_t length = 0;
  std::uint32_t code = 0;
  if ((c & 0xE0U) == 0xC0U) {
    length = 2;
    code = c & 0x1FU;
  } else if ((c & 0xF0U) == 0xE0U) {
    length = 3;
    code = c & 0x0FU;
  } else if ((c & 0xF8U) == 0xF0U) {
    length = 4;
    code = c & 0x07U;
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  for (std::size_t k = 1; k < length; ++k) {
    const auto next = static_cast<std::uint8_t>(text[i + k]);
    if ((next & 0xC0U) != 0x80U) return 0;
    code = (code << 6U) | (next & 0x3FU);
  }
  const bool overlong = (length == 2 && code < 0x80) || (length == 3 && code < 0x800) ||
                        (length == 4 && code < 0x10000);
  if (overlong || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
  return length;
}

/// The code point of the well-formed character of `length` bytes at text[i].
char32_t CodePoint(std::string_view text, std::size_t i, std::size_t length) {
  const auto lead = static_cast<std::uint8_t>(text[i]);
  if (length == 1) return lead;
  constexpr std::uint8_t kLeadBits[] = {0, 0, 0x1F, 0x0F, 0x07};
  char32_t code = lead & kLeadBits[length];
  for (std::size_t k = 1; k < length; ++k) {
    code = (code << 6U) | (static_cast<std::uint8_t>(text[i + k]) & 0x3FU);
  }
  return code;
}

}  // namespace

bool IsControlCharacter(char32_t c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); }

std::size_t FindControlCharacter(std::string_view text, std::string_view allowed) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = std::max<std::size_t>(1, CharacterLength(text, i));
    const char32_t c = CodePoint(text, i, length);
    if (IsControlCharacter(c) &&
        (c > 0x7F || allowed.find(static_cast<char>(c)) == std::string_view::npos)) {
      return i;
    }
    i += length;
  }
  return std::string_view::npos;
}

std::string NeutraliseControls(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = CharacterLength(text, i);
    const char32_t c = length == 0 ? 0 : CodePoint(text, i, length);
    const bool kept =
        c == '\t' || c == '\n' || (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n');
    if (length == 0 || (IsControlCharacter(c) && !kept)) {
      out += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER
      i += std::max<std::size_t>(1, length);
    } else {
      out.append(text, i, length);
      i += length;
    }
  }
  return out;
}

std::size_t UnfinishedTailLength(std::string_view text) {
  if (text.ends_with('\r')) return 1;
  // The last lead byte among the final three, if the character it starts runs past the end.
  for (std::size_t back = 1; back <= std::min<std::size_t>(3, text.size()); ++back) {
    const auto byte = static_cast<std::uint8_t>(text[text.size() - back]);
    if ((byte & 0xC0U) == 0x80U) continue;  // a continuation byte: look further back
    const std::size_t needs = (byte & 0xE0U) == 0xC0U   ? 2
                              : (byte & 0xF0U) == 0xE0U ? 3
                              : (byte & 0xF8U) == 0xF0U ? 4
                                                        : 1;
    return needs > back ? back : 0;
  }
  return 0;
}

bool IsValidUtf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = CharacterLength(text, i);
    if (length == 0) return false;
    i += length;
  }
  return true;
}

std::string ToValidUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = CharacterLength(text, i);
    if (length == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER
      ++i;
    } else {
      out.append(text, i, length);
      i += length;
    }
  }
  return out;
}

std::size_t CountCharacters(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    const bool continuation = (byte & 0xC0U) == 0x80U;
    const bool crlf_tail = byte == '\n' && i > 0 && text[i - 1] == '\r';
    if (!continuation && !crlf_tail) ++count;
  }
  return count;
}

std::string CutToBytes(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  text = text.substr(0, max_bytes);
  return std::string(text.substr(0, text.size() - UnfinishedTailLength(text)));
}

}  // namespace boardlens
