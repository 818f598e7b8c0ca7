#pragma once
/// Passwords, tokens, digests and base64, all through libsodium: no home-made crypto.

#include <cstddef>
#include <string>
#include <string_view>

namespace boardlens {

/// Longer than any token we hand out (43 characters): longer input is not ours.
inline constexpr std::size_t kMaxTokenLength = 128;

/// argon2id hash in libsodium's self-describing string form.
std::string HashPassword(std::string_view password);
/// Constant-time check of `password` against a stored hash.
bool VerifyPassword(std::string_view password, const std::string& hash);
/// 32 random bytes, URL-safe base64 without padding.
std::string RandomToken();
/// What is stored for a session or API token: its SHA-256 in hex, so a leaked table holds no
/// usable credential.
std::string TokenHash(std::string_view token);
/// The SHA-256 of `bytes` in lower-case hex: what a file is known by.
std::string Sha256Hex(std::string_view bytes);
/// `bytes` as standard base64, with padding.
std::string Base64(std::string_view bytes);
/// The bytes of standard base64; throws std::invalid_argument for anything else.
std::string FromBase64(std::string_view text);
/// Compares two strings in time independent of where they differ.
bool ConstantTimeEquals(std::string_view a, std::string_view b);

}  // namespace boardlens
