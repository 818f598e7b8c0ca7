#pragma once
/// The text of a mail as the mail server receives it (RFC 5322), without I/O: headers that
/// cannot be injected into, a subject in any language, a body in UTF-8.

#include <cstdint>
#include <string>
#include <string_view>

#include "boardlens/mail/mailer.hpp"

namespace boardlens::mail {

/// Longest subject we send, in bytes: beyond it mail programs cut it anyway.
inline constexpr std::size_t kMaxSubjectLength = 250;

/// Refuses (kInvalid, naming `field`) anything but a plain address: one @, no spaces, no
/// control characters (CR and LF would start a header of their own), none of <>,;:"()[]\.
void RequireAddress(std::string_view address, const char* field);

/// `subject` as a header value: as it is when it is printable ASCII, otherwise as RFC 2047
/// encoded words (UTF-8, base64), folded so that no line is over 76 characters.
std::string EncodeSubject(std::string_view subject);

/// `body` in quoted-printable (RFC 2045), with CRLF line ends and lines of at most 76
/// characters; a line starting with a dot is encoded, so SMTP cannot take it for the end.
std::string QuotedPrintable(std::string_view body);

/// The whole message: Date (from `now`), From, To, Subject, Message-ID, MIME headers and the
/// body. Refuses unsafe addresses, a subject with control characters or over
/// kMaxSubjectLength, and text that is not UTF-8.
std::string Compose(const Message& message, std::string_view from, std::int64_t now);

}  // namespace boardlens::mail
