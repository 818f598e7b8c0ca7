#include "boardlens/http/yaml_body.hpp"

#include <yaml-cpp/yaml.h>

#include <charconv>
#include <string>

namespace boardlens::http {
namespace {

template <typename T>
bool ReadsWholeAs(const std::string& text, T& value) {
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size();
}

Json ToJson(const YAML::Node& node) {
  if (node.IsSequence()) {
    Json out = Json::array();
    for (const YAML::Node& item : node) out.push_back(ToJson(item));
    return out;
  }
  if (node.IsMap()) {
    Json out = Json::object();
    for (const auto& entry : node) out[entry.first.as<std::string>()] = ToJson(entry.second);
    return out;
  }
  if (!node.IsScalar()) return nullptr;
  const std::string& text = node.Scalar();
  if (node.Tag() == "!") return text;  // quoted
  std::int64_t whole = 0;
  double number = 0;
  if (ReadsWholeAs(text, whole)) return whole;
  if (ReadsWholeAs(text, number)) return number;
  if (text == "true" || text == "false") return text == "true";
  return text;
}

}  // namespace

Json JsonFromYaml(std::string_view text) { return ToJson(YAML::Load(std::string(text))); }

}  // namespace boardlens::http
