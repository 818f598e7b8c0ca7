#pragma once
/// The user-voice use cases. The public form needs no account: its link is the only key, and
/// what it may do (send one report) is limited per network address and per link before any
/// database work. The board's side checks the caller's role first: anyone on the board reads
/// the summary; board members read the reports; the secretary keeps the link and the "you
/// said, we did" log, and alone sees a contact a person agreed to give.

#include <map>
#include <string>
#include <vector>

#include "boardlens/base/access.hpp"
#include "boardlens/base/clock.hpp"
#include "boardlens/base/expiring_cache.hpp"
#include "boardlens/base/rate_limiter.hpp"
#include "boardlens/db/database.hpp"
#include "boardlens/features/orgs/organisations.hpp"
#include "boardlens/features/services/service_register.hpp"
#include "boardlens/features/voice/report.hpp"
#include "boardlens/features/voice/report_writer.hpp"
#include "boardlens/features/voice/repository.hpp"
#include "boardlens/features/voice/summary.hpp"

namespace boardlens::voice {

struct Settings {
  /// Reports one network address may send: a ward's shared computers, or a hospital's
  /// network behind one address, can send a few in a row.
  RateLimiter::Rule per_address{20, 120};
  /// Reports one organisation's link may take, from everyone together.
  RateLimiter::Rule per_link{300, 3600};
  /// How long an instance trusts what it read about a link (its organisation and services).
  std::int64_t cache_seconds = 5;

  /// The defaults, with BOARDLENS_VOICE_ADDRESS_BURST, _ADDRESS_PER_HOUR, _LINK_BURST and
  /// _LINK_PER_HOUR when set (the benchmark raises them).
  static Settings FromEnvironment();
};

/// A service the public form offers, and to whom (UsedBy, from the register's users).
struct FormService : ServiceLabel {
  bool for_staff = true;
  bool for_patients = true;
  bool For(Reporter reporter) const {
    return reporter == Reporter::kStaff ? for_staff : for_patients;
  }
};

/// What the public form shows for a link.
struct PublicForm {
  LinkedOrg org;
  std::vector<FormService> services;  ///< not retired, by name
  std::string help;  ///< where to get urgent help and reach PALS: the organisation's words
};

/// A page of the board's list of reports.
struct ReportList {
  std::vector<ReportRow> rows;
  std::int64_t matching = 0;           ///< reports that pass the filter, on every page
  int page = 0;                        ///< as asked, or the last page when asked past it
  int pages = 0;                       ///< 0 when nothing matches
  std::vector<std::string> months;     ///< the months the list covers, oldest first
  std::vector<ServiceLabel> services;  ///< every service of the register, by name, to filter by
};

/// What every thread shares: the limiters and the links recently read.
struct Guards {
  explicit Guards(const Settings& settings)
      : by_address(settings.per_address), by_link(settings.per_link) {}
  RateLimiter by_address;
  RateLimiter by_link;
  ExpiringCache<std::string, std::optional<PublicForm>> forms{10000};
};

class Voice {
 public:
  Voice(db::Database& db, const Clock& clock, const Settings& settings, Guards& guards,
        ReportWriter& writer, orgs::Organisations& organisations,
        services::ServiceRegister& register_of_services)
      : db_(db),
        repository_(db),
        clock_(clock),
        settings_(settings),
        guards_(guards),
        writer_(writer),
        organisations_(organisations),
        services_(register_of_services) {}

  // The public side, by link.
  /// Throws TooManyRequests when `address` has sent too many reports. In memory only: it runs
  /// before anything reads the database. (Submit charges the organisation's allowance.)
  void Admit(const std::string& address);
  /// The form of a link, or nullopt when no organisation has it.
  std::optional<PublicForm> Form(const std::string& token);
  /// Checks the report (throws Invalid naming each field) and returns once it is on disk.
  void Submit(const PublicForm& form, const ReportInput& input);
  /// The services the form offers `reporter`.
  static std::vector<FormService> ServicesFor(const PublicForm& form, Reporter reporter);
  /// The organisation's published "you said, we did", latest first.
  std::vector<Change> Published(const PublicForm& form);

  // The board's side.
  /// The organisation's public link token, made the first time it is asked for.
  std::string Link(const Caller& caller, const std::string& ods);
  /// A new token: the old link stops working.
  std::string RotateLink(const Caller& caller, const std::string& ods);
  /// What the public form says about urgent help and PALS (kDefaultHelp until written).
  std::string Help(const Caller& caller, const std::string& ods);
  /// The secretary writes it (CheckHelp); empty goes back to the default.
  void SetHelp(const Caller& caller, const std::string& ods, const std::string& help);
  /// The last 12 months, suppressed where fewer than 11 responded.
  Summary Summarise(const Caller& caller, const std::string& ods);
  /// The last 12 months' reports, newest first; contacts only for the secretary.
  std::vector<ReportRow> Reports(const Caller& caller, const std::string& ods);
  /// Those of them that pass `filter` (ReadReportFilter), a page of them when it names one.
  ReportList Reports(const Caller& caller, const std::string& ods, const ReportFilter& filter);
  /// The months the list of reports covers, oldest first, for ReadReportFilter.
  std::vector<std::string> ReportMonths() const;
  /// Whether the caller may read the reports themselves (board members and the secretary).
  bool CanReadReports(const Caller& caller, const std::string& ods);

  std::vector<Change> Changes(const Caller& caller, const std::string& ods);
  Change GetChange(const Caller& caller, const std::string& ods, Id id);
  Change AddChange(const Caller& caller, const std::string& ods, ChangeInput input);
  Change UpdateChange(const Caller& caller, const std::string& ods, Id id, ChangeInput input);

  /// Reports received on earlier days (YYYY-MM-DD, none after today), in one transaction,
  /// checked as the form checks them: for the demo and for moving from another tool.
  /// Administrators only.
  void ImportReports(const Caller& caller, const std::string& ods,
                     const std::vector<std::pair<std::string, ReportInput>>& reports);

  std::string Today() const { return IsoDate(clock_.Now()); }

 private:
  /// The help text the organisation wrote, or kDefaultHelp while it has written none.
  std::string HelpOf(Id org_id);
  /// The first day of the summary's 12 months.
  std::string Since() const;
  /// The services the public form offers: those not retired, by name.
  std::vector<FormService> OpenServices(Id org_id);
  /// Every service of the organisation by id, retired ones too, for naming what was reported.
  std::map<Id, std::string> ServiceNames(const Caller& caller, const std::string& ods);

  db::Database& db_;
  Repository repository_;
  const Clock& clock_;
  const Settings& settings_;
  Guards& guards_;
  ReportWriter& writer_;
  orgs::Organisations& organisations_;
  services::ServiceRegister& services_;
};

}  // namespace boardlens::voice
