#pragma once
/// The health use case: can this instance answer, database included. Anyone may ask (load
/// balancers do), so it says nothing about the data.

#include <string>

#include "boardlens/features/health/repository.hpp"

namespace boardlens::health {

struct Status {
  std::string version;
};

class Health {
 public:
  explicit Health(db::Database& db) : repository_(db) {}
  /// Throws Error(kUnavailable) when the database does not answer.
  Status Check();

 private:
  Repository repository_;
};

}  // namespace boardlens::health
