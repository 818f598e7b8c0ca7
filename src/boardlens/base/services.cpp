#include "boardlens/base/services.hpp"

#include <atomic>

namespace boardlens {
namespace {

std::unordered_map<std::uint64_t, std::unique_ptr<Scope>>& ThreadScopes() {
  thread_local std::unordered_map<std::uint64_t, std::unique_ptr<Scope>> scopes;
  return scopes;
}

}  // namespace

Services::Services() {
  static std::atomic<std::uint64_t> next{1};
  serial_ = next++;
}

Services::~Services() { ThreadScopes().erase(serial_); }

Scope& Services::ThisThread() const {
  auto& scope = ThreadScopes()[serial_];
  if (!scope) scope = std::make_unique<Scope>(*this);
  return *scope;
}

}  // namespace boardlens
