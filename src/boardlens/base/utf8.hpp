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

/// True for a control character: C0 (U+0000 to U+001F), DEL (U+007F) or C1 (U+0080 to
/// U+009F). Sent to a terminal, ESC and CSI among them move the cursor, clear the screen or
/// retitle the window.
bool IsControlCharacter(char32_t c);

/// The byte offset of the first control character in UTF-8 `text` that is not one of
/// `allowed` (ASCII controls, such as "\t\n\r"), or npos.
std::size_t FindControlCharacter(std::string_view text, std::string_view allowed = {});

/// `text` made safe to print: each control character but a tab, a line feed and a carriage
/// return before a line feed, and each byte that is not well-formed UTF-8, becomes U+FFFD.
/// For output of text stored before it was checked, or from where it never is.
std::string NeutraliseControls(std::string_view text);

/// How many bytes at the end of `text` NeutraliseControls cannot judge yet: a character whose
/// last bytes have not come, or a carriage return that a line feed may follow. For text that
/// is written in pieces.
std::size_t UnfinishedTailLength(std::string_view text);

/// The characters of UTF-8 `text` as a person counts them (code points, with a CRLF line
/// break as one, as browsers count a textarea's), for limits stated in characters.
std::size_t CountCharacters(std::string_view text);

/// At most `max_bytes` of `text`, cut between characters.
std::string CutToBytes(std::string_view text, std::size_t max_bytes);

}  // namespace boardlens
