// Problems gathered from a body and from the rules are reported together, once a field.

#include <gtest/gtest.h>

#include <functional>

#include "boardlens/base/error.hpp"

namespace boardlens {
namespace {

TEST(Problems, ABodysProblemsComeWithTheRulesProblemsInFieldsItDidNotName) {
  const auto wheres = [](const std::function<void(Problems&)>& fill) {
    std::vector<std::string> out;
    try {
      Problems problems;
      fill(problems);
      problems.ThrowIfAny([] {
        Problems rules;
        rules.Add("enter the title", "title");
        rules.Add("choose a category", "category");
        rules.ThrowIfAny();
      });
    } catch (const Error& e) {
      for (const auto& p : e.AllProblems()) out.push_back(p.where);
    }
    return out;
  };
  // A body with a fault: the rules' faults join it, but not twice for one field.
  EXPECT_EQ(wheres([](Problems& p) { p.Add("category must be one of ...", "category"); }),
            (std::vector<std::string>{"category", "title"}));
  // A body without one is left to the use case, which runs the rules itself.
  EXPECT_TRUE(wheres([](Problems&) {}).empty());
}

}  // namespace
}  // namespace boardlens
