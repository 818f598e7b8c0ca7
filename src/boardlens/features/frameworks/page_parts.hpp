#pragma once
/// How a framework's guidance reads on the pages of features built on frameworks (the
/// questionnaire, the results).

#include "boardlens/features/frameworks/framework.hpp"
#include "boardlens/html/page.hpp"

namespace boardlens::frameworks {

/// "Why this matters" for one item, folded away: why the item matters, the guidance it comes
/// from by title, and a link to the item on the framework's page. Empty when the framework
/// says nothing about why.
/// `org_path` is the organisation's ("/orgs/RZZ"), where the framework's page is.
html::Html WhyItMatters(const std::string& org_path, const Framework& framework,
                        const FrameworkItem& item);

}  // namespace boardlens::frameworks
