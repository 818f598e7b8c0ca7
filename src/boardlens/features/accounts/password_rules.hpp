#pragma once
/// What makes a password too easy to guess, without I/O. Length alone is not enough: twelve
/// of one letter pass a length rule and fall to the first guess.

#include <optional>
#include <string>
#include <string_view>

namespace boardlens::accounts {

inline constexpr std::size_t kMinPasswordLength = 12;
inline constexpr std::size_t kMaxPasswordLength = 1024;

/// Why `password` would be easy to guess, in words for the person choosing it ("it is one
/// character repeated"); nullopt when it is fine. `email` and `name` are the account's: a
/// password made from them is refused too.
std::optional<std::string> PasswordWeakness(std::string_view password, std::string_view email,
                                            std::string_view name);

}  // namespace boardlens::accounts
