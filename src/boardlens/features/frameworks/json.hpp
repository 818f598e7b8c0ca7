#pragma once
/// The API's JSON for frameworks.

#include "boardlens/features/frameworks/framework.hpp"
#include "boardlens/http/json_body.hpp"

namespace boardlens::frameworks {

/// A framework with its items' refs and titles, and with `with_items` their questions and
/// level descriptors too.
http::Json ToJson(const StoredFramework& fw, bool with_items);

}  // namespace boardlens::frameworks
