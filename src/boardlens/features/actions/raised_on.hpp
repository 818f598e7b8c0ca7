#pragma once
/// The records of other features that actions are raised on (risks), named for the action log
/// by the feature that keeps them, so that actions depends on none of those features.

#include <map>
#include <string>

#include "boardlens/base/access.hpp"
#include "boardlens/features/actions/action.hpp"

namespace boardlens::actions {

struct RecordName {
  std::string name;  ///< "Cyber attack stops clinical systems"
  std::string path;  ///< its page, "/orgs/RZZ/risks/4"
};

class RaisedOn {
 public:
  virtual ~RaisedOn() = default;
  /// Each record of `kind` in `ods` by id, for a caller who may read the action log.
  virtual std::map<Id, RecordName> Names(const Caller& caller, const std::string& ods,
                                         SourceKind kind) = 0;
};

}  // namespace boardlens::actions
