#include "boardlens/app/json.hpp"

#include "boardlens/util/error.hpp"

namespace boardlens::app {

Json ParseJsonObject(std::string_view text) {
  if (text.empty()) throw Invalid("the request needs a JSON body", "body");
  const auto depth_limit = [](int depth, Json::parse_event_t event, Json&) {
    if (depth > kMaxJsonDepth &&
        (event == Json::parse_event_t::object_start || event == Json::parse_event_t::array_start)) {
      throw Invalid(
          "the JSON body is nested more than " + std::to_string(kMaxJsonDepth) + " levels deep",
          "body");
    }
    return true;
  };
  try {
    Json body = Json::parse(text, depth_limit);
    if (!body.is_object()) throw Invalid("the body must be a JSON object", "body");
    return body;
  } catch (const Json::parse_error& e) {
    const std::size_t offset = e.byte == 0 ? 0 : e.byte - 1;
    int line = 1;
    int column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
      if (text[i] == '\n') {
        ++line;
        column = 1;
      } else {
        ++column;
      }
    }
    throw Invalid("the body is not valid JSON (error at line " + std::to_string(line) +
                      ", column " + std::to_string(column) + ")",
                  "body:" + std::to_string(line) + ":" + std::to_string(column));
  }
}

Json ToJson(const domain::Organisation& org) {
  return {{"ods_code", org.ods_code},
          {"name", org.name},
          {"kind", domain::ToString(org.kind)},
          {"parent", org.parent_ods.empty() ? Json(nullptr) : Json(org.parent_ods)}};
}

Json ToJson(const domain::Member& m) {
  return {{"id", m.id},
          {"name", m.name},
          {"email", m.email},
          {"job_title", m.job_title},
          {"membership", domain::ToString(m.membership)},
          {"voting", m.voting}};
}

Json ToJson(const domain::Round& r) {
  return {{"id", r.id},
          {"title", r.title},
          {"framework", r.framework_ref},
          {"status", domain::ToString(r.status)},
          {"closed_on", r.closed_on.empty() ? Json(nullptr) : Json(r.closed_on)},
          {"imported", r.imported}};
}

Json ToJson(const storage::StoredFramework& stored, bool with_items) {
  const domain::Framework& fw = stored.framework;
  Json out = {{"ref", fw.ref},
              {"version", fw.version.str()},
              {"title", fw.title},
              {"source", fw.source},
              {"description", fw.description},
              {"national", !stored.owner_org_id.has_value()}};
  Json items = Json::array();
  for (const auto& item : fw.items) {
    Json j = {{"ref", item.ref}, {"title", item.title}};
    if (with_items) {
      j["question"] = item.question;
      j["levels"] = item.levels;
    }
    items.push_back(std::move(j));
  }
  out["items"] = std::move(items);
  return out;
}

Json ToJson(const storage::ResponseRecord& a) {
  return {{"item", a.item_ref},
          {"rating", a.rating ? Json(*a.rating) : Json("DK")},
          {"evidence", a.evidence}};
}

Json ToJson(const CompletionRow& row) {
  return {{"member", ToJson(row.member)},
          {"answered", row.answered},
          {"items", row.items},
          {"complete", row.answered >= row.items}};
}

Json ToJson(const domain::Account& a) {
  return {{"id", a.id}, {"email", a.email}, {"name", a.name}, {"platform_admin", a.platform_admin}};
}

Json ToJson(const storage::ApiTokenRecord& t) {
  return {{"id", t.id},
          {"name", t.name},
          {"created_at", IsoTime(t.created_at)},
          {"expires_at", IsoTime(t.expires_at)}};
}

namespace {
void Put(Json& target, Json& reasons, const char* key, const domain::Stat& stat) {
  if (stat.value) {
    target[key] = *stat.value;
  } else {
    target[key] = nullptr;
    reasons[key] = stat.reason;
  }
}
}  // namespace

std::string ResultsJson(const RoundView& view, const domain::RoundResults& results,
                        const domain::Thresholds& thresholds) {
  const domain::Framework& fw = view.framework.framework;
  Json doc;
  doc["round"] = ToJson(view.round);
  doc["organisation"] = ToJson(view.organisation);
  doc["framework"] = {{"ref", fw.ref}, {"version", fw.version.str()}, {"title", fw.title}};
  doc["respondents"] = {{"executive", results.respondents.executive},
                        {"non_executive", results.respondents.non_executive},
                        {"total", results.respondents.total()}};
  Json reasons = Json::object();
  Put(doc, reasons, "overall", results.overall);
  doc["reasons"] = std::move(reasons);
  doc["thresholds"] = {{"min_ratings", thresholds.min_ratings},
                       {"peer_min_organisations", thresholds.peer_min_organisations}};
  Json items = Json::array();
  for (std::size_t i = 0; i < results.items.size(); ++i) {
    const domain::ItemResult& r = results.items[i];
    Json item;
    Json why = Json::object();
    item["item"] = r.item;
    item["title"] = fw.items.at(i).title;
    item["n"] = r.n;
    item["dont_know"] = r.dont_know;
    Put(item, why, "mean", r.mean);
    Put(item, why, "median", r.median);
    Put(item, why, "q1", r.q1);
    Put(item, why, "q3", r.q3);
    Put(item, why, "iqr", r.iqr);
    Put(item, why, "agreement", r.agreement);
    Put(item, why, "dont_know_rate", r.dont_know_rate);
    Put(item, why, "exec_mean", r.exec_mean);
    Put(item, why, "ned_mean", r.ned_mean);
    Put(item, why, "gap", r.gap);
    Put(item, why, "change", r.change);
    Put(item, why, "previous_mean", r.previous_mean);
    Put(item, why, "percentile", r.percentile);
    item["peers"] = r.peers;
    if (r.mean.value) {
      item["distribution"] = r.distribution;
    } else {
      item["distribution"] = nullptr;
    }
    item["flags"] = domain::FlagNames(r.flags);
    item["reasons"] = std::move(why);
    items.push_back(std::move(item));
  }
  doc["items"] = std::move(items);
  return Dump(doc);
}

}  // namespace boardlens::app
