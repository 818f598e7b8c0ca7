#include "boardlens/base/error.hpp"

#include <algorithm>

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

void Problems::ThrowIfAny(const std::function<void()>& rules) {
  if (found_.empty()) return;
  Problems more;
  more.Check(rules);
  for (FieldProblem& p : more.found_) {
    const bool named = std::any_of(found_.begin(), found_.end(),
                                   [&](const FieldProblem& f) { return f.where == p.where; });
    if (!named) found_.push_back(std::move(p));
  }
  ThrowIfAny();
}

void Problems::ThrowIfAny() const {
  if (found_.empty()) return;
  Error e = Invalid(found_.front().message, found_.front().where);
  if (found_.size() > 1) e.problems_ = found_;
  throw e;
}

}  // namespace boardlens
