#include "boardlens/features/briefing/briefing.hpp"

#include <algorithm>

#include "boardlens/base/clock.hpp"

namespace boardlens::briefing {
namespace {

std::string PathOf(std::string_view prefix, Id id) {
  return std::string(prefix) + std::to_string(id);
}

}  // namespace

Brief Briefing::Of(const Caller& caller, const std::string& ods) {
  Brief brief;
  std::vector<Line>& lines = brief.lines;
  AddRisks(caller, ods, lines);
  for (const auto& gap : assurance_.Of(caller, ods).gaps) {
    if (!gap.open()) continue;  // the board has responded
    lines.push_back({Level::kAlert, Topic::kAssuranceGap,
                     gap.subject ? gap.title.substr(0, gap.title.find(':')) : gap.title,
                     "Assurance gap: " + gap.title, "/assurance/gaps/" + gap.key});
  }
  AddServices(caller, ods, lines);
  AddActions(caller, ods, lines);
  const std::string today = IsoDate(clock_.Now());
  for (const auto& q : checklist_.List(caller, ods)) {
    if (!questions::IsOverdue(q, today)) continue;
    lines.push_back({Level::kAlert, Topic::kOverdueQuestion, q.title,
                     "Board question \"" + q.title + "\" was due for review on " +
                         DateText(q.record->what.next_review_on),
                     "/questions/" + q.framework_ref + "/" + q.item_ref});
  }
  if (const auto current = strategies_.Current(caller, ods)) {
    for (const auto& finding : current->findings) {
      // A line is a sentence without its full stop, as the page and pack end it.
      std::string problem = finding.problem;
      if (problem.ends_with('.')) problem.pop_back();
      lines.push_back({Level::kAdvise, Topic::kStrategyCheck, problem, "Strategy check: " + problem,
                       "/strategy"});
    }
  }
  brief.round_title = AddRoundFlags(caller, ods, lines);
  SortByLevel(lines);
  brief.questions = QuestionsToAsk(lines);
  return brief;
}

void Briefing::AddRisks(const Caller& caller, const std::string& ods, std::vector<Line>& lines) {
  const auto all = risks_.List(caller, ods);
  const auto appetites = risks_.Appetites(caller, ods);
  const std::string today = IsoDate(clock_.Now());
  for (const auto& risk : all) {
    const int score = risks::Score(risk.what.current);
    std::vector<std::string> why;
    if (risks::BandOf(score) == risks::Band::kExtreme) {
      why.push_back("extreme, scoring " + std::to_string(score));
    }
    if (risks::AboveAppetite(risk, appetites)) why.emplace_back("above the board's appetite");
    if (risks::ReviewOverdue(risk.what, today)) {
      why.push_back("review due on " + DateText(risk.what.review_on));
    }
    if (why.empty()) continue;
    std::string text = risk.what.title + ": ";
    for (std::size_t i = 0; i < why.size(); ++i) {
      text += (i == 0 ? "" : i + 1 == why.size() ? " and " : ", ") + why[i];
    }
    lines.push_back(
        {Level::kAlert, Topic::kRisk, risk.what.title, text, PathOf("/risks/", risk.id)});
  }
}

void Briefing::AddServices(const Caller& caller, const std::string& ods, std::vector<Line>& lines) {
  const std::string today = IsoDate(clock_.Now());
  for (const auto& [service, series] : services_.AllSeries(caller, ods)) {
    if (!series.chart) continue;
    const std::string name = series.measure.what.name + " of " + service.what.name;
    const std::string path = PathOf("/measures/", series.measure.id);
    const auto& chart = *series.chart;
    if (services::ShowsConcern(chart)) {
      const bool failing = chart.assurance == services::Assurance::kConsistentFail;
      lines.push_back(
          {Level::kAlert, Topic::kMeasureConcern, name,
           name + (failing ? " consistently misses its target" : " shows special-cause concern"),
           path});
      continue;
    }
    if (chart.variation == services::PointType::kImprovement) {
      lines.push_back({Level::kAssure, Topic::kImprovement, name,
                       name + " shows special-cause improvement", path});
    }
    if (chart.assurance == services::Assurance::kConsistentPass) {
      lines.push_back(
          {Level::kAssure, Topic::kTargetMet, name, name + " consistently meets its target", path});
    }
  }
  for (const auto& service : services_.List(caller, ods)) {
    if (!services::ContractEndingSoon(service.what, today)) continue;
    const bool ended = service.what.contract_ends_on < today;
    lines.push_back({Level::kAdvise, Topic::kContractEnding, service.what.name,
                     service.what.name +
                         (ended ? "'s contract ended on " : "'s contract ends on ") +
                         DateText(service.what.contract_ends_on),
                     PathOf("/services/", service.id)});
  }
  for (const auto& candidate : services_.SwitchOffCandidates(caller, ods)) {
    lines.push_back({Level::kAdvise, Topic::kSwitchOff, candidate.service.what.name,
                     candidate.service.what.name + " is a candidate to switch off",
                     "/services/switch-off"});
  }
}

void Briefing::AddActions(const Caller& caller, const std::string& ods, std::vector<Line>& lines) {
  const std::string today = IsoDate(clock_.Now());
  const std::int64_t since = clock_.Now() - std::int64_t{kActionsDoneWithinDays} * kSecondsPerDay;
  for (const auto& a : actions_.List(caller, ods)) {
    const std::string path = PathOf("/actions/", a.id);
    if (actions::IsOverdue(a, today)) {
      lines.push_back({Level::kAlert, Topic::kOverdueAction, a.what.title,
                       "Action \"" + a.what.title + "\" was due on " + DateText(a.what.due_on),
                       path, a.owner_name});
    } else if (a.what.status == actions::ActionStatus::kDone && a.updated_at >= since) {
      lines.push_back(
          {Level::kAssure, Topic::kActionDone, a.what.title, "Done: " + a.what.title, path});
    }
  }
}

std::string Briefing::AddRoundFlags(const Caller& caller, const std::string& ods,
                                    std::vector<Line>& lines) {
  const auto latest = rounds::LatestClosed(rounds_.ListRounds(caller, ods));
  if (!latest) return {};
  const auto view = results_.Of(caller, ods, latest->id);
  const auto& framework = view->round.framework.framework;
  const std::string path = PathOf("/rounds/", latest->id) + "/results";
  for (const auto& item : view->results.items) {
    const auto index = framework.ItemIndex(item.item);
    const std::string title = index ? framework.items[*index].title : item.item;
    if ((item.flags & results::kBlindSpot) != 0) {
      lines.push_back({Level::kAdvise, Topic::kBlindSpot, title,
                       "Blind spot: many board members did not know how to rate " + title, path});
    }
    if ((item.flags & results::kDisagreement) != 0) {
      lines.push_back({Level::kAdvise, Topic::kDisagreement, title,
                       "Disagreement: board members rated " + title + " far apart", path});
    }
  }
  return latest->title;
}

}  // namespace boardlens::briefing
