#pragma once
/// The assurance use case: reads each register through its feature's use cases and puts
/// what the board reads, hears and sees side by side, with the gaps the rules raise. Anyone in
/// the organisation may read it; it shows only what each register shows them.

#include <string>
#include <vector>

#include "boardlens/base/access.hpp"
#include "boardlens/base/clock.hpp"
#include "boardlens/db/database.hpp"
#include "boardlens/features/actions/actions.hpp"
#include "boardlens/features/assurance/repository.hpp"
#include "boardlens/features/assurance/triangulation.hpp"
#include "boardlens/features/observations/observations.hpp"
#include "boardlens/features/orgs/organisations.hpp"
#include "boardlens/features/portfolio/portfolio.hpp"
#include "boardlens/features/questions/checklist.hpp"
#include "boardlens/features/results/results.hpp"
#include "boardlens/features/rounds/rounds.hpp"
#include "boardlens/features/services/service_register.hpp"
#include "boardlens/features/voice/voice.hpp"

namespace boardlens::assurance {

/// Where the board stands, as the assurance page, its API and CSV show it.
struct Picture {
  std::vector<Row> services;
  /// Programmes in delivery, and the projects that report delivery confidence or were seen.
  std::vector<Row> programmes;
  Board board;
  std::vector<Gap> gaps;
};

/// The self-assessment framework whose themes the rules read.
inline constexpr std::string_view kSelfAssessmentFramework = "nhs-digital-boards";

class Assurance {
 public:
  Assurance(db::Database& db, const Clock& clock, orgs::Organisations& organisations,
            services::ServiceRegister& services, portfolio::Portfolio& portfolio,
            voice::Voice& voice, observations::Observations& observations, rounds::Rounds& rounds,
            results::Results& results, questions::Checklist& checklist, actions::Actions& actions)
      : db_(db),
        repository_(db),
        clock_(clock),
        organisations_(organisations),
        services_(services),
        portfolio_(portfolio),
        voice_(voice),
        observations_(observations),
        rounds_(rounds),
        results_(results),
        checklist_(checklist),
        actions_(actions) {}

  /// Every gap with the board's response to it, if any.
  Picture Of(const Caller& caller, const std::string& ods);
  /// The gap named `key` while its cause lasts; NotFound once it has gone.
  Gap GetGap(const Caller& caller, const std::string& ods, const std::string& key);
  /// For the secretary: the board agrees an action on gap `key`; it joins the action log.
  actions::Action AgreeAction(const Caller& caller, const std::string& ods, const std::string& key,
                              actions::ActionInput input);
  /// For the secretary: the board accepts `reason` for the difference gap `key` shows,
  /// replacing any reason it gave before.
  Gap AcceptReason(const Caller& caller, const std::string& ods, const std::string& key,
                   const std::string& reason);
  std::string Today() const { return IsoDate(clock_.Now()); }

 private:
  std::optional<SelfAssessment> LatestSelfAssessment(const Caller& caller, const std::string& ods);

  /// Each gap's response: the latest action not dropped, else the reason accepted.
  void AddResponses(const orgs::OrgAccess& access, std::vector<Gap>& gaps);

  db::Database& db_;
  Repository repository_;
  const Clock& clock_;
  orgs::Organisations& organisations_;
  services::ServiceRegister& services_;
  portfolio::Portfolio& portfolio_;
  voice::Voice& voice_;
  observations::Observations& observations_;
  rounds::Rounds& rounds_;
  results::Results& results_;
  questions::Checklist& checklist_;
  actions::Actions& actions_;
};

}  // namespace boardlens::assurance
