#pragma once
/// The framework library's use cases: load a framework (national, or a board's own), list
/// them, read one.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "boardlens/base/access.hpp"
#include "boardlens/base/clock.hpp"
#include "boardlens/db/database.hpp"
#include "boardlens/features/frameworks/repository.hpp"
#include "boardlens/features/orgs/organisations.hpp"

namespace boardlens::frameworks {

struct FrameworkLoad {
  enum class Outcome { kLoaded, kUnchanged } outcome = Outcome::kLoaded;
  /// "loaded" or "unchanged", as the API and the command say it.
  static std::string_view Word(Outcome outcome) {
    return outcome == Outcome::kLoaded ? "loaded" : "unchanged";
  }
  StoredFramework stored;
};

class Frameworks {
 public:
  Frameworks(db::Database& db, const Clock& clock, orgs::Organisations& organisations)
      : db_(db), repository_(db), clock_(clock), organisations_(organisations) {}

  /// Loads `yaml` as a national framework (`ods` empty: operator or platform admin only) or
  /// one owned by organisation `ods` (its secretary).
  FrameworkLoad Import(const Caller& caller, std::string_view yaml, std::string_view source_name,
                       const std::string& ods);
  /// Loads every framework shipped inside the binary; returns how many were new.
  int LoadShipped();
  /// The national frameworks, and those of `ods` when it is given.
  std::vector<StoredFramework> List(const Caller& caller, const std::string& ods);
  /// The latest version of `ref`, if the caller may see it (national, or owned by `ods`).
  StoredFramework Get(const Caller& caller, const std::string& ref, const std::string& ods);
  /// One loaded version by id, as a round already admitted refers to it: no rights checked.
  StoredFramework GetVersion(Id id);

 private:
  db::Database& db_;
  Repository repository_;
  const Clock& clock_;
  orgs::Organisations& organisations_;
};

}  // namespace boardlens::frameworks
