#include "boardlens/html/html.hpp"

#include <stdexcept>

#include "boardlens/base/utf8.hpp"

namespace boardlens::html {

Html Escape(std::string_view raw) {
  // A page is UTF-8; bytes that are not (from a hostile URL, say) cannot be allowed to break it.
  const std::string valid = IsValidUtf8(raw) ? std::string() : ToValidUtf8(raw);
  const std::string_view text = valid.empty() ? raw : valid;
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return Html(Html::Trusted{}, std::move(out));
}

Html Substitute(std::string_view tmpl, std::initializer_list<Html> args) {
  std::string out;
  out.reserve(tmpl.size() + 64 * args.size());
  const Html* next = args.begin();
  std::size_t pos = 0;
  for (std::size_t hole = tmpl.find("{}"); hole != std::string_view::npos;
       hole = tmpl.find("{}", pos)) {
    if (next == args.end()) throw std::logic_error("too few arguments for markup template");
    out.append(tmpl, pos, hole - pos);
    out += next->str();
    ++next;
    pos = hole + 2;
  }
  if (next != args.end()) throw std::logic_error("too many arguments for markup template");
  out.append(tmpl, pos);
  return Html(Html::Trusted{}, std::move(out));
}

Html Join(const std::vector<Html>& parts) {
  Html out;
  for (const Html& p : parts) out += p;
  return out;
}

}  // namespace boardlens::html
