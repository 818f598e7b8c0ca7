#include "boardlens/http/openapi.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <stdexcept>
#include <utility>

#include "boardlens/base/embedded.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/http/problem.hpp"

namespace boardlens::http {
namespace {

/// The platform's error responses (http/openapi.json), by the status an operation names.
constexpr std::pair<int, std::string_view> kErrorResponses[] = {
    {400, "BadRequest"},       {401, "Unauthorized"}, {403, "Forbidden"}, {404, "NotFound"},
    {405, "MethodNotAllowed"}, {409, "Conflict"},     {413, "TooLarge"},  {429, "TooManyRequests"},
    {500, "InternalError"},    {503, "Unavailable"}};

Json ErrorResponse(int status) {
  for (const auto& [code, name] : kErrorResponses) {
    if (code == status) return {{"$ref", "#/components/responses/" + std::string(name)}};
  }
  throw std::logic_error("the API description names no error response " + std::to_string(status));
}

/// Copies `from` into `into`: objects key by key, arrays end to end. Any other value given
/// twice is a mistake in the parts, such as two features describing one operation.
void Merge(Json& into, const Json& from, const std::string& at) {
  for (const auto& [key, value] : from.items()) {
    if (!into.contains(key)) {
      into[key] = value;
      continue;
    }
    Json& mine = into[key];
    std::string path = at;
    path += '/';
    path += key;
    if (mine.is_object() && value.is_object()) {
      Merge(mine, value, path);
    } else if (mine.is_array() && value.is_array()) {
      mine.insert(mine.end(), value.begin(), value.end());
    } else {
      throw std::logic_error("the API description says " + path + " twice");
    }
  }
}

/// A route's sign-in as the pipeline checks it: none for a route open to anyone, else a
/// bearer token, or the session cookie with the CSRF header on a change.
Json Security(const Route& route) {
  if (!route.needs.sign_in) return Json::array();
  Json cookie = {{"cookieAuth", Json::array()}};
  if (route.needs.csrf && ChangesState(route.method)) cookie["csrfHeader"] = Json::array();
  return Json::array({Json{{"bearerAuth", Json::array()}}, std::move(cookie)});
}

/// A described operation with its error statuses made into responses, in order of status.
Json Operation(Json op) {
  std::map<std::string, Json> responses;
  for (auto& [status, response] : op["responses"].items()) responses[status] = response;
  if (const auto errors = op.find("errors"); errors != op.end()) {
    for (const Json& status : *errors) {
      responses[std::to_string(status.get<int>())] = ErrorResponse(status.get<int>());
    }
    op.erase(errors);
  }
  Json& out = op["responses"] = Json::object();
  for (auto& [status, response] : responses) out[status] = std::move(response);
  return op;
}

/// The parameters of `pattern`'s `{…}` segments: the component a part declares for the
/// name, or else a bare text parameter.
Json PathParameters(const std::string& pattern, const Json& components) {
  Json out = Json::array();
  std::size_t open = 0;
  while ((open = pattern.find('{', open)) != std::string::npos) {
    const std::size_t close = pattern.find('}', open);
    const std::string name = pattern.substr(open + 1, close - open - 1);
    open = close;
    Json parameter = {
        {"name", name}, {"in", "path"}, {"required", true}, {"schema", {{"type", "string"}}}};
    for (const auto& [key, declared] : components.items()) {
      if (declared.value("in", "") == "path" && declared.value("name", "") == name) {
        parameter = {{"$ref", "#/components/parameters/" + key}};
      }
    }
    out.push_back(std::move(parameter));
  }
  return out;
}

}  // namespace

ApiPart::ApiPart(std::string_view folder) : json_(Json::object()), folder_(folder) {
  const std::string prefix = std::string(folder) + "/openapi";
  for (const EmbeddedFile& file : EmbeddedApiParts()) {
    if (file.name.starts_with(prefix) && file.name.find('/', prefix.size()) == std::string::npos) {
      Merge(json_, Json::parse(file.data), std::string(file.name));
    }
  }
  if (json_.empty()) throw std::logic_error("there is no API description in " + prefix + "*");
}

ApiPart::ApiPart(std::string_view folder, Json json) : json_(std::move(json)), folder_(folder) {}

ApiPart& ApiPart::Enumerate(std::string_view schema, const std::vector<std::string_view>& names) {
  const Json::json_pointer at("/components/schemas/" + std::string(schema));
  if (!json_.contains(at)) {
    throw std::logic_error("the API description has no schema " + std::string(schema));
  }
  Json& target = json_[at];
  const Json& type = target.value("type", Json());
  Json& list = target["enum"] = Json::array();
  for (const std::string_view name : names) list.push_back(std::string(name));
  if (type.is_array() && std::find(type.begin(), type.end(), "null") != type.end()) {
    list.push_back(nullptr);
  }
  enumerated_.insert(at.to_string());
  return *this;
}

std::vector<std::string> ApiPart::TypedEnumerations() const {
  std::vector<std::string> typed;
  const std::function<void(const Json&, const Json::json_pointer&)> visit =
      [&](const Json& json, const Json::json_pointer& at) {
        if (json.is_object()) {
          if (json.contains("enum") && !enumerated_.contains(at.to_string())) {
            typed.push_back(folder_ + "/openapi*.json at " + at.to_string());
          }
          for (const auto& [key, value] : json.items()) visit(value, at / key);
        } else if (json.is_array()) {
          for (std::size_t i = 0; i < json.size(); ++i) visit(json[i], at / i);
        }
      };
  visit(json_, Json::json_pointer());
  return typed;
}

ApiDescription::ApiDescription() {
  Add(ApiPart("http")
          .Enumerate("Role", RoleNames())
          .Enumerate("Problem/properties/title", ProblemTitles()));
}

void ApiDescription::Add(const ApiPart& part) {
  if (const auto typed = part.TypedEnumerations(); !typed.empty()) {
    throw std::logic_error("the API description lists words by hand at " + typed.front() +
                           ": fill the enum from the code's name table with ApiPart::Enumerate");
  }
  parts_.push_back(part.json());
}

Json ApiDescription::Document(const Router& router) const {
  Json doc = Json::object();
  for (const Json& part : parts_) Merge(doc, part, "");
  doc["info"]["version"] = BOARDLENS_VERSION;
  Json described = std::move(doc["paths"]);
  doc.erase("paths");
  const Json parameters = doc["components"]["parameters"];
  Json& paths = doc["paths"] = Json::object();
  for (const Route& route : router.routes()) {
    if (route.surface != Surface::kApi) continue;
    const std::string method = AsciiLower(route.method);
    Json op = Json::object();
    if (described.contains(route.pattern) && described[route.pattern].contains(method)) {
      op = std::move(described[route.pattern][method]);
      described[route.pattern].erase(method);
    }
    op["security"] = Security(route);
    op["x-boardlens-who"] = Who(route.needs);
    paths[route.pattern][method] = Operation(std::move(op));
  }
  // What no route serves is described all the same, so that the contract test names it.
  for (auto& [pattern, operations] : described.items()) {
    for (auto& [method, op] : operations.items()) paths[pattern][method] = Operation(op);
  }
  for (auto& [pattern, item] : paths.items()) {
    Json with = {{"parameters", PathParameters(pattern, parameters)}};
    if (with["parameters"].empty()) continue;
    with.update(item);
    item = std::move(with);
  }
  return doc;
}

const std::string& ApiDescription::Text(const Router& router) const {
  std::call_once(made_, [&] { text_ = Document(router).dump(2) + "\n"; });
  return text_;
}

}  // namespace boardlens::http
