#include "boardlens/http/problem.hpp"

#include <spdlog/spdlog.h>

#include <nlohmann/json.hpp>

#include "boardlens/base/json_text.hpp"

#include "boardlens/base/error.hpp"

namespace boardlens::http {
namespace {

struct Mapping {
  int status;
  const char* title;
};

Mapping MappingFor(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kInvalid:
      return {400, "Bad request"};
    case ErrorKind::kUnauthenticated:
      return {401, "Sign-in needed"};
    case ErrorKind::kForbidden:
      return {403, "Not allowed"};
    case ErrorKind::kNotFound:
      return {404, "Not found"};
    case ErrorKind::kMethodNotAllowed:
      return {405, "Method not allowed"};
    case ErrorKind::kConflict:
      return {409, "Conflict"};
    case ErrorKind::kTooLarge:
      return {413, "Request too large"};
    case ErrorKind::kTooManyRequests:
      return {429, "Too many requests"};
    case ErrorKind::kUnavailable:
      return {503, "Service unavailable"};
  }
  return {500, "Internal error"};
}

}  // namespace

int StatusOf(ErrorKind kind) { return MappingFor(kind).status; }

Response Problem(ErrorKind kind, const std::string& detail, const std::string& where) {
  const Mapping m = MappingFor(kind);
  return Problem(m.status, m.title, detail, where);
}

std::vector<std::string_view> ProblemTitles() {
  std::vector<std::string_view> titles;
  // The kinds run from kInvalid to kUnavailable; one past the last is the 500 MappingFor
  // gives anything it does not know.
  for (int kind = 0; kind <= static_cast<int>(ErrorKind::kUnavailable) + 1; ++kind) {
    titles.emplace_back(MappingFor(static_cast<ErrorKind>(kind)).title);
  }
  return titles;
}

void AddErrorHeaders(const Error& e, Response& r) {
  switch (e.kind()) {
    case ErrorKind::kMethodNotAllowed:
      r.headers.emplace_back("Allow", e.where());
      break;
    case ErrorKind::kTooManyRequests:
      r.headers.emplace_back("Retry-After", std::to_string(e.retry_after_seconds()));
      break;
    case ErrorKind::kUnauthenticated:
      r.headers.emplace_back("WWW-Authenticate", "Bearer");
      break;
    default:
      break;
  }
}

Response Problem(int status, const char* title, const std::string& detail, const std::string& where,
                 const std::vector<FieldProblem>& problems) {
  nlohmann::ordered_json body = {
      {"type", "about:blank"}, {"title", title}, {"status", status}, {"detail", detail}};
  if (!where.empty()) body["where"] = where;
  for (const FieldProblem& p : problems) {
    body["errors"].push_back({{"where", p.where}, {"detail", p.message}});
  }
  Response r;
  r.status = status;
  r.content_type = "application/problem+json";
  r.body = Dump(body);
  return r;
}

Response ProblemFromCurrentException() {
  try {
    throw;
  } catch (const Error& e) {
    const Mapping m = MappingFor(e.kind());
    Response r = Problem(m.status, m.title, e.what(),
                         e.kind() == ErrorKind::kMethodNotAllowed ? "" : e.where(), e.problems());
    AddErrorHeaders(e, r);
    return r;
  } catch (const std::exception& e) {
    spdlog::error("{{\"event\":\"internal_error\",\"what\":{}}}", Dump(nlohmann::json(e.what())));
    return Problem(500, "Internal error", "something went wrong on our side; it has been logged",
                   "");
  }
}

}  // namespace boardlens::http
