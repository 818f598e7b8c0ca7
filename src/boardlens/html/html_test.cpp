// Escaping by default: text is escaped, markup is not, and a template must fit its arguments.

#include <gtest/gtest.h>

#include <stdexcept>

#include "boardlens/html/html.hpp"

namespace boardlens::html {
namespace {

TEST(Html, TextIsEscapedMarkupIsNot) {
  const std::string attack = R"(<script>alert("x")</script>' onload='x' & more)";
  const Html html = Render("<p title=\"{}\">{}</p>{}", attack, attack, Html("<br>"));
  EXPECT_EQ(html.str(),
            "<p title=\"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onload=&#39;x&#39; "
            "&amp; more\">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; "
            "onload=&#39;x&#39; &amp; more</p><br>");
  EXPECT_EQ(Render("{} of {}", 3, std::size_t{14}).str(), "3 of 14");
}

// Render's counts are checked as it compiles (tests/compile/render_holes.cpp); what it calls
// checks them again for a template made another way.
TEST(Html, TemplateAndArgumentsMustAgree) {
  EXPECT_THROW(Substitute("<p>{}</p>", {}), std::logic_error);
  EXPECT_THROW(Substitute("<p></p>", {Escape("extra")}), std::logic_error);
}

}  // namespace
}  // namespace boardlens::html
