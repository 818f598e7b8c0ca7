#include "boardlens/features/rounds/json.hpp"

#include "boardlens/features/frameworks/json.hpp"
#include "boardlens/features/orgs/json.hpp"

namespace boardlens::rounds {

using http::Json;

namespace {
Json DateOrNull(const std::string& date) { return date.empty() ? Json(nullptr) : Json(date); }
}  // namespace

Json ToJson(const Round& r) {
  return {{"id", r.id},
          {"title", r.title},
          {"framework", r.framework_ref},
          {"status", ToString(r.status)},
          {"opened_on", DateOrNull(r.opened_on)},
          {"closes_by", DateOrNull(r.closes_by)},
          {"closed_on", DateOrNull(r.closed_on)},
          {"withdrawn_on", DateOrNull(r.withdrawn_on)},
          {"imported", r.imported}};
}

Json ToJson(const RoundView& v) {
  Json j = ToJson(v.round);
  j["framework_version"] = v.framework.framework.version.str();
  j["items"] = frameworks::ToJson(v.framework, true)["items"];
  return j;
}

Json ToJson(const Answer& a) {
  return {{"item", a.item_ref},
          {"rating", a.rating ? Json(*a.rating) : Json("DK")},
          {"evidence", a.evidence}};
}

Json ToJson(const CompletionRow& row) {
  return {{"member", orgs::ToJson(row.member)},
          {"answered", row.answered},
          {"items", row.items},
          {"complete", row.complete()}};
}

Json ToJson(const ReminderReport& report) {
  Json failed = Json::array();
  for (const auto& f : report.failed) {
    failed.push_back({{"name", f.name}, {"email", f.email}, {"reason", f.why}});
  }
  return {{"sent", http::JsonList(report.sent,
                                  [](const orgs::Member& m) {
                                    return Json{{"name", m.name}, {"email", m.email}};
                                  })},
          {"failed", failed}};
}

}  // namespace boardlens::rounds
