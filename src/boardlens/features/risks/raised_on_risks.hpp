#pragma once
/// The risks feature's answer to actions::RaisedOn: each risk's title and page, for the action
/// log to say which risk an action was agreed on.

#include "boardlens/features/actions/raised_on.hpp"
#include "boardlens/features/risks/risk_register.hpp"

namespace boardlens::risks {

class RaisedOnRisks : public actions::RaisedOn {
 public:
  explicit RaisedOnRisks(RiskRegister& risks) : risks_(risks) {}
  std::map<Id, actions::RecordName> Names(const Caller& caller, const std::string& ods,
                                          actions::SourceKind kind) override;

 private:
  RiskRegister& risks_;
};

}  // namespace boardlens::risks
