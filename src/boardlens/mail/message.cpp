#include "boardlens/mail/message.hpp"

#include <array>
#include <ctime>

#include "boardlens/base/error.hpp"
#include "boardlens/base/secrets.hpp"
#include "boardlens/base/utf8.hpp"

namespace boardlens::mail {
namespace {

constexpr std::size_t kMaxLine = 76;
constexpr std::string_view kHex = "0123456789ABCDEF";

bool IsControl(unsigned char c) { return c < 0x20 || c == 0x7f; }

/// "Tue, 01 Jul 2026 10:00:00 +0000", in the C locale's English names, as RFC 5322 wants.
std::string DateHeader(std::int64_t now) {
  static constexpr std::array<const char*, 7> kDays{"Sun", "Mon", "Tue", "Wed",
                                                    "Thu", "Fri", "Sat"};
  static constexpr std::array<const char*, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const auto t = static_cast<std::time_t>(now);
  std::tm tm{};
  gmtime_r(&t, &tm);
  std::array<char, 40> out{};
  std::snprintf(out.data(), out.size(), "%s, %02d %s %04d %02d:%02d:%02d +0000",
                kDays.at(static_cast<std::size_t>(tm.tm_wday)), tm.tm_mday,
                kMonths.at(static_cast<std::size_t>(tm.tm_mon)), tm.tm_year + 1900, tm.tm_hour,
                tm.tm_min, tm.tm_sec);
  return out.data();
}

}  // namespace

void RequireAddress(std::string_view address, const char* field) {
  const auto at = address.find('@');
  bool ok = at != std::string_view::npos && at > 0 && at + 1 < address.size() &&
            address.find('@', at + 1) == std::string_view::npos && address.size() <= 254;
  for (const char c : address) {
    ok = ok && !IsControl(static_cast<unsigned char>(c)) &&
         std::string_view(" <>,;:\"()[]\\").find(c) == std::string_view::npos;
  }
  if (!ok)
    throw Invalid("\"" + ToValidUtf8(address) + "\" is not an email address we can send to", field);
}

std::string EncodeSubject(std::string_view subject) {
  bool plain = true;
  for (const char c : subject) plain = plain && static_cast<unsigned char>(c) < 0x80;
  if (plain && subject.size() <= kMaxLine - 9) return std::string(subject);  // "Subject: "
  // Encoded words of whole characters: 39 bytes make 52 of base64, so even the first line,
  // after "Subject: ", stays within 76.
  std::string out;
  std::size_t start = 0;
  while (start < subject.size()) {
    std::size_t end = std::min(start + 39, subject.size());
    while (end < subject.size() && (static_cast<unsigned char>(subject[end]) & 0xC0) == 0x80) {
      --end;  // not inside a character
    }
    if (!out.empty()) out += "\r\n ";
    out += "=?UTF-8?B?" + Base64(subject.substr(start, end - start)) + "?=";
    start = end;
  }
  return out;
}

std::string QuotedPrintable(std::string_view body) {
  std::string out;
  std::size_t column = 0;
  const auto put = [&](std::string_view piece) {
    if (column + piece.size() > kMaxLine - 1) {  // room for the soft break's "="
      out += "=\r\n";
      column = 0;
    }
    out += piece;
    column += piece.size();
  };
  for (std::size_t i = 0; i < body.size(); ++i) {
    const auto c = static_cast<unsigned char>(body[i]);
    if (c == '\r' && i + 1 < body.size() && body[i + 1] == '\n') continue;  // the \n ends it
    if (c == '\n' || c == '\r') {
      out += "\r\n";
      column = 0;
      continue;
    }
    const bool line_end = i + 1 == body.size() || body[i + 1] == '\n' || body[i + 1] == '\r';
    const bool literal = (c >= 33 && c <= 126 && c != '=' && !(c == '.' && column == 0)) ||
                         ((c == ' ' || c == '\t') && !line_end);
    if (literal) {
      put(std::string_view(&body[i], 1));
    } else {
      const std::array<char, 3> escaped{'=', kHex[c >> 4], kHex[c & 0xF]};
      put(std::string_view(escaped.data(), escaped.size()));
    }
  }
  return out;
}

std::string Compose(const Message& message, std::string_view from, std::int64_t now) {
  RequireAddress(from, "from");
  RequireAddress(message.to, "to");
  if (!IsValidUtf8(message.subject) || !IsValidUtf8(message.body)) {
    throw Invalid("a mail's subject and body must be UTF-8 text", "body");
  }
  for (const char c : message.subject) {
    if (IsControl(static_cast<unsigned char>(c))) {
      throw Invalid("a mail's subject must be one line, without control characters", "subject");
    }
  }
  if (message.subject.empty() || message.subject.size() > kMaxSubjectLength) {
    throw Invalid("a mail's subject must have 1 to " + std::to_string(kMaxSubjectLength) + " bytes",
                  "subject");
  }
  const std::string domain(from.substr(from.find('@') + 1));
  return "Date: " + DateHeader(now) + "\r\nFrom: " + std::string(from) + "\r\nTo: " + message.to +
         "\r\nSubject: " + EncodeSubject(message.subject) + "\r\nMessage-ID: <" + RandomToken() +
         "@" + domain +
         ">\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
         "Content-Transfer-Encoding: quoted-printable\r\n\r\n" +
         QuotedPrintable(message.body) + "\r\n";
}

}  // namespace boardlens::mail
