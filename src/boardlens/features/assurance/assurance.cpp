#include "boardlens/features/assurance/assurance.hpp"

#include <algorithm>
#include <map>

#include "boardlens/base/error.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/db/transaction.hpp"

namespace boardlens::assurance {
namespace {

/// A voice summary's counts as the rules take them: nullopt where suppressed.
std::optional<std::int64_t> CountOf(const voice::Shown& shown) {
  return shown.has_value() ? std::optional<std::int64_t>(*shown) : std::nullopt;
}

}  // namespace

Picture Assurance::Of(const Caller& caller, const std::string& ods) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kViewer);
  const std::string today = Today();
  const auto shared = observations_.Shared(access);
  const voice::Summary heard = voice_.Summarise(caller, ods);
  Picture picture;

  std::map<Id, Row> by_service;
  for (const auto& s : services_.List(caller, ods)) {
    Row& row = by_service[s.id];
    row.subject = {SubjectKind::kService, s.id};
    row.name = s.what.name;
    row.seen = SeenOf(row.subject, shared, today);
  }
  for (const auto& [service, series] : services_.AllSeries(caller, ods)) {
    const auto found = by_service.find(service.id);
    if (found == by_service.end() || !series.chart) continue;
    const bool concern = services::ShowsConcern(*series.chart);
    if (series.measure.what.kind == services::MeasureKind::kSatisfaction) {
      found->second.heard.satisfaction_measures += 1;
      found->second.heard.satisfaction_of_concern += concern ? 1 : 0;
    } else {
      found->second.read.measures += 1;
      found->second.read.measures_of_concern += concern ? 1 : 0;
    }
  }
  for (const auto& reported : heard.by_service) {
    if (!reported.service.id) continue;
    const auto found = by_service.find(*reported.service.id);
    if (found == by_service.end()) continue;
    std::vector<std::optional<std::int64_t>> monthly;
    for (const auto& count : reported.by_month) monthly.push_back(CountOf(count));
    found->second.heard.reports = CountOf(reported.total);
    found->second.heard.reports_rising = CountsRising(monthly, heard.months);
  }
  for (auto& [id, row] : by_service) {
    if (row.read.measures_of_concern > 0 || row.heard.satisfaction_of_concern > 0) {
      picture.board.services_of_concern += 1;
    }
    picture.services.push_back(std::move(row));
  }

  for (const auto& item : portfolio_.List(caller, ods)) {
    if (item.what.stage != portfolio::Stage::kInDelivery) continue;
    Row row;
    row.subject = {SubjectKind::kProgramme, item.id};
    row.name = item.what.name;
    if (item.latest) row.read.confidence = item.latest->confidence;
    row.seen = SeenOf(row.subject, shared, today);
    // A project that reports nothing of its own is read through its programme.
    const bool reports = item.latest.has_value() || row.seen.count > 0;
    if (item.what.kind == portfolio::Kind::kProgramme || reports) {
      picture.programmes.push_back(std::move(row));
    }
  }

  std::vector<std::optional<std::int64_t>> monthly;
  for (const auto& month : heard.by_month) monthly.push_back(CountOf(month.reports));
  picture.board.reports = CountOf(heard.total);
  picture.board.reports_rising = CountsRising(monthly, heard.months);
  picture.board.self_assessment = LatestSelfAssessment(caller, ods);
  for (const auto& q : checklist_.List(caller, ods)) {
    picture.board.questions.push_back({q.framework_ref, q.item_ref, q.title, q.status()});
  }

  std::vector<Row> rows = picture.services;
  rows.insert(rows.end(), picture.programmes.begin(), picture.programmes.end());
  picture.gaps = FindGaps(rows, picture.board);
  AddResponses(access, picture.gaps);
  return picture;
}

void Assurance::AddResponses(const orgs::OrgAccess& access, std::vector<Gap>& gaps) {
  const auto reasons = repository_.Reasons(access.org.id);
  const auto agreed = actions_.OnKind(access, actions::SourceKind::kAssuranceGap);
  for (Gap& gap : gaps) {
    for (const auto& a : agreed) {  // oldest first: the latest wins
      if (a.source.ref == gap.key && a.what.status != actions::ActionStatus::kDropped) {
        gap.response = Response{a.id, a.what.title, a.owner_name, a.created_at};
      }
    }
    const auto reason = reasons.find(gap.key);
    if (!gap.response && reason != reasons.end()) gap.response = reason->second;
  }
}

Gap Assurance::GetGap(const Caller& caller, const std::string& ods, const std::string& key) {
  for (Gap& gap : Of(caller, ods).gaps) {
    if (gap.key == key) return std::move(gap);
  }
  throw NotFound("there is no assurance gap \"" + key + "\" in " + ods +
                 " now: its cause may have gone");
}

actions::Action Assurance::AgreeAction(const Caller& caller, const std::string& ods,
                                       const std::string& key, actions::ActionInput input) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kSecretary);
  GetGap(caller, ods, key);
  return actions_.RecordOn(caller, access, std::move(input), actions::Source::AssuranceGap(key));
}

Gap Assurance::AcceptReason(const Caller& caller, const std::string& ods, const std::string& key,
                            const std::string& reason) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kSecretary);
  Gap gap = GetGap(caller, ods, key);
  const Response accepted{std::nullopt,
                          RequireText(reason, "reason", kMaxReasonLength, Lines::kMany),
                          caller.DisplayName(), clock_.Now()};
  db::Transaction(db_,
                  [&] { repository_.SaveReason(access.org.id, key, accepted, caller.account()); });
  if (!gap.response || !gap.response->action_id) gap.response = accepted;
  return gap;
}

std::optional<SelfAssessment> Assurance::LatestSelfAssessment(const Caller& caller,
                                                              const std::string& ods) {
  const auto latest =
      rounds::LatestClosed(rounds_.ListRounds(caller, ods), kSelfAssessmentFramework);
  if (!latest) return std::nullopt;
  const auto view = results_.Of(caller, ods, latest->id);
  SelfAssessment self{latest->id, latest->title, {}};
  const auto& items = view->round.framework.framework.items;
  for (const auto& result : view->results.items) {
    const auto item = std::find_if(items.begin(), items.end(),
                                   [&](const auto& i) { return i.ref == result.item; });
    self.themes.push_back(
        {result.item, item == items.end() ? result.item : item->title, result.mean.value});
  }
  return self;
}

}  // namespace boardlens::assurance
