#include "boardlens/base/registry.hpp"

#include <cxxabi.h>

#include <atomic>
#include <cstdlib>

namespace boardlens {
namespace {

std::unordered_map<std::uint64_t, std::unique_ptr<Scope>>& ThreadScopes() {
  thread_local std::unordered_map<std::uint64_t, std::unique_ptr<Scope>> scopes;
  return scopes;
}

/// "boardlens::orgs::Board", not the compiler's mangled name.
std::string Readable(const std::type_index& type) {
  int status = 0;
  char* name = abi::__cxa_demangle(type.name(), nullptr, nullptr, &status);
  std::string out = status == 0 && name != nullptr ? name : type.name();
  std::free(name);  // NOLINT(cppcoreguidelines-no-malloc): __cxa_demangle mallocs it
  return out;
}

}  // namespace

std::vector<std::type_index>& detail::TypesAskedFor() {
  static std::vector<std::type_index> types;
  return types;
}

void Registry::RequireAllProvided() const {
  std::string missing;
  for (const std::type_index& type : detail::TypesAskedFor()) {
    if (!factories_.contains(type)) missing += (missing.empty() ? "" : ", ") + Readable(type);
  }
  if (!missing.empty()) throw std::logic_error("no service registered for " + missing);
}

Registry::Registry() {
  static std::atomic<std::uint64_t> next{1};
  serial_ = next++;
}

Registry::~Registry() { ThreadScopes().erase(serial_); }

Scope& Registry::ThisThread() const {
  auto& scope = ThreadScopes()[serial_];
  if (!scope) scope = std::make_unique<Scope>(*this);
  return *scope;
}

}  // namespace boardlens
