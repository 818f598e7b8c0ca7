#include "boardlens/features/assurance/repository.hpp"

namespace boardlens::assurance {
namespace {

constexpr std::string_view kSave =
    "INSERT INTO assurance_reasons (org_id, gap_key, reason, recorded_by, recorded_by_name, "
    "recorded_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (org_id, gap_key) DO UPDATE SET "
    "reason = excluded.reason, recorded_by = excluded.recorded_by, "
    "recorded_by_name = excluded.recorded_by_name, recorded_at = excluded.recorded_at";
constexpr std::string_view kReasons =
    "SELECT gap_key, reason, recorded_by_name, recorded_at FROM assurance_reasons "
    "WHERE org_id = $1";

}  // namespace

void Repository::SaveReason(Id org_id, const std::string& key, const Response& reason,
                            std::optional<Id> recorded_by) {
  db_.Query(kSave, {org_id, key, reason.text, db::OrNull(recorded_by), reason.by, reason.at});
}

std::map<std::string, Response> Repository::Reasons(Id org_id) {
  std::map<std::string, Response> out;
  for (const db::Row& row : db_.Query(kReasons, {org_id})) {
    out[row.text("gap_key")] = Response{std::nullopt, row.text("reason"),
                                        row.text("recorded_by_name"), row.i64("recorded_at")};
  }
  return out;
}

}  // namespace boardlens::assurance
