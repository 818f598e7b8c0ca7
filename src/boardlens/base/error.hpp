#pragma once
/// Errors are thrown inside the core and turned into an HTTP problem or a CLI exit code in one
/// place each (http/problem.cpp, cli/commands.cpp). Every error says what was wrong and where.

#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

namespace boardlens {

/// One field's problem, among several found in the same input.
struct FieldProblem {
  std::string where;
  std::string message;
};

enum class ErrorKind {
  kInvalid,           ///< 400: the input is malformed or breaks a rule
  kUnauthenticated,   ///< 401: no valid session, token or password
  kForbidden,         ///< 403: signed in, visible, but the role does not allow it
  kNotFound,          ///< 404: absent, or belongs to an organisation the caller cannot see
  kMethodNotAllowed,  ///< 405: the path exists but not with this method
  kConflict,          ///< 409: the state forbids it (duplicate, closed round, older version)
  kTooLarge,          ///< 413: body over the limit
  kTooManyRequests,   ///< 429: rate limited
  kUnavailable,       ///< 503: a dependency (database) is down
};

class Error : public std::runtime_error {
 public:
  /// `where` names the field (`items[2].rating`) or position (`round.csv:4:3`) at fault.
  Error(ErrorKind kind, const std::string& message, std::string where = {})
      : std::runtime_error(message), kind_(kind), where_(std::move(where)) {}

  ErrorKind kind() const { return kind_; }
  const std::string& where() const { return where_; }
  /// For kTooManyRequests: when trying again may work.
  std::int64_t retry_after_seconds() const { return retry_after_seconds_; }
  /// Every problem, when Problems found several at once (the first is the error's own what()
  /// and where()); empty otherwise.
  const std::vector<FieldProblem>& problems() const { return problems_; }
  /// problems(), or this error as the one problem when it has no list: what a page or a
  /// command shows, one problem a line.
  std::vector<FieldProblem> AllProblems() const {
    if (!problems_.empty()) return problems_;
    return {{where_, what()}};
  }

 private:
  friend Error TooManyRequests(const std::string& message, std::int64_t retry_after_seconds);
  friend class Problems;
  ErrorKind kind_;
  std::string where_;
  std::int64_t retry_after_seconds_ = 0;
  std::vector<FieldProblem> problems_;
};

/// Checks every field of an input before saying what was wrong, so that a person fixing a form
/// sees all its problems at once rather than one a try.
class Problems {
 public:
  /// Runs `check`, keeping an invalid-input error it throws instead of letting it out; other
  /// errors propagate. True when the check passed.
  bool Check(const std::function<void()>& check);
  void Add(std::string message, std::string where);
  /// Throws one kInvalid error carrying every problem kept, if there are any.
  void ThrowIfAny() const;
  /// For a request body: when reading it found problems, first runs the input's rules over
  /// what could be read (`rules`, on a copy) and keeps what they find in fields not already
  /// named, so that one answer names every field at fault. Then as ThrowIfAny().
  void ThrowIfAny(const std::function<void()>& rules);
  const std::vector<FieldProblem>& found() const { return found_; }

 private:
  std::vector<FieldProblem> found_;
};

inline Error Invalid(const std::string& message, std::string where = {}) {
  return {ErrorKind::kInvalid, message, std::move(where)};
}
inline Error NotFound(const std::string& message) { return {ErrorKind::kNotFound, message}; }
inline Error Conflict(const std::string& message, std::string where = {}) {
  return {ErrorKind::kConflict, message, std::move(where)};
}
inline Error Forbidden(const std::string& message) { return {ErrorKind::kForbidden, message}; }
inline Error TooManyRequests(const std::string& message, std::int64_t retry_after_seconds) {
  Error e{ErrorKind::kTooManyRequests, message};
  e.retry_after_seconds_ = retry_after_seconds;
  return e;
}

}  // namespace boardlens
