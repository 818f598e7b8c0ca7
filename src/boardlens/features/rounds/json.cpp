#include "boardlens/features/rounds/json.hpp"

#include "boardlens/features/frameworks/json.hpp"
#include "boardlens/features/orgs/json.hpp"

namespace boardlens::rounds {

using http::Json;

Json ToJson(const Round& r) {
  return {{"id", r.id},
          {"title", r.title},
          {"framework", r.framework_ref},
          {"status", ToString(r.status)},
          {"closed_on", r.closed_on.empty() ? Json(nullptr) : Json(r.closed_on)},
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

}  // namespace boardlens::rounds
