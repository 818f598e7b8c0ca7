#pragma once
/// The front-end assets compiled into the binary, at /assets/NAME. Names carry the version
/// (nhsuk-frontend-10.6.1.min.css), so browsers may keep them for a year.

#include <optional>

#include "boardlens/http/message.hpp"

namespace boardlens::http {

inline constexpr std::string_view kAssetsPrefix = "/assets/";

/// The asset `request` asks for, gzipped when the client accepts it; nullopt when the path
/// is not under /assets/ (404 when it is, but names no asset).
std::optional<Response> ServeAsset(const Request& request);

}  // namespace boardlens::http
