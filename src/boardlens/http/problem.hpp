#pragma once
/// The one place where errors become HTTP responses (RFC 9457 application/problem+json).

#include <exception>
#include <string>

#include "boardlens/http/message.hpp"

namespace boardlens::http {

/// A problem response; `where` (the field or position at fault) is left out when empty.
Response Problem(int status, const char* title, const std::string& detail,
                 const std::string& where = {});

/// Maps the exception in flight to a problem response; unknown exceptions become a 500 that
/// reveals nothing internal (the detail goes to the log instead).
Response ProblemFromCurrentException();

}  // namespace boardlens::http
