#include "boardlens/http/form.hpp"

#include <algorithm>

#include "boardlens/base/access.hpp"
#include "boardlens/base/error.hpp"
#include "boardlens/http/message.hpp"

namespace boardlens::http {
namespace {

std::string Decode(std::string_view text) {
  std::string out;
  if (!PercentDecode(text, out, true)) throw Invalid("the form has bad percent-encoding", "body");
  return out;
}

}  // namespace

Form Form::Parse(std::string_view body) {
  Form form;
  while (!body.empty()) {
    const std::string_view pair = body.substr(0, body.find('&'));
    body.remove_prefix(std::min(body.size(), pair.size() + 1));
    if (pair.empty()) continue;
    const auto eq = pair.find('=');
    form.values_.emplace(Decode(pair.substr(0, eq)),
                         eq == std::string_view::npos ? "" : Decode(pair.substr(eq + 1)));
  }
  return form;
}

std::string Form::Get(const std::string& name) const {
  const auto it = values_.find(name);
  return it == values_.end() ? std::string() : it->second;
}

std::vector<std::string> Form::GetAll(const std::string& name) const {
  std::vector<std::string> out;
  const auto [first, last] = values_.equal_range(name);
  for (auto it = first; it != last; ++it) out.push_back(it->second);
  return out;
}

std::optional<std::int64_t> Form::GetId(const std::string& name) const {
  return ParseId(Get(name));
}

std::vector<std::int64_t> Form::GetIds(const std::string& name) const {
  std::vector<std::int64_t> out;
  for (const std::string& value : GetAll(name)) {
    if (const auto id = ParseId(value)) out.push_back(*id);
  }
  return out;
}

}  // namespace boardlens::http
