#pragma once
/// JSON written as YAML, for files a person keeps by hand in the shape the API takes (the
/// demo's data): YAML allows comments and needs fewer quotes.

#include <string_view>

#include "boardlens/http/json_body.hpp"

namespace boardlens::http {

/// `text` as JSON: quoted scalars stay text; plain ones that read whole as an integer, a
/// number or true/false become one, and ~ or null becomes null. Throws YAML::Exception.
Json JsonFromYaml(std::string_view text);

}  // namespace boardlens::http
