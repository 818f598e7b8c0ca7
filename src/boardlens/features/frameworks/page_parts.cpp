#include "boardlens/features/frameworks/page_parts.hpp"

namespace boardlens::frameworks {

html::Html WhyItMatters(const std::string& org_path, const Framework& framework,
                        const FrameworkItem& item) {
  if (item.why.empty()) return {};
  return html::Details(
      "Why " + item.title + " matters",
      html::Render("<p>{}</p><p>From the guidance &ldquo;{}&rdquo;. <a href=\"{}\">See every level "
                   "of {}</a></p>",
                   item.why, framework.source,
                   org_path + "/frameworks/" + framework.ref + "#" + item.ref, item.title));
}

}  // namespace boardlens::frameworks
