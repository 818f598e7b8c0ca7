#pragma once
/// Maps METHOD + path pattern ("/api/v1/orgs/{ods}/rounds/{id}") to a handler.

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "boardlens/http/message.hpp"

namespace boardlens::http {

using PathParams = std::map<std::string, std::string, std::less<>>;
using Handler = std::function<Response(const Request&, const PathParams&)>;

/// The positive integer id in path parameter `name`; anything else is not found.
std::int64_t PathId(const PathParams& params, const char* name);

class Router {
 public:
  void Add(std::string method, std::string_view pattern, Handler handler);
  /// Throws Error kNotFound when no pattern matches, kMethodNotAllowed when only the method
  /// is wrong.
  Response Dispatch(const Request& request) const;

 private:
  struct Route {
    std::string method;
    std::vector<std::string> segments;  ///< "{name}" captures one segment
    Handler handler;
  };
  std::vector<Route> routes_;
};

}  // namespace boardlens::http
