#pragma once
/// The management response to a closed round: the secretary names the board member who will
/// respond (usually the chief digital or information officer), who writes it; everyone in the
/// organisation reads it with the results.

#include <cstdint>
#include <optional>
#include <string>

#include "boardlens/base/access.hpp"
#include "boardlens/base/clock.hpp"
#include "boardlens/db/database.hpp"
#include "boardlens/features/orgs/board.hpp"
#include "boardlens/features/orgs/organisations.hpp"
#include "boardlens/features/results/repository.hpp"
#include "boardlens/features/rounds/rounds.hpp"

namespace boardlens::results {

inline constexpr std::size_t kMaxResponseLength = 5000;

struct ManagementResponse {
  orgs::Member responder;
  std::string text;  ///< empty until written
  std::int64_t written_at = 0;
};

class Responses {
 public:
  Responses(db::Database& db, const Clock& clock, orgs::Organisations& organisations,
            orgs::Board& board, rounds::Rounds& rounds)
      : db_(db),
        repository_(db),
        clock_(clock),
        organisations_(organisations),
        board_(board),
        rounds_(rounds) {}

  /// nullopt until the secretary names a responder; not found when the organisation has no
  /// such round.
  std::optional<ManagementResponse> Get(const Caller& caller, const std::string& ods, Id round);
  /// Secretary only, for a closed round; keeps any text already written.
  ManagementResponse NameResponder(const Caller& caller, const std::string& ods, Id round,
                                   Id member_id);
  /// The response, if the caller is the board member named to write it; Forbidden otherwise,
  /// so the writing page is refused before anyone types into it.
  ManagementResponse RequireResponder(const Caller& caller, const std::string& ods, Id round);
  /// Only the named responder, signed in as the member with that email.
  ManagementResponse Write(const Caller& caller, const std::string& ods, Id round,
                           const std::string& text);

 private:
  /// The round, which must be closed.
  void RequireClosed(const orgs::OrgAccess& access, Id round);

  db::Database& db_;
  Repository repository_;
  const Clock& clock_;
  orgs::Organisations& organisations_;
  orgs::Board& board_;
  rounds::Rounds& rounds_;
};

}  // namespace boardlens::results
