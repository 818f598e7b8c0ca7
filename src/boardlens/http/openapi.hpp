#pragma once
/// The API's OpenAPI 3.1 description, made from the route table. What the routes cannot say
/// (summaries, request and response schemas, examples) each feature keeps beside its code in
/// openapi*.json files, compiled into the binary; the platform's part (errors, security
/// schemes, the `{ods}` parameter) is http/openapi.json. The routes add the rest: which paths
/// and methods there are, their path parameters, who may call them and how they sign in.

#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "boardlens/http/json_body.hpp"
#include "boardlens/http/router.hpp"

namespace boardlens::http {

/// One feature's part of the description: its tags, its operations by path and method, and
/// the components they use. An operation lists the platform's error responses it may give by
/// status (`"errors": [400, 404]`).
class ApiPart {
 public:
  /// The openapi*.json files compiled in from `folder` (e.g. "features/risks"), merged.
  explicit ApiPart(std::string_view folder);
  /// A part made of `json` as it is, named `folder` in messages.
  ApiPart(std::string_view folder, Json json);
  /// Sets the `enum` of `schema`, a path below components/schemas such as
  /// "Risk/properties/movement", to the words the code reads, so the two cannot differ. A
  /// schema whose type admits null admits it in the list too.
  ApiPart& Enumerate(std::string_view schema, const std::vector<std::string_view>& names);
  const Json& json() const { return json_; }
  /// Where the openapi*.json files list words by hand: every enumeration comes from the
  /// code's name tables, so ApiDescription::Add refuses a part with any.
  std::vector<std::string> TypedEnumerations() const;

 private:
  Json json_;
  std::string folder_;
  std::set<std::string> enumerated_;  ///< the JSON pointers Enumerate filled
};

class ApiDescription {
 public:
  ApiDescription();
  void Add(const ApiPart& part);
  /// The document for the API routes of `router`, and any operation a part describes that no
  /// route serves (which the contract test reports).
  Json Document(const Router& router) const;
  /// Document(router) as text, made on the first call and kept: every feature has added its
  /// routes and part before the first request or command runs.
  const std::string& Text(const Router& router) const;

 private:
  std::vector<Json> parts_;
  mutable std::once_flag made_;
  mutable std::string text_;
};

}  // namespace boardlens::http
