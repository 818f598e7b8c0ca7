#include "boardlens/base/error.hpp"

namespace boardlens {

bool Problems::Check(const std::function<void()>& check) {
  try {
    check();
    return true;
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::kInvalid) throw;
    const auto all = e.AllProblems();
    found_.insert(found_.end(), all.begin(), all.end());
    return false;
  }
}

void Problems::Add(std::string message, std::string where) {
  found_.push_back({std::move(where), std::move(message)});
}

void Problems::ThrowIfAny() const {
  if (found_.empty()) return;
  Error e = Invalid(found_.front().message, found_.front().where);
  if (found_.size() > 1) e.problems_ = found_;
  throw e;
}

}  // namespace boardlens
