#pragma once
/// Where people reach boardlens: links it hands out and how its cookies are marked.

#include <string>

namespace boardlens::http {

struct Site {
  /// https://boardlens.example.nhs.uk, say. `serve` makes it the address it listens on when
  /// the operator gives none; it never comes from a request.
  std::string public_url;
  /// public_url without a trailing slash, for a path to follow.
  std::string base_url() const {
    std::string url = public_url;
    while (url.ends_with('/')) url.pop_back();
    return url;
  }
  /// Cookies are marked Secure when people reach boardlens over https.
  bool secure_cookies() const { return public_url.starts_with("https://"); }
};

}  // namespace boardlens::http
