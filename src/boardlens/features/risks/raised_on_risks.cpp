#include "boardlens/features/risks/raised_on_risks.hpp"

namespace boardlens::risks {

std::map<Id, actions::RecordName> RaisedOnRisks::Names(const Caller& caller, const std::string& ods,
                                                       actions::SourceKind kind) {
  std::map<Id, actions::RecordName> names;
  if (kind != actions::SourceKind::kRisk) return names;
  for (const Risk& risk : risks_.List(caller, ods)) {
    names[risk.id] = {risk.what.title, "/orgs/" + ods + "/risks/" + std::to_string(risk.id)};
  }
  return names;
}

}  // namespace boardlens::risks
