#include "boardlens/http/json_body.hpp"

#include <cctype>
#include <limits>
#include <vector>

#include "boardlens/base/error.hpp"

namespace boardlens::http {

Json ParseJsonObject(std::string_view text) {
  if (text.empty()) throw Invalid("the request needs a JSON body", "body");
  std::string last_key;           // the field a value that cannot be read belongs to
  std::vector<std::size_t> keys;  // how many keys each object being read has so far
  const auto watch = [&](int depth, Json::parse_event_t event, Json& parsed) {
    using Event = Json::parse_event_t;
    if (depth > kMaxJsonDepth && (event == Event::object_start || event == Event::array_start)) {
      throw Invalid(
          "the JSON body is nested more than " + std::to_string(kMaxJsonDepth) + " levels deep",
          "body");
    }
    // Called before the parser stores the key, so a long object is refused at its 65th key.
    if (event == Event::object_start) keys.push_back(0);
    if (event == Event::object_end && !keys.empty()) keys.pop_back();
    if (event == Event::key) {
      last_key = parsed.get<std::string>();
      if (!keys.empty() && ++keys.back() > kMaxJsonKeys) {
        throw Invalid(
            "an object in the JSON body has more than " + std::to_string(kMaxJsonKeys) + " fields",
            "body");
      }
    }
    return true;
  };
  try {
    Json body = Json::parse(text, watch);
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
  } catch (const Json::out_of_range&) {
    // A number beyond what a double holds, such as 1e400: bad input like any other.
    const std::string where = last_key.empty() ? std::string("body") : last_key;
    throw Invalid(where + " holds a number too large to read", where);
  }
}

namespace {

/// Lower case without blanks, so "Application/JSON; charset=UTF-8" compares as written.
std::string MediaTypeKey(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c != ' ' && c != '\t')
      out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return out;
}

}  // namespace

bool HasJsonBody(const Request& request) {
  const std::string type = MediaTypeKey(request.Header("Content-Type"));
  const auto semicolon = type.find(';');
  if (type.substr(0, semicolon) != "application/json") return false;
  return semicolon == std::string::npos || type.substr(semicolon + 1) == "charset=utf-8";
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

std::string TextOrEmpty(Problems& problems, const Json& object, const char* key,
                        const std::string& at) {
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) return {};
  if (!it->is_string()) {
    problems.Add("must be text", at);
    return {};
  }
  return it->get<std::string>();
}

std::optional<std::int64_t> OptionalInteger(const Json& body, const char* key) {
  const auto it = body.find(key);
  if (it == body.end() || it->is_null()) return std::nullopt;
  if (!it->is_number_integer()) throw Invalid(std::string(key) + " must be a whole number", key);
  // nlohmann reads integers past int64 as unsigned; get<int64_t> would wrap them negative.
  if (it->is_number_unsigned() &&
      it->get<std::uint64_t>() >
          static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
    throw Invalid(std::string(key) + " is too large", key);
  }
  return it->get<std::int64_t>();
}

std::optional<double> OptionalNumber(const Json& body, const char* key) {
  const auto it = body.find(key);
  if (it == body.end() || it->is_null()) return std::nullopt;
  if (!it->is_number()) throw Invalid(std::string(key) + " must be a number", key);
  return it->get<double>();
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
