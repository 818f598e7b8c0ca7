#include "boardlens/features/voice/voice.hpp"

#include <algorithm>
#include <cstdlib>
#include <limits>

#include "boardlens/base/error.hpp"
#include "boardlens/base/secrets.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/db/transaction.hpp"

namespace boardlens::voice {
namespace {

constexpr int kSummaryMonths = 12;

/// A whole number of the environment, or `fallback` when unset or not a number.
double FromEnv(const char* name, double fallback) {
  const char* value = std::getenv(name);
  if (value == nullptr || *value == '\0') return fallback;
  char* end = nullptr;
  const double parsed = std::strtod(value, &end);
  return end != nullptr && *end == '\0' && parsed >= 0 ? parsed : fallback;
}

}  // namespace

Settings Settings::FromEnvironment() {
  Settings s;
  s.per_address.burst = FromEnv("BOARDLENS_VOICE_ADDRESS_BURST", s.per_address.burst);
  s.per_address.per_hour = FromEnv("BOARDLENS_VOICE_ADDRESS_PER_HOUR", s.per_address.per_hour);
  s.per_link.burst = FromEnv("BOARDLENS_VOICE_LINK_BURST", s.per_link.burst);
  s.per_link.per_hour = FromEnv("BOARDLENS_VOICE_LINK_PER_HOUR", s.per_link.per_hour);
  return s;
}

void Voice::Admit(const std::string& address) {
  if (const std::int64_t wait = guards_.by_address.Take(address, clock_.Now()); wait > 0) {
    throw TooManyRequests("too many reports have been sent from your network; wait " +
                              DurationText(wait) + " and try again",
                          wait);
  }
}

std::optional<PublicForm> Voice::Form(const std::string& token) {
  if (token.empty() || token.size() > kMaxTokenLength) return std::nullopt;
  const std::int64_t now = clock_.Now();
  if (auto cached = guards_.forms.Find(token, now)) return *cached;
  std::optional<PublicForm> form;
  if (auto org = repository_.FindByToken(token)) {
    form = PublicForm{*org, OpenServices(org->org_id), HelpOf(org->org_id)};
  }
  guards_.forms.Put(token, form, now + settings_.cache_seconds);
  return form;
}

std::vector<FormService> Voice::ServicesFor(const PublicForm& form, Reporter reporter) {
  std::vector<FormService> out;
  for (const FormService& s : form.services) {
    if (s.For(reporter)) out.push_back(s);
  }
  return out;
}

void Voice::Submit(const PublicForm& form, const ReportInput& input) {
  // Only the services the form offered the reporter: a staff system is not a patient's to pick.
  const auto reporter = ParseReporter(input.reporter);
  std::vector<Id> ids;
  for (const FormService& s : reporter ? ServicesFor(form, *reporter) : form.services) {
    if (s.id) ids.push_back(*s.id);
  }
  Report report = CheckReport(input, ids);
  // The organisation's allowance is charged only by a real report, so junk posts to a link
  // printed on a poster cannot use it up for everyone.
  const std::string org_key = std::to_string(form.org.org_id);
  if (const std::int64_t wait = guards_.by_link.Take(org_key, clock_.Now()); wait > 0) {
    throw TooManyRequests("this form has had too many reports in a short time; wait " +
                              DurationText(wait) + " and try again",
                          wait);
  }
  report.org_id = form.org.org_id;
  report.received_on = Today();
  writer_.Write(std::move(report));
}

void Voice::ImportReports(const Caller& caller, const std::string& ods,
                          const std::vector<std::pair<std::string, ReportInput>>& reports) {
  const Id org_id = organisations_.Require(caller, ods, Role::kAdmin).org.id;
  std::vector<Id> ids;
  for (const FormService& s : OpenServices(org_id)) ids.push_back(*s.id);
  const std::string today = Today();
  db::Transaction(db_, [&] {
    for (std::size_t i = 0; i < reports.size(); ++i) {
      const auto& [day, input] = reports[i];
      if (!IsValidDate(day) || day > today) {
        throw Invalid("\"" + day + "\" is not a past date written YYYY-MM-DD",
                      "reports[" + std::to_string(i) + "].received_on");
      }
      Report report = CheckReport(input, ids);
      report.org_id = org_id;
      report.received_on = day;
      repository_.InsertReport(report);
    }
  });
}

std::vector<Change> Voice::Published(const PublicForm& form) {
  return repository_.Changes(form.org.org_id, true);
}

std::string Voice::Link(const Caller& caller, const std::string& ods) {
  const Id org_id = organisations_.Require(caller, ods, Role::kViewer).org.id;
  if (auto token = repository_.FindToken(org_id)) return *token;
  // Two first views at once both try; the first insert wins and both read it back, so a link
  // already shown (or printed) never changes under it.
  repository_.CreateTokenIfNone(org_id, RandomToken(), caller.account(), clock_.Now());
  return repository_.FindToken(org_id).value();
}

std::string Voice::RotateLink(const Caller& caller, const std::string& ods) {
  const Id org_id = organisations_.Require(caller, ods, Role::kSecretary).org.id;
  std::string token = RandomToken();
  db::Transaction(db_, [&] {
    if (auto old = repository_.FindToken(org_id)) guards_.forms.Erase(*old);
    repository_.SaveToken(org_id, token, caller.account(), clock_.Now());
  });
  return token;
}

std::string Voice::Since() const { return MonthsEnding(Today(), kSummaryMonths).front() + "-01"; }

std::vector<FormService> Voice::OpenServices(Id org_id) {
  std::vector<FormService> out;
  for (services::ServiceName& s : services_.PublicNames(org_id)) {
    out.push_back({{s.id, std::move(s.name)},
                   services::UsedBy(s.audience, true),
                   services::UsedBy(s.audience, false)});
  }
  return out;
}

std::string Voice::Help(const Caller& caller, const std::string& ods) {
  return HelpOf(organisations_.Require(caller, ods, Role::kViewer).org.id);
}

std::string Voice::HelpOf(Id org_id) {
  const auto help = repository_.FindHelp(org_id);
  return help && !help->empty() ? *help : std::string(kDefaultHelp);
}

void Voice::SetHelp(const Caller& caller, const std::string& ods, const std::string& help) {
  const Id org_id = organisations_.Require(caller, ods, Role::kSecretary).org.id;
  // Empty is kept as empty, so that the organisation follows the default as it changes.
  repository_.SaveHelp(org_id, CheckHelp(help), caller.account(), clock_.Now());
  if (auto token = repository_.FindToken(org_id)) guards_.forms.Erase(*token);
}

std::map<Id, std::string> Voice::ServiceNames(const Caller& caller, const std::string& ods) {
  std::map<Id, std::string> names;
  for (services::Service& s : services_.List(caller, ods)) names[s.id] = std::move(s.what.name);
  return names;
}

Summary Voice::Summarise(const Caller& caller, const std::string& ods) {
  const Id org_id = organisations_.Require(caller, ods, Role::kViewer).org.id;
  const std::string since = Since();
  std::vector<ServiceLabel> labels;
  for (const FormService& s : OpenServices(org_id)) labels.push_back({s.id, s.name});
  // A service retired since it was reported on keeps its row for the months it was.
  std::map<Id, std::string> names;
  for (const Id id : repository_.ReportedServices(org_id, since)) {
    const bool listed = std::any_of(labels.begin(), labels.end(),
                                    [&](const ServiceLabel& l) { return l.id == id; });
    if (listed) continue;
    if (names.empty()) names = ServiceNames(caller, ods);
    labels.push_back({id, names[id]});
  }
  labels.push_back({std::nullopt, "Something else"});
  return voice::Summarise(repository_.FactsSince(org_id, since),
                          MonthsEnding(Today(), kSummaryMonths), labels);
}

bool Voice::CanReadReports(const Caller& caller, const std::string& ods) {
  return organisations_.Require(caller, ods, Role::kViewer).role >= Role::kMember;
}

std::vector<ReportRow> Voice::Reports(const Caller& caller, const std::string& ods) {
  return Reports(caller, ods, ReportFilter{}).rows;
}

std::vector<std::string> Voice::ReportMonths() const {
  return MonthsEnding(Today(), kSummaryMonths);
}

ReportList Voice::Reports(const Caller& caller, const std::string& ods,
                          const ReportFilter& filter) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kMember);
  ReportList list;
  list.months = ReportMonths();
  const std::string since = list.months.front() + "-01";
  std::int64_t limit = std::numeric_limits<std::int32_t>::max();
  std::int64_t offset = 0;
  if (filter.page > 0) {
    list.matching = repository_.CountReportsSince(access.org.id, since, filter);
    list.pages = static_cast<int>((list.matching + kReportsPerPage - 1) / kReportsPerPage);
    list.page = std::max(1, std::min(filter.page, list.pages));
    limit = kReportsPerPage;
    offset = std::int64_t{list.page - 1} * kReportsPerPage;
  }
  list.rows = repository_.ReportsSince(access.org.id, since, filter, limit, offset);
  if (filter.page == 0) list.matching = static_cast<std::int64_t>(list.rows.size());
  const std::map<Id, std::string> names = ServiceNames(caller, ods);
  for (const auto& [id, name] : names) list.services.push_back({id, name});
  std::sort(list.services.begin(), list.services.end(),
            [](const ServiceLabel& a, const ServiceLabel& b) { return a.name < b.name; });
  for (ReportRow& row : list.rows) {
    if (row.report.service_id) {
      const auto name = names.find(*row.report.service_id);
      if (name != names.end()) row.service_name = name->second;
    }
    if (access.role < Role::kSecretary) row.report.contact.clear();
  }
  return list;
}

std::vector<Change> Voice::Changes(const Caller& caller, const std::string& ods) {
  return repository_.Changes(organisations_.Require(caller, ods, Role::kViewer).org.id, false);
}

Change Voice::GetChange(const Caller& caller, const std::string& ods, Id id) {
  const Id org_id = organisations_.Require(caller, ods, Role::kViewer).org.id;
  auto change = repository_.FindChange(org_id, id);
  if (!change) throw NotFound("there is no \"you said, we did\" entry " + std::to_string(id));
  return *change;
}

Change Voice::AddChange(const Caller& caller, const std::string& ods, ChangeInput input) {
  const Id org_id = organisations_.Require(caller, ods, Role::kSecretary).org.id;
  CheckChange(input);
  Change change;
  change.org_id = org_id;
  change.what = std::move(input);
  change.created_by = change.updated_by = caller.account();
  change.created_at = change.updated_at = clock_.Now();
  change.id = db::Transaction(db_, [&] { return repository_.InsertChange(change); });
  return change;
}

Change Voice::UpdateChange(const Caller& caller, const std::string& ods, Id id, ChangeInput input) {
  const Id org_id = organisations_.Require(caller, ods, Role::kSecretary).org.id;
  CheckChange(input);
  return db::Transaction(db_, [&] {
    auto change = repository_.FindChange(org_id, id);
    if (!change) throw NotFound("there is no \"you said, we did\" entry " + std::to_string(id));
    change->what = std::move(input);
    change->updated_by = caller.account();
    change->updated_at = clock_.Now();
    repository_.UpdateChange(*change);
    return std::move(*change);
  });
}

}  // namespace boardlens::voice
