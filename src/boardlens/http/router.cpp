#include "boardlens/http/router.hpp"

#include <charconv>

#include "boardlens/util/error.hpp"

namespace boardlens::http {
namespace {

std::vector<std::string_view> Split(std::string_view path) {
  std::vector<std::string_view> out;
  while (!path.empty()) {
    if (path.front() == '/') {
      path.remove_prefix(1);
      continue;
    }
    const auto slash = path.find('/');
    out.push_back(path.substr(0, slash));
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash);
  }
  return out;
}

bool Match(const std::vector<std::string>& pattern, const std::vector<std::string_view>& path,
           PathParams& params) {
  if (pattern.size() != path.size()) return false;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const std::string& p = pattern[i];
    if (p.size() > 2 && p.front() == '{' && p.back() == '}') {
      params[p.substr(1, p.size() - 2)] = std::string(path[i]);
    } else if (p != path[i]) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::int64_t PathId(const PathParams& params, const char* name) {
  const std::string& text = params.find(name)->second;
  std::int64_t id = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc{} || end != text.data() + text.size() || id <= 0) {
    throw NotFound("there is no " + std::string(name) + " \"" + text + "\"");
  }
  return id;
}

void Router::Add(std::string method, std::string_view pattern, Handler handler) {
  Route route{std::move(method), {}, std::move(handler)};
  for (std::string_view s : Split(pattern)) route.segments.emplace_back(s);
  routes_.push_back(std::move(route));
}

Response Router::Dispatch(const Request& request) const {
  const auto path = Split(request.path);
  std::string allowed;
  for (const Route& route : routes_) {
    PathParams params;
    if (!Match(route.segments, path, params)) continue;
    if (route.method == request.method || (request.method == "HEAD" && route.method == "GET")) {
      return route.handler(request, params);
    }
    allowed += (allowed.empty() ? "" : ", ") + route.method;
  }
  if (!allowed.empty()) {
    throw Error(ErrorKind::kMethodNotAllowed,
                request.method + " is not allowed on " + request.path + "; use " + allowed,
                allowed);
  }
  throw NotFound("there is nothing at " + request.path);
}

}  // namespace boardlens::http
