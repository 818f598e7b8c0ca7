// User voice's summary without I/O: suppression under 11 and the Friends and Family Test
// score.

#include <gtest/gtest.h>

#include <array>

#include <algorithm>
#include <random>
#include <set>

#include "boardlens/features/voice/report.hpp"
#include "boardlens/features/voice/summary.hpp"

namespace boardlens::voice {

/// How a failing test prints a count.
void PrintTo(const Shown& shown, std::ostream* out) {
  *out << (shown ? std::to_string(*shown) : HiddenText(shown.why()));
}

namespace {

const Shown kFew = Shown::HiddenFor(Hidden::kFewResponses);
const Shown kProtects = Shown::HiddenFor(Hidden::kProtectsAnother);

TEST(VoiceSuppression, SmallCountsHideAndEnoughOthersHideWithThemToKeepThemUnknown) {
  // Counts that split a total: node 0 -> 1 is the total, each part runs 1 -> 0.
  const auto split = [](std::int64_t total, const std::vector<std::int64_t>& parts) {
    std::vector<Flow> flows{{0, 1, total}};
    for (const std::int64_t p : parts) flows.push_back({1, 0, p});
    return SuppressFlows(flows);
  };
  EXPECT_EQ(split(21, {11, 10, 0}), (std::vector<Shown>{21, kProtects, kFew, 0}))
      << "the 10 alone would be 21 - 11, so the 11 hides too";
  EXPECT_EQ(split(36, {30, 4, 2}), (std::vector<Shown>{36, 30, kFew, kFew}))
      << "4 and 2 make 6: each could be 1 to 5";
  // 13 in all, 11 on one service, 1 on another, 1 on "something else": two hidden counts
  // that add up to 2 must both be 1. Hiding the 11 would not help (with it, the three make
  // 13, and it is at least 11), so the total hides.
  EXPECT_EQ(split(13, {11, 1, 1}), (std::vector<Shown>{kProtects, 11, kFew, kFew}));
  // And 10 + 10 = 20 is as telling as 1 + 1 = 2.
  EXPECT_EQ(split(45, {25, 10, 10}), (std::vector<Shown>{45, kProtects, kFew, kFew}));
  EXPECT_EQ(split(30, {30, 0}), (std::vector<Shown>{30, 30, 0})) << "nobody reveals nobody";
  EXPECT_EQ(split(5, {5}), (std::vector<Shown>{kFew, kFew}));
}

/// For a hidden figure, the values a reader cannot rule out: 1 to 10 if it is small, 11 to
/// `cap` if it was hidden to protect another.
std::pair<std::int64_t, std::int64_t> RangeOf(std::int64_t actual, std::int64_t cap) {
  return actual < kMinResponses ? std::pair<std::int64_t, std::int64_t>{1, kMinResponses - 1}
                                : std::pair<std::int64_t, std::int64_t>{kMinResponses, cap};
}

bool Agrees(const Shown& shown, std::int64_t actual, std::int64_t value, std::int64_t cap) {
  if (shown) return *shown == value;
  const auto [low, high] = RangeOf(actual, cap);
  return value >= low && value <= high;
}

TEST(VoiceSuppression, NoHiddenFigureOfARandomSummaryCanBeWorkedOut) {
  // Two months, two rows (a service and "something else"), staff or patient: small enough
  // to try every table a reader could imagine.
  const std::vector<std::string> months{"2026-01", "2026-02"};
  std::mt19937 random(19);
  for (int round = 0; round < 60; ++round) {
    std::vector<Facts> facts;
    std::array<std::int64_t, 4> cell{};
    std::int64_t staff = 0;
    for (std::size_t c = 0; c < 4; ++c) {
      cell.at(c) = std::uniform_int_distribution<std::int64_t>(0, 14)(random);
      for (std::int64_t i = 0; i < cell.at(c); ++i) {
        const bool is_staff = random() % 3 != 0;
        staff += is_staff ? 1 : 0;
        facts.push_back({months.at(c % 2),
                         c < 2 ? std::optional<Id>(1) : std::nullopt,
                         is_staff ? Reporter::kStaff : Reporter::kPatient,
                         {Barrier::kSlow},
                         FftAnswer::kGood});
      }
    }
    const Summary s = Summarise(facts, months, {{1, "Portal"}});
    const std::int64_t total = cell[0] + cell[1] + cell[2] + cell[3];
    const std::int64_t cap = total + 15;
    const auto cell_shown = [&](std::size_t c) {
      return s.by_service.at(c / 2).by_month.at(c % 2);
    };
    // Each cell runs over what a reader allows it; the rest follows.
    std::array<std::vector<std::int64_t>, 4> options;
    for (std::size_t c = 0; c < 4; ++c) {
      for (std::int64_t v = 0; v <= cap; ++v) {
        if (Agrees(cell_shown(c), cell.at(c), v, cap)) options.at(c).push_back(v);
      }
    }
    std::set<std::int64_t> seen_cells[4], seen_months[2], seen_rows[2], seen_total, seen_staff;
    for (const std::int64_t a : options[0]) {
      for (const std::int64_t b : options[1]) {
        for (const std::int64_t c : options[2]) {
          for (const std::int64_t d : options[3]) {
            const std::array<std::int64_t, 2> month{a + c, b + d};
            const std::array<std::int64_t, 2> row{a + b, c + d};
            const std::int64_t all = a + b + c + d;
            bool fits = Agrees(s.total, total, all, cap);
            for (std::size_t i = 0; i < 2; ++i) {
              fits = fits && Agrees(s.by_month[i].reports, cell[i] + cell[i + 2], month.at(i), cap);
              fits = fits &&
                     Agrees(s.by_service[i].total, cell[2 * i] + cell[2 * i + 1], row.at(i), cap);
            }
            if (!fits) continue;
            for (std::int64_t st = 0; st <= all; ++st) {
              if (!Agrees(s.staff, staff, st, cap) ||
                  !Agrees(s.patients, total - staff, all - st, cap)) {
                continue;
              }
              seen_staff.insert(st);
              seen_total.insert(all);
              for (std::size_t i = 0; i < 2; ++i) {
                seen_months[i].insert(month.at(i));
                seen_rows[i].insert(row.at(i));
              }
              for (std::size_t i = 0; i < 4; ++i)
                seen_cells[i].insert(std::array{a, b, c, d}.at(i));
            }
          }
        }
      }
    }
    const std::string where = "round " + std::to_string(round);
    ASSERT_FALSE(seen_total.empty()) << where << ": the real table must fit what is shown";
    for (std::size_t i = 0; i < 4; ++i) {
      if (!cell_shown(i)) {
        EXPECT_GT(seen_cells[i].size(), 1U) << where << " cell " << i;
      }
    }
    for (std::size_t i = 0; i < 2; ++i) {
      if (!s.by_month[i].reports) {
        EXPECT_GT(seen_months[i].size(), 1U) << where << " month " << i;
      }
      if (!s.by_service[i].total) {
        EXPECT_GT(seen_rows[i].size(), 1U) << where << " row " << i;
      }
    }
    if (!s.total) {
      EXPECT_GT(seen_total.size(), 1U) << where;
    }
    if (!s.staff) {
      EXPECT_GT(seen_staff.size(), 1U) << where << " staff";
    }
  }
}

TEST(VoiceSummary, FriendsAndFamilyScoreLeavesOutDontKnowAndNeedsElevenAnswers) {
  std::vector<FftAnswer> answers(6, FftAnswer::kVeryGood);
  answers.insert(answers.end(), 6, FftAnswer::kGood);
  answers.insert(answers.end(), 11, FftAnswer::kPoor);
  EXPECT_NEAR(*FftPositive(answers), 100.0 * 12 / 23, 1e-9);
  answers.insert(answers.end(), 20, FftAnswer::kDontKnow);
  EXPECT_NEAR(*FftPositive(answers), 100.0 * 12 / 23, 1e-9) << "don't know is not counted";
  const std::vector<FftAnswer> ten(10, FftAnswer::kGood);
  EXPECT_FALSE(FftPositive(ten)) << "ten answers in all";
  EXPECT_FALSE(FftPositive({}));
}

TEST(VoiceSummary, MonthsEndWithTodaysMonthAcrossTheYear) {
  EXPECT_EQ(MonthsEnding("2026-02-14", 3),
            (std::vector<std::string>{"2025-12", "2026-01", "2026-02"}));
  EXPECT_EQ(MonthsEnding("2026-12-01", 12).front(), "2026-01");
}

TEST(VoiceSummary, EveryBreakdownIsSuppressedUnderEleven) {
  const std::vector<std::string> months{"2026-01", "2026-02"};
  std::vector<Facts> facts;
  facts.reserve(40);
  for (int i = 0; i < 40; ++i) {  // January: 30 about service 1, 10 about something else
    facts.push_back({"2026-01",
                     i < 30 ? std::optional<Id>(1) : std::nullopt,
                     i < 35 ? Reporter::kStaff : Reporter::kPatient,
                     {Barrier::kSlow},
                     i < 20 ? FftAnswer::kGood : FftAnswer::kPoor});
  }
  facts.push_back({"2026-02", 1, Reporter::kStaff, {Barrier::kLogIn}, FftAnswer::kGood});
  facts.push_back({"2025-12", 1, Reporter::kStaff, {Barrier::kLogIn}, FftAnswer::kGood});
  const Summary s =
      Summarise(facts, months, {{1, "Patient portal"}, {std::nullopt, "Something else"}});
  EXPECT_EQ(s.total, 41) << "December is outside the months";
  // February's 1 could be 41 - 40: January and its 30 on the portal hide to protect it, so
  // the one more or less can go round January, February and the portal.
  EXPECT_EQ(s.by_month[0].reports, kProtects);
  EXPECT_EQ(s.by_month[1].reports, kFew);
  ASSERT_EQ(s.by_service.size(), 2U);
  EXPECT_EQ(s.by_service[0].by_month[0], kProtects);
  EXPECT_EQ(s.by_service[0].by_month[1], kFew);
  EXPECT_EQ(s.by_service[0].total, kProtects) << "31 beside a total of 41 would reveal the 10";
  EXPECT_EQ(s.by_service[1].by_month[0], kFew);
  EXPECT_EQ(s.by_service[1].by_month[1], 0);
  EXPECT_EQ(s.by_service[1].total, kFew);
  EXPECT_EQ(s.by_service[1].service.name, "Something else");
  // No score where its count is hidden: January's 50% and its 40 answers would give 20.
  EXPECT_EQ(s.by_month[0].fft_answers, kProtects);
  EXPECT_FALSE(s.by_month[0].fft_positive.value);
  EXPECT_EQ(s.by_month[0].fft_positive.why, Hidden::kProtectsAnother);
  EXPECT_FALSE(s.by_month[1].fft_positive.value);
  EXPECT_EQ(s.themes[static_cast<std::size_t>(Barrier::kSlow)].reports, 40);
  EXPECT_EQ(s.themes[static_cast<std::size_t>(Barrier::kLogIn)].reports, kFew);
  EXPECT_EQ(s.themes[static_cast<std::size_t>(Barrier::kRepeat)].reports, 0);
  EXPECT_EQ(s.patients, kFew) << "5 patients";
  EXPECT_EQ(s.staff, kProtects) << "36 staff, shown beside a total of 41, would reveal the 5";
}

TEST(VoiceSummary, AHiddenCellIsProtectedByOthersInItsRowAndColumnAndTotalsStayShown) {
  // Service 1 has 5, 20, 20; service 2 has 20, 20, 20. January's 5 hides. Hiding three 20s
  // round it (January and February, both services) lets one more or less go round the four,
  // with every total still shown.
  const std::vector<std::string> months{"2026-01", "2026-02", "2026-03"};
  std::vector<Facts> facts;
  const std::array<std::array<int, 3>, 2> counts{{{5, 20, 20}, {20, 20, 20}}};
  for (std::size_t service = 0; service < 2; ++service) {
    for (std::size_t m = 0; m < 3; ++m) {
      for (int i = 0; i < counts.at(service).at(m); ++i) {
        facts.push_back({months.at(m),
                         static_cast<Id>(service + 1),
                         Reporter::kStaff,
                         {Barrier::kSlow},
                         FftAnswer::kGood});
      }
    }
  }
  const Summary s = Summarise(facts, months, {{1, "Portal"}, {2, "Rostering"}});
  EXPECT_EQ(s.total, 105);
  EXPECT_EQ(s.by_service[0].by_month[0], kFew);
  EXPECT_EQ(s.by_service[0].total, 45);
  EXPECT_EQ(s.by_service[1].total, 60);
  EXPECT_EQ(s.by_month[0].reports, 25);
  // A rectangle: January and one other month hidden in both rows, the third month shown.
  std::vector<int> hidden_in_month(3, 0);
  for (const ServiceRow& row : s.by_service) {
    for (std::size_t m = 0; m < 3; ++m) hidden_in_month.at(m) += row.by_month[m] ? 0 : 1;
  }
  std::sort(hidden_in_month.begin() + 1, hidden_in_month.end());
  EXPECT_EQ(hidden_in_month, (std::vector<int>{2, 0, 2}));
}

TEST(VoiceSummary, ThemesHideWhereTheyWouldGiveAwayAHiddenTotal) {
  // 13 reports: 11 on one service, 1 on another, 1 on something else, all "slow". The total
  // hides to protect the two 1s; "slow: 13" beside it would give it back (every report names a
  // barrier, so the total is at least 13, and the themes add up to 13).
  const std::vector<std::string> months{"2026-01"};
  std::vector<Facts> facts;
  facts.reserve(13);
  for (int i = 0; i < 13; ++i) {
    facts.push_back({"2026-01",
                     i < 11 ? std::optional<Id>(1) : (i == 11 ? 2 : std::optional<Id>()),
                     Reporter::kStaff,
                     {Barrier::kSlow},
                     FftAnswer::kGood});
  }
  const Summary s = Summarise(facts, months, {{1, "Portal"}, {2, "Rostering"}});
  ASSERT_FALSE(s.total);
  EXPECT_EQ(s.themes[static_cast<std::size_t>(Barrier::kSlow)].reports, kProtects);
  EXPECT_EQ(s.themes[static_cast<std::size_t>(Barrier::kLogIn)].reports, 0) << "zeros stay";
  // With a total shown, the themes tell nothing more and stay shown.
  for (int i = 0; i < 20; ++i) {
    facts.push_back({"2026-01", 1, Reporter::kStaff, {Barrier::kSlow}, FftAnswer::kGood});
  }
  const Summary more = Summarise(facts, months, {{1, "Portal"}, {2, "Rostering"}});
  ASSERT_TRUE(more.total);
  EXPECT_EQ(more.themes[static_cast<std::size_t>(Barrier::kSlow)].reports, 33);
}

TEST(VoiceSummary, AFriendsAndFamilyScoreNeedsBothSidesLarge) {
  std::vector<FftAnswer> answers(18, FftAnswer::kGood);
  EXPECT_NEAR(*FftPositive(answers, 11), 100.0, 1e-9) << "no one said otherwise";
  for (int i = 0; i < 6; ++i) answers.push_back(FftAnswer::kPoor);
  EXPECT_FALSE(FftPositive(answers, 11)) << "18 of 24 would give away the 6";
  for (int i = 0; i < 5; ++i) answers.push_back(FftAnswer::kPoor);
  EXPECT_NEAR(*FftPositive(answers, 11), 100.0 * 18 / 29, 1e-9);
}

}  // namespace
}  // namespace boardlens::voice
