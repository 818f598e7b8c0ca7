#pragma once
/// Checks on the text people type, shared by every feature: each throws Error(kInvalid)
/// naming the field at fault.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace boardlens {

/// Names and titles: at most this many bytes.
inline constexpr std::size_t kMaxTitleLength = 200;

/// `text` without the white space at either end.
std::string_view Trim(std::string_view text);

/// `text` with A–Z made a–z (other bytes, UTF-8 included, as they are).
std::string AsciiLower(std::string_view text);

/// `text` with its first letter made a capital, as a sentence or a message starts.
std::string Sentence(std::string text);
/// A Sentence that ends as one, with a full stop unless it ends with . ! or ? already.
std::string FullSentence(std::string text);

/// Whether a text may run to several lines: names and titles are one line; notes, evidence
/// and descriptions may hold line breaks and tabs.
enum class Lines { kOne, kMany };

/// Refuses `value`, naming `field`, when it is not UTF-8 or holds a control character (C0,
/// DEL or C1: escape sequences among them), other than line breaks and tabs in a text of
/// Lines::kMany. Every text check runs this.
void RequirePlainText(std::string_view value, std::string_view field, Lines lines);

/// The one way every check words a text that is too long, in the design system's words:
/// "Your note must be 2,000 characters or less". `what` is the field's label, or its name.
std::string TooLongMessage(std::string_view what, std::size_t max_characters);

/// `value` trimmed; refused when it is not plain text on one line (RequirePlainText), empty,
/// or longer than `max` characters.
std::string RequireText(std::string_view value, std::string_view field,
                        std::size_t max = kMaxTitleLength, Lines lines = Lines::kOne);

/// Free text that may be left empty: trimmed, plain text (RequirePlainText; line breaks and
/// tabs allowed unless `lines` is kOne), at most `max` characters (as people count them);
/// refused otherwise, naming `field`.
std::string OptionalText(std::string_view value, std::string_view field, std::size_t max,
                         Lines lines = Lines::kMany);

/// Trimmed, lower-cased email if it looks like one (one @, a dot after it), else nullopt.
std::optional<std::string> NormaliseEmail(std::string_view email);
/// The normalised email; refused when it does not look like one.
std::string RequireEmail(std::string_view email, std::string_view field = "email");

/// A calendar date written YYYY-MM-DD.
bool IsValidDate(std::string_view date);

}  // namespace boardlens
