#pragma once
/// JSON in and out of the API (and the CLI's --format json, which prints the same bytes).
/// Keys keep the order they are written in.

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "boardlens/base/error.hpp"
#include "boardlens/base/json_text.hpp"
#include "boardlens/base/names.hpp"
#include "boardlens/http/message.hpp"

namespace boardlens {
class Problems;
}  // namespace boardlens

namespace boardlens::http {

using Json = nlohmann::ordered_json;

/// Parses a request body: a JSON object nested at most `kMaxJsonDepth` deep (deeper input
/// could exhaust the stack), each object with at most `kMaxJsonKeys` keys. Throws
/// Error(kInvalid) naming the line and column of a fault.
inline constexpr int kMaxJsonDepth = 32;
/// Our largest record has about thirty fields. An ordered object finds a key by looking at
/// every key before it, so reading k keys costs k²: the bound keeps a body's cost linear in
/// its length, where 90,000 keys once took 25 s.
inline constexpr std::size_t kMaxJsonKeys = 64;
Json ParseJsonObject(std::string_view text);

/// True when the request's Content-Type is application/json, with at most a charset of
/// utf-8: not merely a type that contains those words, as text/plain; charset=application/json
/// does (a cross-site form can send that without asking).
bool HasJsonBody(const Request& request);

/// Field `key` of a parsed body as text; refused when it is not a string, or when it is
/// missing and `required`, else empty.
std::string String(const Json& body, const char* key, bool required = true);
/// Text field `key` of `object` for a body read whole with Problems: empty when missing or
/// null; anything else is a problem at `at` ("milestones[2].title"), and empty.
std::string TextOrEmpty(Problems& problems, const Json& object, const char* key,
                        const std::string& at);
/// Field `key` as true or false; `fallback` when missing.
bool Bool(const Json& body, const char* key, bool fallback);
/// Field `key` as a whole number, or nullopt when missing or null.
std::optional<std::int64_t> OptionalInteger(const Json& body, const char* key);
/// Field `key` as a finite number, or nullopt when missing or null.
std::optional<double> OptionalNumber(const Json& body, const char* key);
/// Field `key` as one of an enumeration's `names`, read by `parse`: nullopt when missing
/// (or, if `required`, refused); a word it does not know is refused with every word it takes.
template <typename Parse>
auto Word(const Json& body, const char* key, Parse parse,
          const std::vector<std::string_view>& names, bool required = true)
    -> decltype(parse(std::string_view())) {
  const std::string text = String(body, key, required);
  if (text.empty()) return std::nullopt;
  auto parsed = parse(text);
  if (!parsed) throw Invalid(std::string(key) + " must be one of " + NamesList(names), key);
  return parsed;
}

Response JsonResponse(const Json& body, int status = 200);
/// A response with no body: 204 No Content.
Response NoContent();

/// Every element of `items` through `to_json`.
template <typename T, typename Fn>
Json JsonList(const T& items, Fn to_json) {
  Json out = Json::array();
  for (const auto& item : items) out.push_back(to_json(item));
  return out;
}

}  // namespace boardlens::http
