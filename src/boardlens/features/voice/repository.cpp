#include "boardlens/features/voice/repository.hpp"

#include <algorithm>

namespace boardlens::voice {
namespace {

using db::Row;

// Reads the organisations table (orgs) to name the organisation a public link belongs to.
constexpr std::string_view kFindByToken =
    "SELECT l.org_id, o.ods_code, o.name FROM voice_links l JOIN organisations o ON o.id = "
    "l.org_id WHERE l.token = $1";
constexpr std::string_view kFindToken = "SELECT token FROM voice_links WHERE org_id = $1";
constexpr std::string_view kSaveToken =
    "INSERT INTO voice_links (org_id, token, created_by, created_at) VALUES ($1, $2, $3, $4) "
    "ON CONFLICT (org_id) DO UPDATE SET token = excluded.token, created_by = "
    "excluded.created_by, created_at = excluded.created_at";
constexpr std::string_view kCreateToken =
    "INSERT INTO voice_links (org_id, token, created_by, created_at) VALUES ($1, $2, $3, $4) "
    "ON CONFLICT (org_id) DO NOTHING";
constexpr std::string_view kFindHelp = "SELECT help FROM voice_help WHERE org_id = $1";
constexpr std::string_view kSaveHelp =
    "INSERT INTO voice_help (org_id, help, updated_by, updated_at) VALUES ($1, $2, $3, $4) "
    "ON CONFLICT (org_id) DO UPDATE SET help = excluded.help, updated_by = excluded.updated_by, "
    "updated_at = excluded.updated_at";
constexpr std::string_view kReportedServices =
    "SELECT DISTINCT service_id FROM voice_reports WHERE org_id = $1 AND received_on >= $2 AND "
    "service_id IS NOT NULL ORDER BY service_id";
constexpr std::string_view kInsertReport =
    "INSERT INTO voice_reports (org_id, service_id, reporter, barriers, what_happened, "
    "how_often, impact, fft, received_on, contact) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, "
    "$10)";
constexpr std::string_view kFacts =
    "SELECT received_on, service_id, reporter, barriers, fft FROM voice_reports WHERE org_id = "
    "$1 AND received_on >= $2";
// One WHERE for the list and its count: each filter is bound, and an empty one lets every
// report through ('%' matches anything; service mode 0 is any service).
#define BOARDLENS_REPORT_WHERE                                                                 \
  "FROM voice_reports WHERE org_id = $1 AND received_on >= $2 AND received_on < $3 AND ($4 = " \
  "0 OR ($4 = 1 AND service_id = $5) OR ($4 = 2 AND service_id IS NULL)) AND (';' || "         \
  "barriers || ';') LIKE $6 AND (reporter = $7 OR $7 = '') AND LOWER(what_happened) LIKE $8 "  \
  "ESCAPE '!' "
constexpr std::string_view kReports =
    "SELECT id, org_id, service_id, reporter, barriers, what_happened, how_often, impact, fft, "
    "received_on, contact " BOARDLENS_REPORT_WHERE
    "ORDER BY received_on DESC, id DESC LIMIT $9 OFFSET $10";
constexpr std::string_view kCountReports = "SELECT COUNT(*) AS reports " BOARDLENS_REPORT_WHERE;
#undef BOARDLENS_REPORT_WHERE
constexpr std::string_view kInsertChange =
    "INSERT INTO voice_changes (org_id, heard, did, done_on, published, created_by, created_at, "
    "updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $6, $7) RETURNING id";
constexpr std::string_view kUpdateChange =
    "UPDATE voice_changes SET heard = $3, did = $4, done_on = $5, published = $6, updated_by = "
    "$7, updated_at = $8 WHERE org_id = $1 AND id = $2";
#define BOARDLENS_CHANGE_SELECT                                                             \
  "SELECT id, org_id, heard, did, done_on, published, created_by, created_at, updated_by, " \
  "updated_at FROM voice_changes "
constexpr std::string_view kFindChange = BOARDLENS_CHANGE_SELECT "WHERE org_id = $1 AND id = $2";
constexpr std::string_view kChanges = BOARDLENS_CHANGE_SELECT
    "WHERE org_id = $1 AND (published = 1 OR $2 = 0) ORDER BY done_on DESC, id DESC";
#undef BOARDLENS_CHANGE_SELECT

Change ToChange(const Row& row) {
  Change c;
  c.id = row.i64("id");
  c.org_id = row.i64("org_id");
  c.what.heard = row.text("heard");
  c.what.did = row.text("did");
  c.what.done_on = row.text("done_on");
  c.what.published = row.flag("published");
  c.created_by = row.optional_i64("created_by");
  c.created_at = row.i64("created_at");
  c.updated_by = row.optional_i64("updated_by");
  c.updated_at = row.i64("updated_at");
  return c;
}

}  // namespace

std::optional<LinkedOrg> Repository::FindByToken(const std::string& token) {
  return db::First(db_.Query(kFindByToken, {token}), [](const Row& row) {
    return LinkedOrg{row.i64("org_id"), row.text("ods_code"), row.text("name")};
  });
}

std::optional<std::string> Repository::FindToken(Id org_id) {
  return db::First(db_.Query(kFindToken, {org_id}),
                   [](const Row& row) { return row.text("token"); });
}

void Repository::CreateTokenIfNone(Id org_id, const std::string& token, std::optional<Id> by,
                                   std::int64_t at) {
  db_.Query(kCreateToken, {org_id, token, db::OrNull(by), at});
}

void Repository::SaveToken(Id org_id, const std::string& token, std::optional<Id> by,
                           std::int64_t at) {
  db_.Query(kSaveToken, {org_id, token, db::OrNull(by), at});
}

std::optional<std::string> Repository::FindHelp(Id org_id) {
  return db::First(db_.Query(kFindHelp, {org_id}), [](const Row& row) { return row.text("help"); });
}

void Repository::SaveHelp(Id org_id, const std::string& help, std::optional<Id> by,
                          std::int64_t at) {
  db_.Query(kSaveHelp, {org_id, help, db::OrNull(by), at});
}

std::vector<Id> Repository::ReportedServices(Id org_id, const std::string& from) {
  return db::All(db_.Query(kReportedServices, {org_id, from}),
                 [](const Row& row) { return row.i64("service_id"); });
}

void Repository::InsertReport(const Report& r) {
  db_.Query(kInsertReport, {r.org_id, db::OrNull(r.service_id), std::string(ToString(r.reporter)),
                            JoinBarriers(r.barriers), r.what_happened,
                            std::string(ToString(r.how_often)), std::string(ToString(r.impact)),
                            std::string(ToString(r.fft)), r.received_on, db::OrNull(r.contact)});
}

std::vector<Facts> Repository::FactsSince(Id org_id, const std::string& from) {
  return db::All(db_.Query(kFacts, {org_id, from}), [](const Row& row) {
    Facts f;
    f.month = row.text("received_on").substr(0, 7);
    f.service_id = row.optional_i64("service_id");
    f.reporter = ParseReporter(row.text("reporter")).value_or(Reporter::kStaff);
    f.barriers = SplitBarriers(row.text("barriers"));
    f.fft = ParseFft(row.text("fft")).value_or(FftAnswer::kDontKnow);
    return f;
  });
}

namespace {
/// The filter's parameters, $1 to $8 of BOARDLENS_REPORT_WHERE.
std::vector<db::Value> FilterParameters(Id org_id, const std::string& from, const ReportFilter& f) {
  std::string start = from;
  std::string end = "9999-12-31";
  if (!f.month.empty()) {
    auto [first, next] = MonthRange(f.month);
    start = std::max(start, first);
    end = std::move(next);
  }
  std::int64_t mode = 0;
  std::int64_t service = 0;
  if (f.service == "other") {
    mode = 2;
  } else if (!f.service.empty()) {
    mode = 1;
    service = std::stoll(f.service);
  }
  // LIKE's own characters in the words searched for are matched as themselves.
  std::string words;
  for (const char c : f.search) {
    if (c == '%' || c == '_' || c == '!') words += '!';
    words += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return {org_id,     start,
          end,        mode,
          service,    f.barrier.empty() ? std::string("%") : "%;" + f.barrier + ";%",
          f.reporter, "%" + words + "%"};
}
}  // namespace

std::int64_t Repository::CountReportsSince(Id org_id, const std::string& from,
                                           const ReportFilter& filter) {
  return db_.Query(kCountReports, FilterParameters(org_id, from, filter)).at(0).i64("reports");
}

std::vector<ReportRow> Repository::ReportsSince(Id org_id, const std::string& from,
                                                const ReportFilter& filter, std::int64_t limit,
                                                std::int64_t offset) {
  std::vector<db::Value> parameters = FilterParameters(org_id, from, filter);
  parameters.emplace_back(limit);
  parameters.emplace_back(offset);
  return db::All(db_.Query(kReports, parameters), [](const Row& row) {
    ReportRow out;
    Report& r = out.report;
    r.id = row.i64("id");
    r.org_id = row.i64("org_id");
    r.service_id = row.optional_i64("service_id");
    r.reporter = ParseReporter(row.text("reporter")).value_or(Reporter::kStaff);
    r.barriers = SplitBarriers(row.text("barriers"));
    r.what_happened = row.text("what_happened");
    r.how_often = ParseHowOften(row.text("how_often")).value_or(HowOften::kFirstTime);
    r.impact = ParseImpact(row.text("impact")).value_or(Impact::kLittle);
    r.fft = ParseFft(row.text("fft")).value_or(FftAnswer::kDontKnow);
    r.received_on = row.text("received_on");
    r.contact = row.text_or_empty("contact");
    return out;
  });
}

Id Repository::InsertChange(const Change& c) {
  return db_
      .Query(kInsertChange,
             {c.org_id, c.what.heard, c.what.did, c.what.done_on,
              std::int64_t{c.what.published ? 1 : 0}, db::OrNull(c.created_by), c.created_at})
      .at(0)
      .i64("id");
}

void Repository::UpdateChange(const Change& c) {
  db_.Query(kUpdateChange,
            {c.org_id, c.id, c.what.heard, c.what.did, c.what.done_on,
             std::int64_t{c.what.published ? 1 : 0}, db::OrNull(c.updated_by), c.updated_at});
}

std::optional<Change> Repository::FindChange(Id org_id, Id id) {
  return db::First(db_.Query(kFindChange, {org_id, id}), ToChange);
}

std::vector<Change> Repository::Changes(Id org_id, bool published_only) {
  return db::All(db_.Query(kChanges, {org_id, std::int64_t{published_only ? 1 : 0}}), ToChange);
}

}  // namespace boardlens::voice
