#pragma once
/// What kind of Error a piece of code throws, for tests that expect one.

#include <gtest/gtest.h>

#include <functional>

#include "boardlens/base/error.hpp"

namespace boardlens::testing {

inline ErrorKind KindOf(const std::function<void()>& fn) {
  try {
    fn();
  } catch (const Error& e) {
    return e.kind();
  }
  ADD_FAILURE() << "expected an error";
  return ErrorKind::kInvalid;
}

}  // namespace boardlens::testing
