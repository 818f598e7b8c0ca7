#pragma once
/// The API's JSON of the assurance picture.

#include "boardlens/features/assurance/assurance.hpp"
#include "boardlens/http/json_body.hpp"

namespace boardlens::assurance {

http::Json ToJson(const Picture& picture);
/// A gap with the board's response, if it has one.
http::Json ToJson(const Gap& gap);

}  // namespace boardlens::assurance
