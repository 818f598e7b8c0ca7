// Reading a round from CSV: ratings, "don't know" and each bad row by line and column.

#include <gtest/gtest.h>

#include "boardlens/base/error.hpp"
#include "boardlens/features/rounds/csv_import.hpp"

namespace boardlens::rounds {
namespace {

using frameworks::Framework;
using orgs::Membership;

Framework TwoItems() {
  Framework fw;
  fw.ref = "test";
  fw.items = {{.ref = "risk", .title = "Risk", .why = {}, .question = "Q", .levels = {}},
              {.ref = "users", .title = "Users", .why = {}, .question = "Q", .levels = {}}};
  return fw;
}

std::string WhereOf(const std::string& csv) {
  try {
    ParseRoundCsv(csv, "r.csv", TwoItems());
  } catch (const Error& e) {
    return e.where() + "|" + e.what();
  }
  ADD_FAILURE() << "expected an error for:\n" << csv;
  return {};
}

const std::string kHeader = "respondent,membership,item,rating,evidence\n";

TEST(RoundCsv, ReadsRatingsAndDontKnow) {
  const auto answers =
      ParseRoundCsv("\xEF\xBB\xBF" + kHeader +
                        "Ann,executive,risk,4,\"saw the BAF, twice\"\nAnn,executive,users,DK,\n"
                        "Bob,non-executive,risk,1,\n",
                    "r.csv", TwoItems());
  ASSERT_EQ(answers.size(), 3U);
  EXPECT_EQ(*answers[0].rating, 4);
  EXPECT_EQ(answers[0].evidence, "saw the BAF, twice");
  EXPECT_FALSE(answers[1].rating);
  EXPECT_EQ(answers[2].membership, Membership::kNonExecutive);
}

TEST(RoundCsv, ReportsEachBadRowByLineAndColumn) {
  EXPECT_EQ(WhereOf(""), "r.csv:1:1|the file is empty");
  EXPECT_EQ(WhereOf("respondent,membership,item,score,evidence\n"),
            "r.csv:1:4|the header must be respondent,membership,item,rating,evidence");
  EXPECT_EQ(WhereOf(kHeader), "r.csv:2:1|the file has a header but no answers");
  EXPECT_EQ(WhereOf(kHeader + "Ann,executive,risk,6,\n"),
            "r.csv:2:4|rating: \"6\" is not a rating (1 to 5, or DK)");
  EXPECT_EQ(WhereOf(kHeader + "Ann,executive,risk,0,\n"),
            "r.csv:2:4|rating: \"0\" is not a rating (1 to 5, or DK)");
  EXPECT_EQ(WhereOf(kHeader + "Ann,executive,risk,3,\nAnn,chair,users,3,\n"),
            "r.csv:3:2|membership: \"chair\" is not executive or non-executive");
  EXPECT_EQ(WhereOf(kHeader + "Ann,executive,culture,3,\n"),
            "r.csv:2:3|item: \"culture\" is not an item of framework test");
  EXPECT_EQ(WhereOf(kHeader + "Ann,executive,risk,3,\nAnn,executive,risk,4,\n"),
            "r.csv:3:3|item: \"Ann\" already answered \"risk\" on an earlier line");
  EXPECT_EQ(WhereOf(kHeader + "Ann,executive,risk,3,\nAnn,non-executive,users,4,\n"),
            "r.csv:3:2|membership: \"Ann\" was given as executive on an earlier line");
  EXPECT_EQ(WhereOf(kHeader + "Ann,executive,risk,3\n"), "r.csv:2:4|expected 5 fields, found 4");
  EXPECT_EQ(WhereOf(kHeader + ",executive,risk,3,\n"), "r.csv:2:1|respondent: must not be empty");
}

}  // namespace
}  // namespace boardlens::rounds
