#pragma once
/// Where results keep what they need beyond the answers: item means frozen when a round
/// closes, and a counter per framework of closings, which says when cached results are stale.
/// The SQL (repository.cpp) runs unchanged on SQLite and PostgreSQL.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "boardlens/db/database.hpp"
#include "boardlens/features/rounds/round.hpp"

namespace boardlens::results {

/// Item means by item ref; nullopt where a mean is suppressed or undefined.
using ItemMeans = std::vector<std::pair<std::string, std::optional<double>>>;

/// Whether a round has closed, and its framework's closing epoch.
struct RoundEpoch {
  bool closed = false;
  std::int64_t epoch = 0;
};

/// A round's management response as stored.
struct StoredResponse {
  Id responder_member_id = 0;
  std::string text;
  std::int64_t written_at = 0;
};

class Repository {
 public:
  explicit Repository(db::Database& db) : db_(db) {}

  void InsertItemMeans(Id org_id, Id round_id, const ItemMeans& means);
  /// The item means of the organisation's closed round of the same framework before `round`,
  /// if there is one.
  std::optional<ItemMeans> PreviousRoundMeans(const rounds::Round& round);
  /// For each other organisation, the non-null item means of its latest closed round of
  /// `round`'s framework that closed on or before `round` did.
  ItemMeans PeerMeans(const rounds::Round& round);
  /// How many peer organisations of each kind ("trust", "icb") PeerMeans draws on.
  std::map<std::string, int> PeerKinds(const rounds::Round& round);
  /// The item means frozen when `round_id` closed.
  ItemMeans RoundMeans(Id org_id, Id round_id);
  std::optional<StoredResponse> FindResponse(Id org_id, Id round_id);
  /// Names who responds to a round, keeping any text already written.
  void NameResponder(Id org_id, Id round_id, Id member_id);
  void WriteResponse(Id org_id, Id round_id, const std::string& text, Id account_id,
                     std::int64_t now);
  /// Counts one more closing of a round of `framework_ref`.
  void BumpEpoch(const std::string& framework_ref);
  /// In one round trip, as every results request starts.
  std::optional<RoundEpoch> FindRoundEpoch(Id org_id, Id round_id);

 private:
  db::Database& db_;
};

}  // namespace boardlens::results
