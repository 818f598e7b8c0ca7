#include "boardlens/features/strategy/json.hpp"

#include "boardlens/base/clock.hpp"
#include "boardlens/base/error.hpp"

namespace boardlens::strategy {

using http::Json;

namespace {

Json OrNull(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }

/// The measure an outcome links to: none when missing or null; refused at `at` unless a whole
/// number above 0.
std::optional<Id> MeasureId(Problems& problems, const Json& object, const std::string& at) {
  const auto it = object.find("measure_id");
  if (it == object.end() || it->is_null()) return std::nullopt;
  if (!it->is_number_integer() || it->get<std::int64_t>() <= 0) {
    problems.Add("must be the id of a measure, a whole number above 0, or null", at);
    return std::nullopt;
  }
  return it->get<std::int64_t>();
}

/// A year from `key`, 0 (refused by the rules) when missing or not a whole number.
int Year(Problems& problems, const Json& body, const char* key) {
  const auto it = body.find(key);
  if (it == body.end() || it->is_null()) return 0;
  if (!it->is_number_integer()) {
    problems.Add("must be a year, a whole number", key);
    return 0;
  }
  const auto year = it->get<std::int64_t>();
  return year < kEarliestYear || year > kLatestYear ? 0 : static_cast<int>(year);
}

/// The objects of list `key`, each read by `read`; a missing list is empty.
template <typename T, typename Read>
std::vector<T> ObjectList(Problems& problems, const Json& body, const char* key, Read read) {
  std::vector<T> out;
  const auto it = body.find(key);
  if (it == body.end() || it->is_null()) return out;
  if (!it->is_array()) {
    problems.Add("must be a list of objects", key);
    return out;
  }
  for (std::size_t i = 0; i < it->size(); ++i) {
    const Json& item = it->at(i);
    const std::string at = std::string(key) + "[" + std::to_string(i) + "]";
    if (!item.is_object()) {
      problems.Add("must be an object", at);
      continue;
    }
    T value;
    const auto item_key = item.find("key");
    if (item_key != item.end() && !item_key->is_null()) {
      if (item_key->is_number_integer() && item_key->get<std::int64_t>() > 0) {
        value.key = item_key->get<std::int64_t>();
      } else {
        problems.Add("must be the key of an item, a whole number above 0", at + ".key");
      }
    }
    read(value, item, at + ".");
    out.push_back(std::move(value));
  }
  return out;
}

}  // namespace

Json ToJson(const Version& v) {
  return {{"number", v.number},
          {"saved_by", v.saved_by_name},
          {"saved_at", IsoTime(v.saved_at)},
          {"approved_on", OrNull(v.approved_on)},
          {"approval_recorded_by", OrNull(v.approved_by_name)}};
}

Json ToJson(const Finding& f) {
  return {{"check", ToString(f.check)},
          {"problem", f.problem},
          {"what_to_do", f.what_to_do},
          {"guidance", f.guidance}};
}

Json ToJson(const Strategy& s, const std::vector<Finding>* findings) {
  const StrategyInput& w = s.what;
  Json outcomes = Json::array();
  for (const Outcome& o : w.outcomes) {
    outcomes.push_back({{"key", o.key},
                        {"title", o.title},
                        {"measure", o.measure},
                        {"baseline", o.baseline},
                        {"target", o.target},
                        {"due_on", OrNull(o.due_on)},
                        {"measure_id", o.measure_id ? Json(*o.measure_id) : Json(nullptr)},
                        {"baseline_on", OrNull(o.baseline_on)}});
  }
  Json priorities = Json::array();
  for (std::size_t i = 0; i < w.priorities.size(); ++i) {
    const Priority& p = w.priorities[i];
    priorities.push_back({{"key", p.key},
                          {"rank", i + 1},
                          {"title", p.title},
                          {"description", p.description},
                          {"top", p.top}});
  }
  Json not_doing = Json::array();
  for (const NotDoing& n : w.not_doing) {
    not_doing.push_back({{"key", n.key}, {"what", n.what}, {"reason", n.reason}});
  }
  Json out{{"version", ToJson(s.version)},         {"vision", w.vision},
           {"horizon_start", w.horizon_start},     {"horizon_end", w.horizon_end},
           {"reviewed_on", OrNull(w.reviewed_on)}, {"next_review_on", OrNull(w.next_review_on)},
           {"system_title", w.system_title},       {"system_url", w.system_url},
           {"outcomes", std::move(outcomes)},      {"priorities", std::move(priorities)},
           {"not_doing", std::move(not_doing)}};
  if (findings != nullptr) {
    out["checks"] = http::JsonList(*findings, [](const Finding& f) { return ToJson(f); });
  }
  return out;
}

Json ToJson(const Standing& s) {
  Json out{{"judgement", ToString(s.judgement)},
           {"label", JudgementLabel(s.judgement)},
           {"service", nullptr},
           {"measure", nullptr},
           {"unit", nullptr},
           {"improvement", nullptr},
           {"latest_on", s.latest ? Json(s.latest->date) : Json(nullptr)},
           {"latest_value", s.latest ? Json(s.latest->value) : Json(nullptr)},
           {"trajectory_value", s.expected ? Json(*s.expected) : Json(nullptr)}};
  if (s.measure) {
    out["service"] = s.measure->service;
    out["measure"] = s.measure->name;
    out["unit"] = s.measure->unit;
    out["improvement"] = services::ToString(s.measure->improvement);
  }
  return out;
}

Json ToJson(const Checked& checked) {
  Json out = ToJson(checked.strategy, &checked.findings);
  for (Json& o : out["outcomes"]) {
    const auto it = checked.standings.find(o["key"].get<Id>());
    o["standing"] = it == checked.standings.end() ? Json(nullptr) : ToJson(it->second);
  }
  return out;
}

Json ToJson(const SinceApproval& since) {
  Json changes = Json::array();
  for (const Change& c : since.changes) {
    const std::string kind = KindName(c.kind);
    changes.push_back({{"kind", kind},
                       {"part", c.part},
                       {"name", OrNull(c.name)},
                       {"before", OrNull(c.before)},
                       {"after", OrNull(c.after)}});
  }
  return {{"approved", since.approved ? ToJson(*since.approved) : Json(nullptr)},
          {"current", ToJson(since.current.version)},
          {"changes", std::move(changes)}};
}

StrategyInput StrategyFromJson(const Json& body) {
  StrategyInput in;
  Problems problems;
  in.vision = http::TextOrEmpty(problems, body, "vision", "vision");
  in.horizon_start = Year(problems, body, "horizon_start");
  in.horizon_end = Year(problems, body, "horizon_end");
  in.reviewed_on = http::TextOrEmpty(problems, body, "reviewed_on", "reviewed_on");
  in.next_review_on = http::TextOrEmpty(problems, body, "next_review_on", "next_review_on");
  in.system_title = http::TextOrEmpty(problems, body, "system_title", "system_title");
  in.system_url = http::TextOrEmpty(problems, body, "system_url", "system_url");
  in.outcomes = ObjectList<Outcome>(
      problems, body, "outcomes", [&](Outcome& o, const Json& item, const std::string& at) {
        o.title = http::TextOrEmpty(problems, item, "title", at + "title");
        o.measure = http::TextOrEmpty(problems, item, "measure", at + "measure");
        o.baseline = http::TextOrEmpty(problems, item, "baseline", at + "baseline");
        o.target = http::TextOrEmpty(problems, item, "target", at + "target");
        o.due_on = http::TextOrEmpty(problems, item, "due_on", at + "due_on");
        o.baseline_on = http::TextOrEmpty(problems, item, "baseline_on", at + "baseline_on");
        o.measure_id = MeasureId(problems, item, at + "measure_id");
      });
  in.priorities = ObjectList<Priority>(
      problems, body, "priorities", [&](Priority& p, const Json& item, const std::string& at) {
        p.title = http::TextOrEmpty(problems, item, "title", at + "title");
        p.description = http::TextOrEmpty(problems, item, "description", at + "description");
        const auto top = item.find("top");
        if (top != item.end() && !top->is_null()) {
          if (top->is_boolean()) {
            p.top = top->get<bool>();
          } else {
            problems.Add("must be true or false", at + "top");
          }
        }
      });
  in.not_doing = ObjectList<NotDoing>(
      problems, body, "not_doing", [&](NotDoing& n, const Json& item, const std::string& at) {
        n.what = http::TextOrEmpty(problems, item, "what", at + "what");
        n.reason = http::TextOrEmpty(problems, item, "reason", at + "reason");
      });
  problems.ThrowIfAny([copy = in]() mutable { CheckStrategy(copy); });
  return in;
}

}  // namespace boardlens::strategy
