#include "boardlens/features/orgs/json.hpp"

namespace boardlens::orgs {

using http::Json;

Json ToJson(const Organisation& org) {
  return {{"ods_code", org.ods_code},
          {"name", org.name},
          {"kind", ToString(org.kind)},
          {"parent", org.parent_ods.empty() ? Json(nullptr) : Json(org.parent_ods)}};
}

Json ToJson(const OrgAccess& access) {
  Json j = ToJson(access.org);
  j["role"] = ToString(access.role);
  return j;
}

Json ToJson(const Member& m) {
  return {{"id", m.id},
          {"name", m.name},
          {"email", m.email},
          {"job_title", m.job_title},
          {"membership", ToString(m.membership)},
          {"voting", m.voting}};
}

}  // namespace boardlens::orgs
