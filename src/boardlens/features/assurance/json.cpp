#include "boardlens/features/assurance/json.hpp"

#include "boardlens/base/clock.hpp"

namespace boardlens::assurance {
namespace {

using http::Json;

Json OrNull(const std::optional<std::int64_t>& v) { return v ? Json(*v) : Json(nullptr); }
Json OrNull(const std::optional<double>& v) { return v ? Json(*v) : Json(nullptr); }

Json SubjectJson(const Subject& s) {
  return {{"kind", observations::ToString(s.kind)}, {"id", s.id}};
}

Json RowJson(const Row& row, const std::vector<Gap>& gaps) {
  Json read = {{"positive", ReadIsPositive(row)}, {"summary", DescribeRead(row)}};
  if (row.subject.kind == SubjectKind::kService) {
    read["measures"] = row.read.measures;
    read["measures_of_concern"] = row.read.measures_of_concern;
  } else {
    read["delivery_confidence"] =
        row.read.confidence ? Json(portfolio::ToString(*row.read.confidence)) : Json(nullptr);
  }
  Json out = {{"subject", SubjectJson(row.subject)}, {"name", row.name}, {"read", read}};
  if (row.subject.kind == SubjectKind::kService) {
    out["heard"] = {{"concern", HeardShowsConcern(row.heard)},
                    {"summary", DescribeHeard(row.heard)},
                    {"reports", OrNull(row.heard.reports)},
                    {"reports_rising", row.heard.reports_rising},
                    {"satisfaction_measures", row.heard.satisfaction_measures},
                    {"satisfaction_of_concern", row.heard.satisfaction_of_concern}};
  }
  out["seen"] = {{"poor", SeenIsPoor(row.seen)},
                 {"summary", DescribeSeen(row.seen)},
                 {"observations", row.seen.count},
                 {"mean_rating", OrNull(row.seen.mean_rating)}};
  Json keys = Json::array();
  for (const auto& gap : gaps) {
    if (gap.subject == row.subject) keys.push_back(gap.key);
  }
  out["gaps"] = keys;
  return out;
}

}  // namespace

Json ToJson(const Gap& gap) {
  Json response = nullptr;
  if (gap.response) {
    response = {
        {"kind", KindOf(*gap.response)},
        {"action", gap.response->action_id ? Json(*gap.response->action_id) : Json(nullptr)},
        {"text", gap.response->text},
        {"by", gap.response->by},
        {"at", IsoTime(gap.response->at)}};
  }
  return {{"key", gap.key},
          {"kind", ToString(gap.kind)},
          {"title", gap.title},
          {"evidence", gap.evidence},
          {"subject", gap.subject ? SubjectJson(*gap.subject) : Json(nullptr)},
          {"theme", gap.theme.empty() ? Json(nullptr) : Json(gap.theme)},
          {"open", gap.open()},
          {"response", response}};
}

Json ToJson(const Picture& p) {
  const Json gaps = http::JsonList(p.gaps, [](const Gap& g) { return ToJson(g); });
  Json themes = Json::array();
  if (p.board.self_assessment) {
    for (const auto& t : p.board.self_assessment->themes) {
      Json places = Json::array();
      if (const ThemeEvidence* evidence = EvidenceFor(t.ref)) {
        for (const auto& place : evidence->places) {
          places.push_back({{"name", place.name}, {"path", place.path}});
        }
      }
      themes.push_back(
          {{"ref", t.ref}, {"title", t.title}, {"mean", OrNull(t.mean)}, {"evidence", places}});
    }
  }
  return {
      {"gaps", gaps},
      {"services", http::JsonList(p.services, [&](const Row& r) { return RowJson(r, p.gaps); })},
      {"programmes",
       http::JsonList(p.programmes, [&](const Row& r) { return RowJson(r, p.gaps); })},
      {"board",
       {{"reports", OrNull(p.board.reports)},
        {"reports_rising", p.board.reports_rising},
        {"services_of_concern", p.board.services_of_concern},
        {"self_assessment", p.board.self_assessment
                                ? Json{{"round", p.board.self_assessment->round_id},
                                       {"title", p.board.self_assessment->round_title},
                                       {"themes", themes}}
                                : Json(nullptr)}}}};
}

}  // namespace boardlens::assurance
