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

/// `value` trimmed; refused when it is not UTF-8, empty, or longer than `max` bytes.
std::string RequireText(std::string_view value, std::string_view field,
                        std::size_t max = kMaxTitleLength);

/// Free text that may be left empty: trimmed, valid UTF-8, at most `max` characters (as people
/// count them); refused otherwise, naming `field`.
std::string OptionalText(std::string_view value, std::string_view field, std::size_t max);

/// Trimmed, lower-cased email if it looks like one (one @, a dot after it), else nullopt.
std::optional<std::string> NormaliseEmail(std::string_view email);
/// The normalised email; refused when it does not look like one.
std::string RequireEmail(std::string_view email, std::string_view field = "email");

/// A calendar date written YYYY-MM-DD.
bool IsValidDate(std::string_view date);

/// A decimal as people write it: an optional sign, digits, at most one point ("-12", "0.5",
/// ".5"). Nothing else: no spaces, exponent, thousands separator or decimal comma ("1,5"),
/// and never NaN or infinity, so a number read here is always finite. Nullopt otherwise.
std::optional<double> ParseDecimal(std::string_view text);

}  // namespace boardlens
