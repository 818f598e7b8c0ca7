#pragma once
/// The actions feature's answer to rounds::Commitments: what the board agreed on each item
/// after its earlier rounds, for the questionnaire to show beside the item.

#include "boardlens/features/actions/actions.hpp"
#include "boardlens/features/rounds/commitments.hpp"

namespace boardlens::actions {

class ItemCommitments : public rounds::Commitments {
 public:
  explicit ItemCommitments(Actions& actions) : actions_(actions) {}
  std::map<std::string, std::vector<rounds::Commitment>> Before(
      const Caller& caller, const std::string& ods, const rounds::Round& round) override;

 private:
  Actions& actions_;
};

}  // namespace boardlens::actions
