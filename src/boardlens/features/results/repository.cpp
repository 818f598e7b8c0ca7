#include "boardlens/features/results/repository.hpp"

namespace boardlens::results {
namespace {

using db::Row;
using db::Value;

constexpr std::string_view kInsertItemMean =
    "INSERT INTO round_item_means (org_id, round_id, item_ref, mean) VALUES ($1, $2, $3, $4)";
// The rounds feature's rounds, read here to find which rounds' means to compare with.
constexpr std::string_view kFindPreviousRound =
    "SELECT id FROM rounds WHERE org_id = $1 AND framework_ref = $2 AND status = 'closed' "
    "AND (closed_on < $3 OR (closed_on = $3 AND id < $4)) "
    "ORDER BY closed_on DESC, id DESC LIMIT 1";
constexpr std::string_view kListItemMeans =
    "SELECT item_ref, mean FROM round_item_means WHERE org_id = $1 AND round_id = $2";
/// For every other organisation with a closed round of the framework: the item means of its
/// latest round closed on or before the given date (ties broken by the later id).
constexpr std::string_view kPeerMeans =
    "SELECT m.item_ref, m.mean FROM round_item_means m WHERE m.mean IS NOT NULL AND m.round_id IN "
    "(SELECT (SELECT r.id FROM rounds r WHERE r.org_id = p.org_id AND r.framework_ref = $1 "
    "AND r.status = 'closed' AND r.closed_on <= $2 ORDER BY r.closed_on DESC, r.id DESC LIMIT 1) "
    "FROM (SELECT DISTINCT org_id FROM rounds WHERE framework_ref = $1 AND status = 'closed' "
    "AND org_id <> $3) p)";
// The organisations PeerMeans reads from, by kind: read beside them so pages can say who the
// peers are without naming any.
constexpr std::string_view kPeerKinds =
    "SELECT o.kind, COUNT(*) AS organisations FROM organisations o WHERE o.id IN (SELECT "
    "org_id FROM rounds WHERE framework_ref = $1 AND status = 'closed' AND closed_on <= $2 "
    "AND org_id <> $3) GROUP BY o.kind";
constexpr std::string_view kFindResponse =
    "SELECT responder_member_id, response, written_at FROM round_responses "
    "WHERE org_id = $1 AND round_id = $2";
constexpr std::string_view kNameResponder =
    "INSERT INTO round_responses (org_id, round_id, responder_member_id, response) "
    "VALUES ($1, $2, $3, '') ON CONFLICT (org_id, round_id) DO UPDATE SET "
    "responder_member_id = excluded.responder_member_id";
constexpr std::string_view kWriteResponse =
    "UPDATE round_responses SET response = $3, written_by = $4, written_at = $5 "
    "WHERE org_id = $1 AND round_id = $2";
constexpr std::string_view kBumpEpoch =
    "INSERT INTO results_epochs (framework_ref, epoch) VALUES ($1, 1) "
    "ON CONFLICT (framework_ref) DO UPDATE SET epoch = results_epochs.epoch + 1";
constexpr std::string_view kFindRoundEpoch =
    "SELECT r.status, COALESCE(e.epoch, 0) AS epoch FROM rounds r "
    "LEFT JOIN results_epochs e ON e.framework_ref = r.framework_ref "
    "WHERE r.org_id = $1 AND r.id = $2";

std::pair<std::string, std::optional<double>> ToMean(const Row& row) {
  return {row.text("item_ref"), row.optional_f64("mean")};
}

}  // namespace

void Repository::InsertItemMeans(Id org_id, Id round_id, const ItemMeans& means) {
  for (const auto& [item, mean] : means) {
    db_.Query(kInsertItemMean, {org_id, round_id, item, mean ? Value{*mean} : Value{nullptr}});
  }
}

std::optional<ItemMeans> Repository::PreviousRoundMeans(const rounds::Round& round) {
  const db::Rows previous =
      db_.Query(kFindPreviousRound, {round.org_id, round.framework_ref, round.closed_on, round.id});
  if (previous.empty()) return std::nullopt;
  return db::All(db_.Query(kListItemMeans, {round.org_id, previous[0].i64("id")}), ToMean);
}

ItemMeans Repository::RoundMeans(Id org_id, Id round_id) {
  return db::All(db_.Query(kListItemMeans, {org_id, round_id}), ToMean);
}

ItemMeans Repository::PeerMeans(const rounds::Round& round) {
  return db::All(db_.Query(kPeerMeans, {round.framework_ref, round.closed_on, round.org_id}),
                 ToMean);
}

std::map<std::string, int> Repository::PeerKinds(const rounds::Round& round) {
  std::map<std::string, int> out;
  for (const Row& row :
       db_.Query(kPeerKinds, {round.framework_ref, round.closed_on, round.org_id})) {
    out.emplace(row.text("kind"), row.i32("organisations"));
  }
  return out;
}

std::optional<StoredResponse> Repository::FindResponse(Id org_id, Id round_id) {
  return db::First(db_.Query(kFindResponse, {org_id, round_id}), [](const Row& row) {
    return StoredResponse{row.i64("responder_member_id"), row.text("response"),
                          row.optional_i64("written_at").value_or(0)};
  });
}

void Repository::NameResponder(Id org_id, Id round_id, Id member_id) {
  db_.Query(kNameResponder, {org_id, round_id, member_id});
}

void Repository::WriteResponse(Id org_id, Id round_id, const std::string& text, Id account_id,
                               std::int64_t now) {
  db_.Query(kWriteResponse, {org_id, round_id, text, account_id, now});
}

void Repository::BumpEpoch(const std::string& framework_ref) {
  db_.Query(kBumpEpoch, {framework_ref});
}

std::optional<RoundEpoch> Repository::FindRoundEpoch(Id org_id, Id round_id) {
  return db::First(db_.Query(kFindRoundEpoch, {org_id, round_id}), [](const Row& row) {
    return RoundEpoch{row.text("status") == rounds::ToString(rounds::RoundStatus::kClosed),
                      row.i64("epoch")};
  });
}

}  // namespace boardlens::results
