#include "boardlens/features/briefing/json.hpp"

namespace boardlens::briefing {

http::Json ToJson(const Brief& brief) {
  http::Json levels = http::Json::object();
  for (const Level level : kAllLevels) {
    http::Json lines = http::Json::array();
    for (const auto& line : brief.lines) {
      if (line.level != level) continue;
      lines.push_back({{"topic", ToString(line.topic)},
                       {"subject", line.subject},
                       {"text", line.Said()},
                       {"path", line.path}});
    }
    levels[std::string(ToString(level))] = lines;
  }
  return {
      {"alert", levels["alert"]},
      {"advise", levels["advise"]},
      {"assure", levels["assure"]},
      {"questions", brief.questions},
      {"round", brief.round_title.empty() ? http::Json(nullptr) : http::Json(brief.round_title)}};
}

}  // namespace boardlens::briefing
