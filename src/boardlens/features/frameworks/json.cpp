#include "boardlens/features/frameworks/json.hpp"

namespace boardlens::frameworks {

using http::Json;

Json ToJson(const StoredFramework& stored, bool with_items) {
  const Framework& fw = stored.framework;
  Json out = {{"ref", fw.ref},
              {"version", fw.version.str()},
              {"title", fw.title},
              {"source", fw.source},
              {"description", fw.description},
              {"checklist", fw.checklist},
              {"national", !stored.owner_org_id.has_value()}};
  Json items = Json::array();
  for (const auto& item : fw.items) {
    Json j = {{"ref", item.ref}, {"title", item.title}};
    if (with_items) {
      j["why"] = item.why;
      j["question"] = item.question;
      j["levels"] = item.levels;
    }
    items.push_back(std::move(j));
  }
  out["items"] = std::move(items);
  return out;
}

}  // namespace boardlens::frameworks
