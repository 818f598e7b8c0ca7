#pragma once
/// Hiding small counts so that they stay hidden after arithmetic (DESIGN.md "Suppression"):
/// given every count, total and zero that is shown, each hidden count must still have more
/// than one possible value. No I/O.
///
/// The counts of a summary add up in a fixed pattern (months to the year, services to each
/// month, staff and patients to everyone), so they are written as flows through a network in
/// which what comes into each node goes out again. A hidden count can then take another value
/// exactly when a cycle of other hidden counts can carry the difference; finding one is a
/// search of the network, linear in its size.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace boardlens::voice {

/// Fewer responses than this and a breakdown is not shown (the NHS Staff Survey's threshold).
inline constexpr std::int64_t kMinResponses = 11;

/// Why a count is hidden.
enum class Hidden : std::uint8_t {
  kFewResponses,     ///< it counts fewer than kMinResponses
  kProtectsAnother,  ///< shown, it would let a hidden count be worked out
};

/// What a hidden count says instead of a number: "fewer than 11 responses", or "hidden so a
/// small number cannot be worked out" for one hidden to protect another.
std::string HiddenText(Hidden why);
/// The API's name for a reason: "fewer_than_11", "protects_another".
std::string_view HiddenCode(Hidden why);

/// A count as published: the number, or why it is hidden. Reads as an optional count.
class Shown {
 public:
  Shown(std::int64_t count) : count_(count) {}  // NOLINT(google-explicit-constructor)
  static Shown HiddenFor(Hidden why) { return Shown(why); }

  bool has_value() const { return count_.has_value(); }
  explicit operator bool() const { return has_value(); }
  std::int64_t operator*() const { return *count_; }
  /// Why it is hidden; meaningful only when it is.
  Hidden why() const { return why_; }
  bool operator==(const Shown& other) const = default;

 private:
  explicit Shown(Hidden why) : why_(why) {}
  std::optional<std::int64_t> count_;
  Hidden why_ = Hidden::kFewResponses;
};

/// A count that runs from node `from` to node `to` of a network.
struct Flow {
  std::size_t from = 0;
  std::size_t to = 0;
  std::int64_t count = 0;
};

/// Each count from 1 to `threshold` - 1 hidden, then as few more as it takes, smallest first,
/// until no hidden count is fixed by the rest. Zeros stay shown: they reveal no one. A reader
/// is assumed to know which hidden counts are small (1 to `threshold` - 1) and which are not,
/// which makes the check stricter than what the page alone tells them. `flows` must balance:
/// at each node, what comes in equals what goes out.
std::vector<Shown> SuppressFlows(const std::vector<Flow>& flows,
                                 std::int64_t threshold = kMinResponses);

}  // namespace boardlens::voice
