#pragma once
/// The names of what observations are about, read once for a page or a list.

#include <map>
#include <string>
#include <utility>

#include "boardlens/features/observations/observations.hpp"

namespace boardlens::observations {

class SubjectNames {
 public:
  SubjectNames(Observations& observations, const Caller& caller, const std::string& ods) {
    for (auto& s : observations.Subjects(caller, ods)) {
      names_[{s.subject.kind, s.subject.id}] = std::move(s.name);
    }
  }
  /// Its name; empty for one since removed.
  const std::string& Of(const Subject& subject) const {
    static const std::string kNone;
    const auto it = names_.find({subject.kind, subject.id});
    return it == names_.end() ? kNone : it->second;
  }

 private:
  std::map<std::pair<SubjectKind, Id>, std::string> names_;
};

}  // namespace boardlens::observations
