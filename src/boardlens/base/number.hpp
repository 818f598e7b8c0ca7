#pragma once
/// Numbers as people type them, read one way everywhere (forms, CSV imports, the command line)
/// and refused in the design system's words, and written back the way they were typed.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace boardlens {

/// What a field holds and the range its rule allows. Each lives beside the type it belongs to,
/// so that every way in reads it and says the same thing when it refuses.
struct NumberRule {
  std::string_view what;  ///< how a message names it, as its label does: "Capital cost"
  bool whole = false;     ///< counts and pounds: no fractions
  double min = 0;
  double max = 0;
  bool pounds = false;  ///< may be written with a leading "£"
};

/// A sum of money in whole pounds, from nothing to `max`, which may be written with a "£".
constexpr NumberRule WholePounds(std::string_view what, double max) {
  return {.what = what, .whole = true, .min = 0, .max = max, .pounds = true};
}

/// A number as people write it: an optional sign, "£" where `pounds`, digits with or without
/// commas between thousands ("12,500", "12500"), at most one point ("97.5", ".5"). Nothing
/// else: no spaces inside, exponent, decimal comma ("1,5") or misplaced comma ("1,23"), and
/// never NaN or infinity. Nullopt otherwise.
std::optional<double> ParseNumber(std::string_view text, bool pounds = false);

/// Why `value` breaks `rule`, in the design system's words ("Capital cost must be a whole
/// number", "Impact must be between 1 and 5", "... must be 0 or more"); nullopt when it keeps it.
std::optional<std::string> NumberProblem(double value, const NumberRule& rule);

/// `text` trimmed and read by `rule`: nullopt when empty; the number when it keeps the rule;
/// otherwise throws Invalid at `field` with NumberProblem's words, or "... must be a number".
std::optional<double> ReadNumber(std::string_view text, const NumberRule& rule,
                                 std::string_view field);
/// ReadNumber for a rule of whole numbers.
std::optional<std::int64_t> ReadWholeNumber(std::string_view text, const NumberRule& rule,
                                            std::string_view field);

/// "1,250,000".
std::string WithThousands(std::int64_t number);
/// "£1,250,000".
std::string PoundsText(std::int64_t pounds);
/// A rule's bound as a message writes it: "1,000,000", "0.5".
std::string BoundText(double bound);

}  // namespace boardlens
