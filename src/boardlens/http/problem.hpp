#pragma once
/// The one place where errors become HTTP responses (RFC 9457 application/problem+json).

#include <exception>

#include "boardlens/http/message.hpp"

namespace boardlens::http {

/// Maps the exception in flight to a problem response; unknown exceptions become a 500 that
/// reveals nothing internal (the detail goes to the log instead).
Response ProblemFromCurrentException();

}  // namespace boardlens::http
