#pragma once
/// The observations use cases: board members record what they saw for themselves and share
/// it with the board; the secretary asks for a service to be seen before a meeting. Each
/// checks the caller's rights first. An observation not yet shared is its author's alone:
/// to anyone else, the secretary and admins included, it is not there.

#include <optional>
#include <string>
#include <vector>

#include "boardlens/base/access.hpp"
#include "boardlens/base/clock.hpp"
#include "boardlens/db/database.hpp"
#include "boardlens/features/observations/observation.hpp"
#include "boardlens/features/observations/repository.hpp"
#include "boardlens/features/orgs/board.hpp"
#include "boardlens/features/orgs/organisations.hpp"
#include "boardlens/features/portfolio/portfolio.hpp"
#include "boardlens/features/services/service_register.hpp"

namespace boardlens::observations {

/// A service or portfolio item as an observation names it.
struct SubjectName {
  Subject subject;
  std::string name;
};

class Observations {
 public:
  Observations(db::Database& db, const Clock& clock, orgs::Organisations& organisations,
               orgs::Board& board, services::ServiceRegister& services,
               portfolio::Portfolio& portfolio)
      : db_(db),
        repository_(db),
        clock_(clock),
        organisations_(organisations),
        board_(board),
        services_(services),
        portfolio_(portfolio) {}

  /// Records the caller's observation; only board members (member role and above) record.
  Observation Record(const Caller& caller, const std::string& ods, ObservationInput input);
  /// Only its author changes an observation.
  Observation Update(const Caller& caller, const std::string& ods, Id id, ObservationInput input);
  /// Only its author deletes an observation.
  void Delete(const Caller& caller, const std::string& ods, Id id);
  /// The caller's own observation, to change: NotFound for one they cannot see, Forbidden for
  /// one another member shared.
  Observation Own(const Caller& caller, const std::string& ods, Id id);
  /// The caller's own, or a shared one.
  Observation Get(const Caller& caller, const std::string& ods, Id id);
  /// The caller's own, shared or not, and every shared one: newest seen first.
  std::vector<Observation> Visible(const Caller& caller, const std::string& ods);
  /// Every shared observation, for a feature that has checked the caller may read the board's
  /// records (`access`): newest seen first.
  std::vector<Observation> Shared(const orgs::OrgAccess& access);
  /// The board member the caller is, if they record observations here.
  std::optional<orgs::Member> Observer(const Caller& caller, const std::string& ods);
  /// Observer, or Forbidden for a caller who is not on the board.
  orgs::Member RequireObserver(const Caller& caller, const std::string& ods);

  /// What may be seen: the services in the register, then the programmes and projects of the
  /// portfolio, each by name.
  std::vector<SubjectName> Subjects(const Caller& caller, const std::string& ods);

  /// For the secretary: asks the board to see a service before a meeting.
  Request Ask(const Caller& caller, const std::string& ods, RequestInput input);
  /// Every request, soonest meeting first.
  std::vector<Request> Requests(const Caller& caller, const std::string& ods);

  /// Today (UTC), for the dates the rules check.
  std::string Today() const { return IsoDate(clock_.Now()); }

 private:
  /// Own, once the caller's access is known.
  Observation RequireOwn(const Caller& caller, const orgs::OrgAccess& access, Id id);
  /// Refuses a subject that is not a service or portfolio item of `ods`.
  void RequireSubject(const Caller& caller, const std::string& ods, const Subject& subject);

  db::Database& db_;
  Repository repository_;
  const Clock& clock_;
  orgs::Organisations& organisations_;
  orgs::Board& board_;
  services::ServiceRegister& services_;
  portfolio::Portfolio& portfolio_;
};

}  // namespace boardlens::observations
