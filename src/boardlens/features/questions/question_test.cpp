// The board-questions checklist's rules: statuses, web addresses, the checks on an answer,
// overdue reviews by a clock the test moves, filters, the CSV both ways, and the framework
// loader's checklist flag.

#include <gtest/gtest.h>

#include <set>

#include "boardlens/base/clock.hpp"
#include "boardlens/base/error.hpp"
#include "boardlens/features/frameworks/loader.hpp"
#include "boardlens/features/questions/checklist_csv.hpp"
#include "boardlens/features/questions/question.hpp"

namespace boardlens::questions {
namespace {

/// The fields an error names, each problem's `where`.
std::set<std::string> FieldsOf(const std::function<void()>& action) {
  try {
    action();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kInvalid);
    std::set<std::string> out;
    for (const auto& p : e.problems()) out.insert(p.where);
    if (out.empty()) out.insert(e.where());
    return out;
  }
  ADD_FAILURE() << "expected an error";
  return {};
}

Question Answered(const std::string& review_on, Status status = Status::kPartlyAssured) {
  Question q{"board-questions", "Questions", "digital-lens", "Digital lens", "?", Record{}};
  q.record->what.status = status;
  q.record->what.next_review_on = review_on;
  q.record->what.owner_member_id = 7;
  return q;
}

TEST(QuestionRules, StatusesReadOnlyTheirOwnWords) {
  EXPECT_EQ(ParseStatus("not_started"), Status::kNotStarted);
  EXPECT_EQ(ParseStatus("partly_assured"), Status::kPartlyAssured);
  EXPECT_EQ(ParseStatus("assured"), Status::kAssured);
  for (const char* bad : {"", "Assured", "partly assured", "done", "assured "}) {
    EXPECT_EQ(ParseStatus(bad), std::nullopt) << bad;
  }
  for (const Status s : {Status::kNotStarted, Status::kPartlyAssured, Status::kAssured}) {
    EXPECT_EQ(ParseStatus(ToString(s)), s);
  }
  EXPECT_EQ(StatusLabel(Status::kPartlyAssured), "Partly assured");
}

TEST(QuestionRules, OnlyHttpAndHttpsAddressesWithAHostAreEvidence) {
  for (const char* good : {"https://intranet.example/board/paper.pdf", "http://example.org",
                           "HTTPS://Example.org/a?b=c#d", "https://user@host.example:8443/x"}) {
    EXPECT_TRUE(IsWebAddress(good)) << good;
  }
  for (const char* bad :
       {"javascript:alert(1)", "data:text/html,hi", "/orgs/RZZ/services", "ftp://example.org",
        "https://", "https:///path", "https://exa mple.org", "https://example.org/\"onclick",
        "intranet.example/paper.pdf", "https://:80/", "mailto:a@b.example"}) {
    EXPECT_FALSE(IsWebAddress(bad)) << bad;
  }
  EXPECT_FALSE(IsWebAddress("https://example.org/" + std::string(kMaxUrlLength, 'a')));
}

TEST(QuestionRules, EveryProblemOfAnAnswerIsNamedAtOnceByTheLinksPlace) {
  AnswerInput in;
  in.answer = std::string(kMaxAnswerLength + 1, 'a');
  in.next_review_on = "2027-02-30";
  in.evidence = {{"Audit report", "https://example.org/audit"},
                 {"", ""},
                 {"", "https://example.org/no-title"},
                 {"Bad link", "javascript:alert(1)"},
                 {"No address", " "}};
  EXPECT_EQ(FieldsOf([&] { CheckAnswer(in); }),
            (std::set<std::string>{"answer", "next_review_on", "evidence[2].title",
                                   "evidence[3].url", "evidence[4].url"}));

  AnswerInput good;
  good.answer = "  We can answer this.  ";
  good.evidence = {{" Board paper ", " https://example.org/p "}, {"", ""}};
  CheckAnswer(good);
  EXPECT_EQ(good.answer, "We can answer this.");
  ASSERT_EQ(good.evidence.size(), 1U);  // the empty row is dropped
  EXPECT_EQ(good.evidence[0], (Evidence{"Board paper", "https://example.org/p"}));

  AnswerInput many;
  for (std::size_t i = 0; i <= kMaxEvidence; ++i) many.evidence.push_back({"P", "https://e.org"});
  EXPECT_EQ(FieldsOf([&] { CheckAnswer(many); }), (std::set<std::string>{"evidence"}));
}

TEST(QuestionRules, AReviewIsOverdueOnlyOnceItsDateHasPassedByTheClock) {
  ManualClock clock(EpochOfDate("2026-11-27") + 10 * kSecondsPerHour);
  const Question q = Answered("2026-11-28");
  EXPECT_FALSE(IsOverdue(q, IsoDate(clock.Now())));
  clock.Advance(kSecondsPerDay);  // the review date itself: still due, not overdue
  EXPECT_FALSE(IsOverdue(q, IsoDate(clock.Now())));
  clock.Advance(kSecondsPerDay);
  EXPECT_TRUE(IsOverdue(q, IsoDate(clock.Now())));
  // Never answered, or no date set: nothing is overdue.
  Question never = q;
  never.record.reset();
  EXPECT_FALSE(IsOverdue(never, IsoDate(clock.Now())));
  EXPECT_FALSE(IsOverdue(Answered(""), IsoDate(clock.Now())));
}

TEST(QuestionRules, FiltersAndCountsAgreeWithEachQuestion) {
  const std::string today = "2026-11-27";
  Question never{"board-questions", "Questions", "user-needs", "Users", "?", std::nullopt};
  const std::vector<Question> all{Answered("2026-01-01", Status::kAssured), Answered("2027-01-01"),
                                  never};
  const Counts counts = CountOf(all, today);
  EXPECT_EQ(counts.not_started, 1U);
  EXPECT_EQ(counts.partly_assured, 1U);
  EXPECT_EQ(counts.assured, 1U);
  EXPECT_EQ(counts.overdue, 1U);
  EXPECT_EQ(counts.total(), 3U);

  const auto shown = [&](const Filter& f) {
    return std::count_if(all.begin(), all.end(),
                         [&](const Question& q) { return Matches(q, f, today); });
  };
  EXPECT_EQ(shown(ParseFilter("", "", "")), 3);
  EXPECT_EQ(shown(ParseFilter("not_started", "", "")), 1);
  EXPECT_EQ(shown(ParseFilter("", "7", "")), 2);
  EXPECT_EQ(shown(ParseFilter("", "8", "")), 0);
  EXPECT_EQ(shown(ParseFilter("", "", "yes")), 1);
  EXPECT_EQ(shown(ParseFilter("partly_assured", "7", "yes")), 0);
  EXPECT_EQ(FieldsOf([] { ParseFilter("done", "x", "maybe"); }),
            (std::set<std::string>{"status", "owner", "overdue"}));
}

TEST(QuestionRules, TheCsvIsReadBackAndEveryBadCellIsNamedByLineAndColumn) {
  const OwnersByName owners{{"omar siddiqui", {12, "Omar Siddiqui"}}};
  const std::set<std::pair<std::string, std::string>> known{{"board-questions", "user-needs"},
                                                            {"board-questions", "digital-lens"}};
  const std::string header =
      "framework,question,title,status,owner,next_review_on,overdue,answer,evidence\n";
  const auto rows = ParseAnswersCsv(
      header +
          "board-questions,user-needs,Users,assured,omar SIDDIQUI,2027-03-31,no,"
          "\"We know.\",\"Survey 2026 https://example.org/s\nAudit https://example.org/a\"\n",
      "a.csv", owners, known);
  ASSERT_EQ(rows.size(), 1U);
  EXPECT_EQ(rows[0].what.status, Status::kAssured);
  EXPECT_EQ(rows[0].what.owner_member_id, 12);
  EXPECT_EQ(rows[0].owner_name, "Omar Siddiqui");
  ASSERT_EQ(rows[0].what.evidence.size(), 2U);
  EXPECT_EQ(rows[0].what.evidence[0], (Evidence{"Survey 2026", "https://example.org/s"}));

  try {
    ParseAnswersCsv(header +
                        "board-questions,no-such,,assured,,,,,\n"
                        "board-questions,digital-lens,,done,Nobody,31/03/2027,,,"
                        "Paper ftp://example.org/p\n",
                    "a.csv", owners, known);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    std::vector<std::string> where;
    for (const auto& p : e.problems()) where.push_back(p.where);
    EXPECT_EQ(where, (std::vector<std::string>{"a.csv:2:2", "a.csv:3:4", "a.csv:3:5", "a.csv:3:6",
                                               "a.csv:3:9"}));
  }
  // What the download writes, the import reads.
  Question q = Answered("2027-01-31", Status::kAssured);
  q.record->owner_name = "Omar Siddiqui";
  q.record->what.answer = "Yes";
  q.record->what.evidence = {{"Board paper, May", "https://example.org/may"}};
  const auto table = AnswerTable({q}, "2026-11-27");
  ASSERT_EQ(table.size(), 2U);
  EXPECT_EQ(ParseEvidenceText(table[1].back()), q.record->what.evidence);
  EXPECT_EQ(table[1].at(6), "no");
}

const std::string kFramework = R"(format: boardlens-framework/1
ref: our-questions
version: 1
title: Our questions
source: Our own board
checklist: CHECKLIST
items:
  - ref: candour
    title: Candour
    question: How candid is the board about digital risk?
    levels: {1: a, 2: b, 3: c, 4: d, 5: e}
)";

std::string WithChecklist(const std::string& value) {
  std::string yaml = kFramework;
  yaml.replace(yaml.find("CHECKLIST"), 9, value);
  return yaml;
}

TEST(QuestionRules, TheLoaderReadsTheChecklistFlagOrSaysWhereItIsWrong) {
  EXPECT_TRUE(frameworks::ParseFramework(WithChecklist("true"), "f.yaml").checklist);
  EXPECT_FALSE(frameworks::ParseFramework(WithChecklist("false"), "f.yaml").checklist);
  std::string without = WithChecklist("true");
  without.erase(without.find("checklist: true\n"), 16);
  EXPECT_FALSE(frameworks::ParseFramework(without, "f.yaml").checklist);
  for (const char* bad : {"yes", "1", "[true]", "{a: b}", ""}) {
    try {
      frameworks::ParseFramework(WithChecklist(bad), "f.yaml");
      ADD_FAILURE() << bad;
    } catch (const Error& e) {
      EXPECT_EQ(std::string(e.what()), "checklist: expected true or false") << bad;
      EXPECT_EQ(e.where(), "f.yaml:6:1") << bad;
    }
  }
}

}  // namespace
}  // namespace boardlens::questions
