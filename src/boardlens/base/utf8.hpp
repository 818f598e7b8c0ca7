#pragma once
/// Text enters boardlens only as UTF-8: PostgreSQL refuses anything else, and JSON cannot
/// carry it. Parsers and use cases check with this and say where the bad bytes are.

#include <cstddef>
#include <string>
#include <string_view>

namespace boardlens {

/// True when `text` is well-formed UTF-8 (no overlong forms, surrogates or values past
/// U+10FFFF) with no NUL bytes.
bool IsValidUtf8(std::string_view text);

/// `text` with each byte that is not part of a well-formed character (and each NUL) replaced
/// by U+FFFD, for echoing what a client sent into a page.
std::string ToValidUtf8(std::string_view text);

/// The characters of UTF-8 `text` as a person counts them (code points, with a CRLF line
/// break as one, as browsers count a textarea's), for limits stated in characters.
std::size_t CountCharacters(std::string_view text);

}  // namespace boardlens
