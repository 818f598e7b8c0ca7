// User voice without I/O: the form's rules, suppression under 11, the Friends and Family Test
// score, the rate limiter and the group-commit writer.

#include <gtest/gtest.h>

#include <array>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "boardlens/base/error.hpp"
#include "boardlens/base/group_commit.hpp"
#include "boardlens/base/rate_limiter.hpp"
#include "boardlens/features/voice/report.hpp"
#include "boardlens/features/voice/summary.hpp"

namespace boardlens::voice {
namespace {

ReportInput Good() {
  ReportInput in;
  in.service = "7";
  in.reporter = "staff";
  in.barriers = {"slow", "log_in"};
  in.what_happened = "  The login page timed out twice.  ";
  in.how_often = "often";
  in.impact = "a_lot";
  in.fft = "poor";
  return in;
}

std::vector<std::string> WhereOf(const std::function<void()>& fn) {
  try {
    fn();
  } catch (const Error& e) {
    std::vector<std::string> out;
    if (e.problems().empty()) return {e.where()};
    for (const auto& p : e.problems()) out.push_back(p.where);
    return out;
  }
  return {};
}

TEST(VoiceReport, AGoodReportIsKeptTrimmedWithItsBarriersInListOrder) {
  const Report r = CheckReport(Good(), {7, 9});
  EXPECT_EQ(r.service_id, 7);
  EXPECT_EQ(r.reporter, Reporter::kStaff);
  EXPECT_EQ(r.barriers, (std::vector<Barrier>{Barrier::kLogIn, Barrier::kSlow}));
  EXPECT_EQ(r.what_happened, "The login page timed out twice.");
  EXPECT_EQ(r.fft, FftAnswer::kPoor);
  EXPECT_TRUE(r.contact.empty());
  ReportInput other = Good();
  other.service = "other";
  other.barriers = {"other", "other"};
  EXPECT_FALSE(CheckReport(other, {}).service_id) << "something else";
  EXPECT_EQ(CheckReport(other, {}).barriers.size(), 1U) << "a choice counts once";
}

TEST(VoiceReport, EveryBadFieldIsNamedAtOnce) {
  ReportInput in;
  in.service = "8";  // not one the form offers
  in.reporter = "robot";
  in.barriers = {"slow", "<script>"};
  in.what_happened = std::string(kMaxWhatHappened + 1, 'x');
  in.how_often = "";
  in.impact = "huge";
  in.fft = "excellent";
  in.contact = "me@example.com";  // without consent
  EXPECT_EQ(WhereOf([&] { CheckReport(in, {7}); }),
            (std::vector<std::string>{"service", "reporter", "barriers", "what_happened",
                                      "how_often", "impact", "fft", "consent"}));
  ReportInput none = Good();
  none.barriers.clear();
  EXPECT_EQ(WhereOf([&] { CheckReport(none, {7}); }), std::vector<std::string>{"barriers"});
}

TEST(VoiceReport, AContactIsKeptOnlyWithConsent) {
  ReportInput in = Good();
  in.contact = "07700 900123";
  in.consent = true;
  EXPECT_EQ(CheckReport(in, {7}).contact, "07700 900123");
  in.contact.clear();
  EXPECT_TRUE(CheckReport(in, {7}).contact.empty()) << "consent without a contact keeps nothing";
}

TEST(VoiceReport, BarriersRoundTripAndUnknownNamesAreSkipped) {
  const std::vector<Barrier> all{Barrier::kLogIn, Barrier::kRepeat, Barrier::kOther};
  EXPECT_EQ(JoinBarriers(all), "log_in;repeat;other");
  EXPECT_EQ(SplitBarriers("log_in;repeat;other"), all);
  EXPECT_EQ(SplitBarriers("log_in;gone;"), std::vector<Barrier>{Barrier::kLogIn});
  EXPECT_EQ(Barriers().size(), kBarrierCount);
  EXPECT_EQ(FftAnswers().size(), 6U) << "the six Friends and Family Test answers";
}

TEST(VoiceSummary, CountsUnderElevenAreHiddenAndOneHiddenCountTakesTheSmallestWithIt) {
  EXPECT_EQ(Suppress({11, 10, 0}, false), (std::vector<Shown>{11, std::nullopt, 0}));
  // 30 + 5 = 35 shown: the 5 could be worked out from 35 - 30, so 30 hides too.
  EXPECT_EQ(Suppress({30, 5}, true), (std::vector<Shown>{std::nullopt, std::nullopt}));
  EXPECT_EQ(Suppress({30, 12, 5}, true), (std::vector<Shown>{30, std::nullopt, std::nullopt}));
  EXPECT_EQ(Suppress({30, 4, 5}, true), (std::vector<Shown>{30, std::nullopt, std::nullopt}))
      << "two hidden already hide each other";
  EXPECT_EQ(Suppress({30, 0}, true), (std::vector<Shown>{30, 0})) << "nobody reveals nobody";
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
  // February's 1 is hidden, so January's 40 hides with it (41 - 1).
  EXPECT_FALSE(s.by_month[0].reports);
  EXPECT_FALSE(s.by_month[1].reports);
  EXPECT_NEAR(*s.by_month[0].fft_positive, 50.0, 1e-9);
  EXPECT_FALSE(s.by_month[1].fft_positive);
  ASSERT_EQ(s.by_service.size(), 2U);
  EXPECT_EQ(s.by_service[0].by_month[0], 30) << "January's total is hidden: 30 reveals no one";
  EXPECT_FALSE(s.by_service[1].by_month[0]);
  EXPECT_FALSE(s.by_service[0].total) << "31 beside a total of 41 would reveal the 10";
  EXPECT_FALSE(s.by_service[1].total);
  EXPECT_EQ(s.by_service[1].service.name, "Something else");
  EXPECT_EQ(s.themes[static_cast<std::size_t>(Barrier::kSlow)].reports, 40);
  EXPECT_FALSE(s.themes[static_cast<std::size_t>(Barrier::kLogIn)].reports);
  EXPECT_EQ(s.themes[static_cast<std::size_t>(Barrier::kRepeat)].reports, 0);
  EXPECT_FALSE(s.patients) << "5 patients";
  EXPECT_FALSE(s.staff) << "36 staff, shown beside a total of 41, would reveal the 5";
}

TEST(VoiceSummary, AServicesTotalNeverGivesAwayAMonthHiddenInItsRow) {
  // Service 1 has 5, 20, 20; service 2 has 20, 20, 20. January's 5 hides, and its 20 with it
  // (25 is shown); service 1's total of 45, less its shown 20 and 20, would give the 5.
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
  EXPECT_FALSE(s.by_service[0].by_month[0]);
  EXPECT_FALSE(s.by_service[1].by_month[0]);
  EXPECT_EQ(s.by_service[0].by_month[1], 20);
  EXPECT_FALSE(s.by_service[0].total) << "45 - 20 - 20 would be the hidden 5";
  EXPECT_FALSE(s.by_service[1].total) << "105 - 60 would be the other total";
}

TEST(VoiceSummary, AFriendsAndFamilyScoreNeedsBothSidesLarge) {
  std::vector<FftAnswer> answers(18, FftAnswer::kGood);
  EXPECT_NEAR(*FftPositive(answers, 11), 100.0, 1e-9) << "no one said otherwise";
  for (int i = 0; i < 6; ++i) answers.push_back(FftAnswer::kPoor);
  EXPECT_FALSE(FftPositive(answers, 11)) << "18 of 24 would give away the 6";
  for (int i = 0; i < 5; ++i) answers.push_back(FftAnswer::kPoor);
  EXPECT_NEAR(*FftPositive(answers, 11), 100.0 * 18 / 29, 1e-9);
}

TEST(RateLimiter, ABurstThenOneATimeAsTheBucketRefills) {
  RateLimiter limiter({3, 60});  // one a minute
  for (int i = 0; i < 3; ++i) EXPECT_EQ(limiter.Take("a", 1000), 0);
  EXPECT_EQ(limiter.Take("a", 1000), 60) << "a minute until the next";
  EXPECT_EQ(limiter.Take("b", 1000), 0) << "each key has its own bucket";
  EXPECT_EQ(limiter.Take("a", 1030), 30);
  EXPECT_EQ(limiter.Take("a", 1060), 0);
  EXPECT_GT(limiter.Take("a", 1060), 0);
  EXPECT_EQ(limiter.Take("a", 100000), 0);
  EXPECT_EQ(limiter.Take("a", 100000), 0) << "refills to the burst, no further";
  EXPECT_EQ(limiter.Take("a", 100000), 0);
  EXPECT_GT(limiter.Take("a", 100000), 0);
}

TEST(RateLimiter, AFloodOfKeysCannotGrowItWithoutBound) {
  RateLimiter limiter({1, 1}, 100);
  for (int i = 0; i < 1000; ++i) limiter.Take("k" + std::to_string(i), 0);
  EXPECT_GT(limiter.Take("k999", 0), 0) << "the newest keys are still limited";
  RateLimiter never({1, 0});
  EXPECT_EQ(never.Take("a", 0), 0);
  EXPECT_EQ(never.Take("a", 1000000), 3600) << "no refill: try in an hour";
}

TEST(GroupCommit, NothingIsAcknowledgedBeforeItsBatchIsWritten) {
  std::mutex mutex;
  std::condition_variable cv;
  bool release = false;
  std::vector<std::vector<int>> batches;
  std::atomic<int> acknowledged{0};
  {
    GroupCommit<int> commit([&]() -> GroupCommit<int>::WriteBatch {
      return [&](const std::vector<int>& batch) {
        std::unique_lock lock(mutex);
        batches.push_back(batch);
        cv.notify_all();
        cv.wait(lock, [&] { return release; });
      };
    });
    std::vector<std::thread> threads;
    for (int i = 0; i < 8; ++i) {
      threads.emplace_back([&, i] {
        commit.Submit(i);
        ++acknowledged;
      });
    }
    std::size_t first = 0;
    {
      std::unique_lock lock(mutex);
      cv.wait(lock, [&] { return !batches.empty(); });
      first = batches.front().size();
    }
    // The rest queue up behind the batch being written; only then is it let go, so that
    // they are sure to share the next one.
    while (commit.queued() < 8 - first) std::this_thread::yield();
    {
      const std::lock_guard lock(mutex);
      EXPECT_EQ(acknowledged.load(), 0) << "a batch is being written: nobody has heard yet";
      release = true;
      cv.notify_all();
    }
    for (auto& t : threads) t.join();
    EXPECT_EQ(acknowledged.load(), 8);
    EXPECT_EQ(commit.batches(), batches.size());
  }
  std::size_t written = 0;
  for (const auto& b : batches) written += b.size();
  EXPECT_EQ(written, 8U);
  EXPECT_LT(batches.size(), 8U) << "those waiting while the first batch was written share one";
}

TEST(GroupCommit, ABadItemFailsAloneAndAFailedOpenFailsEveryone) {
  std::atomic<int> opens{0};
  std::mutex mutex;
  std::vector<int> stored;
  GroupCommit<int> commit([&]() -> GroupCommit<int>::WriteBatch {
    if (opens++ == 0) throw std::runtime_error("the database is down");
    return [&](const std::vector<int>& batch) {
      for (int v : batch) {
        if (v < 0) throw Invalid("negative");
      }
      const std::lock_guard lock(mutex);
      stored.insert(stored.end(), batch.begin(), batch.end());
    };
  });
  EXPECT_THROW(commit.Submit(1), std::runtime_error);
  std::vector<std::thread> threads;
  std::atomic<int> failed{0};
  for (int i = -2; i < 6; ++i) {
    threads.emplace_back([&, i] {
      try {
        commit.Submit(i);
      } catch (const Error&) {
        ++failed;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(failed.load(), 2);
  std::sort(stored.begin(), stored.end());
  EXPECT_EQ(stored, (std::vector<int>{0, 1, 2, 3, 4, 5}));
}

}  // namespace
}  // namespace boardlens::voice
