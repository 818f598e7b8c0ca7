#pragma once
/// The briefing use case: reads every register through its feature's use cases and writes what
/// needs the board as Alert, Advise and Assure lines (lines.hpp), with the questions to ask
/// next. Anyone in the organisation may read it; each register shows them what it would.

#include <string>
#include <vector>

#include "boardlens/base/access.hpp"
#include "boardlens/base/clock.hpp"
#include "boardlens/features/actions/actions.hpp"
#include "boardlens/features/assurance/assurance.hpp"
#include "boardlens/features/briefing/lines.hpp"
#include "boardlens/features/questions/checklist.hpp"
#include "boardlens/features/results/results.hpp"
#include "boardlens/features/risks/risk_register.hpp"
#include "boardlens/features/rounds/rounds.hpp"
#include "boardlens/features/services/service_register.hpp"
#include "boardlens/features/strategy/strategies.hpp"

namespace boardlens::briefing {

struct Brief {
  std::vector<Line> lines;  ///< Alert, then Advise, then Assure
  std::vector<std::string> questions;
  std::string round_title;  ///< the round whose flags Advise reads; empty when none has closed
};

class Briefing {
 public:
  Briefing(const Clock& clock, risks::RiskRegister& risks, assurance::Assurance& assurance,
           services::ServiceRegister& services, actions::Actions& actions,
           questions::Checklist& checklist, strategy::Strategies& strategies,
           rounds::Rounds& rounds, results::Results& results)
      : clock_(clock),
        risks_(risks),
        assurance_(assurance),
        services_(services),
        actions_(actions),
        checklist_(checklist),
        strategies_(strategies),
        rounds_(rounds),
        results_(results) {}

  Brief Of(const Caller& caller, const std::string& ods);

 private:
  void AddRisks(const Caller& caller, const std::string& ods, std::vector<Line>& lines);
  void AddServices(const Caller& caller, const std::string& ods, std::vector<Line>& lines);
  void AddActions(const Caller& caller, const std::string& ods, std::vector<Line>& lines);
  /// The flags of the latest closed round; its title.
  std::string AddRoundFlags(const Caller& caller, const std::string& ods, std::vector<Line>& lines);

  const Clock& clock_;
  risks::RiskRegister& risks_;
  assurance::Assurance& assurance_;
  services::ServiceRegister& services_;
  actions::Actions& actions_;
  questions::Checklist& checklist_;
  strategy::Strategies& strategies_;
  rounds::Rounds& rounds_;
  results::Results& results_;
};

}  // namespace boardlens::briefing
