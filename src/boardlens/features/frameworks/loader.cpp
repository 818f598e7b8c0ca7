#include "boardlens/features/frameworks/loader.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <set>
#include <string>

#include "boardlens/base/error.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/base/utf8.hpp"

namespace boardlens::frameworks {
namespace {

class Reader {
 public:
  explicit Reader(std::string_view name) : name_(name) {}

  [[noreturn]] void Fail(const YAML::Mark& mark, const std::string& path,
                         const std::string& what) const {
    std::string where(name_);
    if (!mark.is_null()) {
      where += ":" + std::to_string(mark.line + 1) + ":" + std::to_string(mark.column + 1);
    }
    throw Invalid(path.empty() ? what : path + ": " + what, where);
  }

  /// A mapping whose keys are all in `allowed` (each once); every one in `required` present.
  void ExpectMap(const YAML::Node& node, const std::string& path,
                 const std::set<std::string>& allowed,
                 const std::set<std::string>& required) const {
    if (!node.IsMap()) Fail(node.Mark(), path, "expected a mapping of keys to values");
    std::set<std::string> seen;
    for (const auto& kv : node) {
      const std::string key = kv.first.Scalar();
      if (allowed.count(key) == 0) {
        Fail(kv.first.Mark(), Join(path, key), "unknown key (allowed: " + List(allowed) + ")");
      }
      if (!seen.insert(key).second) Fail(kv.first.Mark(), Join(path, key), "key given twice");
    }
    for (const auto& key : required) {
      if (seen.count(key) == 0) Fail(node.Mark(), path, "required key \"" + key + "\" is missing");
    }
  }

  std::string Text(const YAML::Node& map, const std::string& path, const char* key,
                   std::size_t max_len) const {
    const YAML::Node node = map[key];
    const std::string p = Join(path, key);
    if (!node.IsScalar()) Fail(node.Mark(), p, "expected text");
    std::string value = node.Scalar();
    if (!IsValidUtf8(value)) Fail(node.Mark(), p, "not valid UTF-8 text");
    while (!value.empty() && (value.back() == '\n' || value.back() == ' ')) value.pop_back();
    if (value.empty()) Fail(node.Mark(), p, "must not be empty");
    if (CountCharacters(value) > max_len) {
      Fail(node.Mark(), p, TooLongMessage("the text", max_len));
    }
    return value;
  }

  /// YAML's true or false, and nothing else ("yes" reads as text in YAML 1.2). A fault is
  /// placed at the key, since an empty value has no place of its own.
  bool Flag(const YAML::Node& map, const std::string& path, const char* key) const {
    const YAML::Node node = map[key];
    const std::string value = node.IsScalar() ? node.Scalar() : std::string();
    if (value != "true" && value != "false") {
      YAML::Mark mark = node.Mark();
      for (const auto& kv : map) {
        if (kv.first.Scalar() == key) mark = kv.first.Mark();
      }
      Fail(mark, Join(path, key), "expected true or false");
    }
    return value == "true";
  }

  std::string Ref(const YAML::Node& map, const std::string& path, const char* key) const {
    std::string ref = Text(map, path, key, 63);
    if (!IsValidRef(ref)) {
      Fail(map[key].Mark(), Join(path, key),
           "\"" + ref + "\" is not a valid ref (2–63 lowercase letters, digits or hyphens)");
    }
    return ref;
  }

  static std::string Join(const std::string& path, const std::string& key) {
    return path.empty() ? key : path + "." + key;
  }

 private:
  static std::string List(const std::set<std::string>& keys) {
    std::string out;
    for (const auto& k : keys) out += (out.empty() ? "" : ", ") + k;
    return out;
  }

  std::string_view name_;
};

/// yaml-cpp parses nested blocks by recursion, so a hostile file of a million "[" or "- "
/// could exhaust the stack. A framework is never more than a few levels deep; refuse deep
/// nesting before parsing.
void CheckNesting(std::string_view text, const Reader& reader) {
  constexpr int kMaxFlowDepth = 16;
  constexpr std::size_t kMaxIndent = 120;
  constexpr int kMaxDashes = 8;
  int line = 0;
  int depth = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const std::string_view row = text.substr(start, end - start);
    const std::size_t indent = row.find_first_not_of(' ');
    int dashes = 0;
    for (std::size_t i = indent == std::string_view::npos ? row.size() : indent;
         i + 1 < row.size() && row[i] == '-' && row[i + 1] == ' '; i += 2) {
      while (i + 2 < row.size() && row[i + 2] == ' ') ++i;
      ++dashes;
    }
    for (std::size_t col = 0; col < row.size(); ++col) {
      if (row[col] == '[' || row[col] == '{') ++depth;
      if (row[col] == ']' || row[col] == '}') --depth;
      if (depth > kMaxFlowDepth || (indent != std::string_view::npos && indent > kMaxIndent) ||
          dashes > kMaxDashes) {
        YAML::Mark mark = YAML::Mark::null_mark();
        mark.line = line;
        mark.column = static_cast<int>(col);
        reader.Fail(mark, "", "nested too deeply for a framework file");
      }
    }
    ++line;
    start = end + 1;
  }
}

}  // namespace

Framework ParseFramework(std::string_view yaml_text, std::string_view name) {
  Reader reader(name);
  CheckNesting(yaml_text, reader);
  YAML::Node root;
  try {
    root = YAML::Load(std::string(yaml_text));
  } catch (const YAML::Exception& e) {
    reader.Fail(e.mark, "", "not valid YAML: " + e.msg);
  }
  if (!root.IsDefined() || root.IsNull()) reader.Fail(YAML::Mark::null_mark(), "", "file is empty");

  reader.ExpectMap(
      root, "",
      {"format", "ref", "version", "title", "source", "description", "checklist", "items"},
      {"format", "ref", "version", "title", "source", "items"});
  if (reader.Text(root, "", "format", 64) != kFormat) {
    reader.Fail(root["format"].Mark(), "format", "must be \"" + std::string(kFormat) + "\"");
  }

  Framework fw;
  fw.ref = reader.Ref(root, "", "ref");
  const std::string version = reader.Text(root, "", "version", 32);
  const auto parsed = Version::Parse(version);
  if (!parsed) {
    reader.Fail(root["version"].Mark(), "version",
                "\"" + version + "\" is not a version like 1.0.0");
  }
  fw.version = *parsed;
  fw.title = reader.Text(root, "", "title", 200);
  fw.source = reader.Text(root, "", "source", 500);
  if (root["description"]) fw.description = reader.Text(root, "", "description", 2000);
  if (root["checklist"]) fw.checklist = reader.Flag(root, "", "checklist");

  const YAML::Node items = root["items"];
  if (!items.IsSequence() || items.size() == 0) {
    reader.Fail(items.Mark(), "items", "expected a list of at least one item");
  }
  std::set<std::string> refs;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const YAML::Node item = items[i];
    const std::string path = "items[" + std::to_string(i) + "]";
    reader.ExpectMap(item, path, {"ref", "title", "why", "question", "levels"},
                     {"ref", "title", "question", "levels"});
    FrameworkItem out;
    out.ref = reader.Ref(item, path, "ref");
    if (!refs.insert(out.ref).second) {
      reader.Fail(item["ref"].Mark(), path + ".ref",
                  "\"" + out.ref + "\" is used by an earlier item");
    }
    out.title = reader.Text(item, path, "title", 200);
    if (item["why"]) out.why = reader.Text(item, path, "why", 600);
    out.question = reader.Text(item, path, "question", 500);

    const YAML::Node levels = item["levels"];
    const std::string lpath = path + ".levels";
    if (!levels.IsMap()) reader.Fail(levels.Mark(), lpath, "expected levels 1 to 5");
    std::set<int> seen;
    for (const auto& kv : levels) {
      const std::string key = kv.first.Scalar();
      if (key.size() != 1 || key[0] < '1' || key[0] > '5') {
        reader.Fail(kv.first.Mark(), lpath, "\"" + key + "\" is not a level (use 1 to 5)");
      }
      const int level = key[0] - '0';
      if (!seen.insert(level).second)
        reader.Fail(kv.first.Mark(), lpath, "level " + key + " given twice");
      out.levels.at(static_cast<std::size_t>(level - 1)) =
          reader.Text(levels, lpath, key.c_str(), 500);
    }
    for (int level = 1; level <= 5; ++level) {
      if (seen.count(level) == 0) {
        reader.Fail(levels.Mark(), lpath, "level " + std::to_string(level) + " is missing");
      }
    }
    fw.items.push_back(std::move(out));
  }
  return fw;
}

}  // namespace boardlens::frameworks
