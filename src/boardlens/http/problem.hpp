#pragma once
/// The one place where errors become HTTP responses (RFC 9457 application/problem+json).

#include <exception>
#include <string>
#include <string_view>
#include <vector>

#include "boardlens/base/error.hpp"
#include "boardlens/http/message.hpp"

namespace boardlens::http {

/// A problem response; `where` (the field or position at fault) is left out when empty, and
/// `problems`, when several fields were at fault, become its "errors" list.
Response Problem(int status, const char* title, const std::string& detail,
                 const std::string& where = {}, const std::vector<FieldProblem>& problems = {});
/// The problem of an error kind, with its status and title.
Response Problem(ErrorKind kind, const std::string& detail, const std::string& where = {});

/// The status for an error kind, and the headers that go with it (Allow, Retry-After,
/// WWW-Authenticate); error pages use them too.
int StatusOf(ErrorKind kind);
/// Every title a problem may have, the 500's among them: the API description lists them.
std::vector<std::string_view> ProblemTitles();
void AddErrorHeaders(const Error& e, Response& r);
/// Maps the exception in flight to a problem response; unknown exceptions become a 500 that
/// reveals nothing internal (the detail goes to the log instead).
Response ProblemFromCurrentException();

}  // namespace boardlens::http
