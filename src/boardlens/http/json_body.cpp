#include "boardlens/http/json_body.hpp"

#include "boardlens/base/error.hpp"

namespace boardlens::http {

Json ParseJsonObject(std::string_view text) {
  if (text.empty()) throw Invalid("the request needs a JSON body", "body");
  const auto depth_limit = [](int depth, Json::parse_event_t event, Json&) {
    if (depth > kMaxJsonDepth &&
        (event == Json::parse_event_t::object_start || event == Json::parse_event_t::array_start)) {
      throw Invalid(
          "the JSON body is nested more than " + std::to_string(kMaxJsonDepth) + " levels deep",
          "body");
    }
    return true;
  };
  try {
    Json body = Json::parse(text, depth_limit);
    if (!body.is_object()) throw Invalid("the body must be a JSON object", "body");
    return body;
  } catch (const Json::parse_error& e) {
    const std::size_t offset = e.byte == 0 ? 0 : e.byte - 1;
    int line = 1;
    int column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
      if (text[i] == '\n') {
        ++line;
        column = 1;
      } else {
        ++column;
      }
    }
    throw Invalid("the body is not valid JSON (error at line " + std::to_string(line) +
                      ", column " + std::to_string(column) + ")",
                  "body:" + std::to_string(line) + ":" + std::to_string(column));
  }
}

std::string String(const Json& body, const char* key, bool required) {
  const auto it = body.find(key);
  if (it == body.end() || it->is_null()) {
    if (required) throw Invalid(std::string(key) + " is required", key);
    return {};
  }
  if (!it->is_string()) throw Invalid(std::string(key) + " must be a string", key);
  return it->get<std::string>();
}

bool Bool(const Json& body, const char* key, bool fallback) {
  const auto it = body.find(key);
  if (it == body.end() || it->is_null()) return fallback;
  if (!it->is_boolean()) throw Invalid(std::string(key) + " must be true or false", key);
  return it->get<bool>();
}

Response JsonResponse(const Json& body, int status) {
  Response r;
  r.status = status;
  r.body = Dump(body);
  return r;
}

Response NoContent() {
  Response r;
  r.status = 204;
  return r;
}

}  // namespace boardlens::http
