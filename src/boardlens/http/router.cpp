#include "boardlens/http/router.hpp"

#include <algorithm>
#include <charconv>
#include <stdexcept>

#include "boardlens/base/error.hpp"

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

bool IsCapture(const std::string& segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

/// Literal segments are compared first, so that the many routes that do not match allocate
/// nothing.
bool Matches(const std::vector<std::string>& pattern, const std::vector<std::string_view>& path) {
  if (pattern.size() != path.size()) return false;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (!IsCapture(pattern[i]) && pattern[i] != path[i]) return false;
  }
  return true;
}

PathParams Captures(const std::vector<std::string>& pattern,
                    const std::vector<std::string_view>& path) {
  PathParams params;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (IsCapture(pattern[i])) {
      params[pattern[i].substr(1, pattern[i].size() - 2)] = std::string(path[i]);
    }
  }
  return params;
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

void Router::Add(Route route) {
  if (route.needs.org_role && !route.needs.sign_in) {
    throw std::logic_error(route.pattern + ": a role in an organisation needs signing in");
  }
  Entry entry;
  for (std::string_view s : Split(route.pattern)) {
    entry.segments.emplace_back(s);
    entry.captures.push_back(IsCapture(entry.segments.back()));
  }
  entry.route = routes_.size();
  if (route.needs.worker) worker_methods_.insert(route.method);
  if (route.needs.waits) waiting_methods_.insert(route.method);
  if (route.needs.bulk) bulk_methods_.insert(route.method);
  routes_.push_back(std::move(route));
  // Kept in order of specificity, a literal segment before a capture at the first place two
  // patterns differ, so "/rounds/new" wins over "/rounds/{round}" whichever was added first.
  const auto at =
      std::upper_bound(entries_.begin(), entries_.end(), entry,
                       [](const Entry& a, const Entry& b) { return a.captures < b.captures; });
  entries_.insert(at, std::move(entry));
}

std::pair<const Route*, PathParams> Router::Match(const std::string& method,
                                                  const std::string& path) const {
  const auto parts = Split(path);
  std::string allowed;
  for (const Entry& entry : entries_) {
    if (!Matches(entry.segments, parts)) continue;
    const Route& route = routes_[entry.route];
    if (route.method == method || (method == "HEAD" && route.method == "GET")) {
      return {&route, Captures(entry.segments, parts)};
    }
    allowed += (allowed.empty() ? "" : ", ") + route.method;
  }
  if (!allowed.empty()) {
    throw Error(ErrorKind::kMethodNotAllowed,
                method + " is not allowed on " + path + "; use " + allowed, allowed);
  }
  throw NotFound("there is nothing at " + path);
}

std::string Who(const Needs& needs) {
  if (!needs.sign_in) return "anyone";
  if (needs.keeper) return "org:keeper";
  if (needs.org_role) return "org:" + std::string(ToString(*needs.org_role));
  return "signed-in";
}

}  // namespace boardlens::http
