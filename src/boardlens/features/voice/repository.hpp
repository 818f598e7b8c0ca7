#pragma once
/// The user-voice tables (links, reports, "you said, we did"), for SQLite and PostgreSQL alike.

#include <optional>
#include <string>
#include <vector>

#include "boardlens/db/database.hpp"
#include "boardlens/features/voice/report.hpp"
#include "boardlens/features/voice/summary.hpp"

namespace boardlens::voice {

/// The organisation a public link belongs to.
struct LinkedOrg {
  Id org_id = 0;
  std::string ods;
  std::string name;
};

/// A stored report with its service's name (from the services register), for the board's list.
struct ReportRow {
  Report report;
  std::string service_name;  ///< empty for "something else"
};

class Repository {
 public:
  explicit Repository(db::Database& db) : db_(db) {}

  std::optional<LinkedOrg> FindByToken(const std::string& token);
  std::optional<std::string> FindToken(Id org_id);
  /// Sets the organisation's link, replacing any before it.
  /// Stores `token` unless the organisation has a link already.
  void CreateTokenIfNone(Id org_id, const std::string& token, std::optional<Id> by,
                         std::int64_t at);
  void SaveToken(Id org_id, const std::string& token, std::optional<Id> by, std::int64_t at);

  /// The organisation's own words on urgent help, if the secretary has written them.
  std::optional<std::string> FindHelp(Id org_id);
  void SaveHelp(Id org_id, const std::string& help, std::optional<Id> by, std::int64_t at);

  /// Every service that reports since `from` are about.
  std::vector<Id> ReportedServices(Id org_id, const std::string& from);

  void InsertReport(const Report& report);
  /// Reports received on or after `from` (YYYY-MM-DD), as the summary counts them.
  std::vector<Facts> FactsSince(Id org_id, const std::string& from);
  /// Reports received on or after `from` that pass `filter` (checked), newest first: `limit`
  /// of them after the first `offset`.
  std::vector<ReportRow> ReportsSince(Id org_id, const std::string& from,
                                      const ReportFilter& filter, std::int64_t limit,
                                      std::int64_t offset);
  /// How many reports ReportsSince would list without a limit.
  std::int64_t CountReportsSince(Id org_id, const std::string& from, const ReportFilter& filter);

  Id InsertChange(const Change& change);
  void UpdateChange(const Change& change);
  std::optional<Change> FindChange(Id org_id, Id id);
  /// Latest done first.
  std::vector<Change> Changes(Id org_id, bool published_only);

 private:
  db::Database& db_;
};

}  // namespace boardlens::voice
