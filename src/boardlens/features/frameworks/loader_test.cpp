#include "boardlens/features/frameworks/loader.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "boardlens/base/error.hpp"

namespace boardlens::frameworks {
namespace {

const std::string kGood = R"(format: boardlens-framework/1
ref: our-values
version: 1.2
title: Our values
source: Our own board
items:
  - ref: candour
    title: Candour
    question: How candid is the board about digital risk?
    levels:
      1: Rarely discussed.
      2: Discussed after incidents.
      3: Discussed each quarter.
      4: Discussed with evidence.
      5: "Discussed openly: with users present."
)";

/// Parses `yaml` and returns "where|message" of the error it must raise.
std::string ErrorOf(const std::string& yaml) {
  try {
    ParseFramework(yaml, "f.yaml");
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kInvalid);
    return e.where() + "|" + e.what();
  }
  ADD_FAILURE() << "expected an error for:\n" << yaml;
  return {};
}

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  return text.replace(at, from.size(), to);
}

TEST(FrameworkLoader, ReadsAWellFormedFile) {
  const auto fw = ParseFramework(kGood, "f.yaml");
  EXPECT_EQ(fw.ref, "our-values");
  EXPECT_EQ(fw.version.str(), "1.2.0");
  ASSERT_EQ(fw.items.size(), 1U);
  EXPECT_EQ(fw.items[0].levels[4], "Discussed openly: with users present.");
  EXPECT_TRUE(fw.description.empty());
}

TEST(FrameworkLoader, NamesLineColumnAndKeyOfEachFault) {
  EXPECT_EQ(ErrorOf(Replace(kGood, "      4: Discussed with evidence.\n", "")),
            "f.yaml:11:7|items[0].levels: level 4 is missing");
  EXPECT_EQ(ErrorOf(Replace(kGood, "      3:", "      7:")),
            "f.yaml:13:7|items[0].levels: \"7\" is not a level (use 1 to 5)");
  EXPECT_EQ(ErrorOf(Replace(kGood, "version: 1.2", "version: one")),
            "f.yaml:3:10|version: \"one\" is not a version like 1.0.0");
  EXPECT_EQ(ErrorOf(Replace(kGood, "ref: candour", "ref: Candour")),
            "f.yaml:7:10|items[0].ref: \"Candour\" is not a valid ref (2–63 lowercase letters, "
            "digits or hyphens)");
  EXPECT_EQ(ErrorOf(Replace(kGood, "title: Our values\n", "title: Our values\ncolour: blue\n")),
            "f.yaml:5:1|colour: unknown key (allowed: checklist, description, format, items, ref, "
            "source, title, version)");
  EXPECT_EQ(ErrorOf(Replace(kGood, "source: Our own board\n", "")),
            "f.yaml:1:1|required key \"source\" is missing");
  EXPECT_EQ(ErrorOf(Replace(kGood, "format: boardlens-framework/1", "format: other/2")),
            "f.yaml:1:9|format: must be \"boardlens-framework/1\"");
  EXPECT_EQ(ErrorOf(Replace(kGood, "title: Candour", "title: \"\"")),
            "f.yaml:8:12|items[0].title: must not be empty");
}

TEST(FrameworkLoader, RefusesDuplicatesAndBrokenYaml) {
  const std::string twice = kGood + R"(  - ref: candour
    title: Again
    question: Q?
    levels: {1: a, 2: b, 3: c, 4: d, 5: e}
)";
  EXPECT_EQ(ErrorOf(twice), "f.yaml:16:10|items[1].ref: \"candour\" is used by an earlier item");
  EXPECT_EQ(ErrorOf(Replace(kGood, "ref: our-values\n", "ref: our-values\nref: again\n")),
            "f.yaml:3:1|ref: key given twice");
  EXPECT_NE(ErrorOf("items: [unclosed").find("f.yaml:1:"), std::string::npos);
  EXPECT_EQ(ErrorOf(""), "f.yaml|file is empty");
  EXPECT_EQ(ErrorOf("- just\n- a list\n"), "f.yaml:1:1|expected a mapping of keys to values");
  EXPECT_EQ(ErrorOf(Replace(kGood, "items:\n", "items: []\nunused:\n")).substr(0, 9), "f.yaml:7:");
}

TEST(FrameworkLoader, RefusesHostileNestingBeforeParsing) {
  EXPECT_EQ(ErrorOf("items: " + std::string(200000, '[')),
            "f.yaml:1:24|nested too deeply for a framework file");
  std::string dashes = "items:\n";
  for (int i = 0; i < 5000; ++i) dashes += "- ";
  EXPECT_EQ(ErrorOf(dashes + "x\n").substr(0, 9), "f.yaml:2:");
}

TEST(FrameworkLoader, EveryShippedFrameworkLoadsWithItsStableRefs) {
  const std::filesystem::path dir = std::filesystem::path(BOARDLENS_SOURCE_DIR) / "frameworks";
  std::map<std::string, Framework> loaded;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    auto fw = ParseFramework(text.str(), entry.path().filename().string());
    EXPECT_EQ(fw.ref + ".yaml", entry.path().filename().string());
    for (const auto& item : fw.items) {
      for (const auto& level : item.levels)
        EXPECT_FALSE(level.empty()) << fw.ref << " " << item.ref;
    }
    loaded.emplace(fw.ref, std::move(fw));
  }
  ASSERT_EQ(loaded.size(), 6U);
  std::vector<std::string> themes;
  for (const auto& item : loaded.at("nhs-digital-boards").items) themes.push_back(item.ref);
  EXPECT_EQ(themes, (std::vector<std::string>{"outcomes", "risk", "assurance", "advocacy",
                                              "ownership", "prioritisation", "users", "culture"}));
  EXPECT_EQ(loaded.at("digital-litmus-tests").items.size(), 5U);
  EXPECT_EQ(loaded.at("what-good-looks-like").items.size(), 7U);
  EXPECT_EQ(loaded.at("hee-digital-leadership").items.size(), 8U);
  for (const char* ref : {"board-questions", "digital-strategy-quality"}) {
    EXPECT_TRUE(loaded.count(ref)) << ref;
  }
}

TEST(Version, ParsesAndOrdersNumerically) {
  EXPECT_LT(*Version::Parse("1.9"), *Version::Parse("1.10"));
  EXPECT_EQ(*Version::Parse("2"), *Version::Parse("2.0.0"));
  for (const char* bad : {"", "1.", ".1", "1.2.3.4", "a", "1..2", "-1", "1.2a"}) {
    EXPECT_FALSE(Version::Parse(bad)) << bad;
  }
}

}  // namespace
}  // namespace boardlens::frameworks
