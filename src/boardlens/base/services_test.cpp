// The base every feature stands on: the cache, the services registry, times as text.

#include <gtest/gtest.h>

#include <functional>
#include <thread>

#include "boardlens/base/clock.hpp"
#include "boardlens/base/error.hpp"
#include "boardlens/base/expiring_cache.hpp"
#include "boardlens/base/number.hpp"
#include "boardlens/base/services.hpp"
#include "boardlens/base/text.hpp"

namespace boardlens {
namespace {

TEST(ExpiringCache, EntriesLastUntilTheirTimeAndStartAfreshWhenFull) {
  ExpiringCache<std::string, int> cache(2);
  cache.Put("a", 1, 100);
  EXPECT_EQ(cache.Find("a", 99), 1);
  EXPECT_FALSE(cache.Find("a", 100));
  EXPECT_FALSE(cache.Find("a", 50)) << "an expired entry is gone, not hidden";
  cache.Put("a", 1, 100);
  cache.Put("b", 2, 100);
  cache.Put("c", 3, 100);  // full: starts afresh
  EXPECT_FALSE(cache.Find("a", 0));
  EXPECT_EQ(cache.Find("c", 0), 3);
  cache.Erase("c");
  EXPECT_FALSE(cache.Find("c", 0));
  cache.Put("d", 4, 100);
  cache.Clear();
  EXPECT_FALSE(cache.Find("d", 0));
}

struct Counter {
  int value = 0;
};
struct Needy {
  explicit Needy(Counter& c) : counter(c) {}
  Counter& counter;
};

TEST(Services, EachThreadMakesItsOwnAndSharedObjectsAreShared) {
  Counter shared;
  int made = 0;
  Services services;
  services.Share(shared);
  services.Provide<Needy>([&made](Scope& s) {
    ++made;
    return std::make_shared<Needy>(s.Get<Counter>());
  });
  Needy* mine = &services.ThisThread().Get<Needy>();
  EXPECT_EQ(mine, &services.ThisThread().Get<Needy>());
  EXPECT_EQ(&mine->counter, &shared);
  Needy* theirs = nullptr;
  std::thread([&] { theirs = &services.ThisThread().Get<Needy>(); }).join();
  EXPECT_NE(mine, theirs);
  EXPECT_EQ(made, 2);
  EXPECT_THROW(services.ThisThread().Get<int>(), std::logic_error);
}

TEST(Services, AnotherInstanceAtTheSameAddressStartsAfresh) {
  int made = 0;
  for (int i = 0; i < 2; ++i) {
    Services services;
    services.Provide<Counter>([&made](Scope&) {
      ++made;
      return std::make_shared<Counter>();
    });
    services.ThisThread().Get<Counter>();
  }
  EXPECT_EQ(made, 2);
}

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

TEST(Clock, TimesAndLengthsReadAsPeopleWriteThem) {
  EXPECT_EQ(IsoTime(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(IsoDate(1'764'201'600), "2025-11-27");
  EXPECT_EQ(DateText("2025-10-01"), "1 October 2025");
  EXPECT_EQ(DateText("2026-11-30"), "30 November 2026");
  EXPECT_EQ(DateText(1'764'201'600), "27 November 2025");
  EXPECT_EQ(DateText(""), "");
  EXPECT_EQ(DateText("2026-13-01"), "2026-13-01") << "not a date: as given";
  EXPECT_EQ(DateText("2026-02-30"), "2026-02-30") << "no such day: as given";
  EXPECT_EQ(DateText("soon"), "soon");
  EXPECT_EQ(MonthName(1), "January");
  EXPECT_EQ(MonthName(12), "December");
  EXPECT_EQ(DurationText(15 * kSecondsPerMinute), "15 minutes");
  EXPECT_EQ(DurationText(kSecondsPerHour), "1 hour");
  EXPECT_EQ(DurationText(90 * kSecondsPerMinute), "90 minutes");
  EXPECT_EQ(DurationText(7 * kSecondsPerDay), "7 days");
  EXPECT_EQ(DurationText(365 * kSecondsPerDay), "1 year");
  EXPECT_EQ(DurationText(1), "1 second");
  ManualClock clock(100);
  clock.Advance(20);
  EXPECT_EQ(clock.Now(), 120);
}

TEST(Text, FieldsAreTrimmedCheckedAndNamed) {
  EXPECT_EQ(RequireText("  Board  ", "title"), "Board");
  try {
    RequireText("   ", "title");
    ADD_FAILURE();
  } catch (const Error& e) {
    EXPECT_EQ(e.where(), "title");
  }
  EXPECT_THROW(RequireText(std::string(201, 'x'), "title"), Error);
  // The limit is in characters, as its message says, not in bytes: "é" is two bytes.
  std::string accents;
  for (int i = 0; i < 200; ++i) accents += "\xc3\xa9";  // é
  EXPECT_EQ(RequireText(accents, "title"), accents);
  EXPECT_THROW(RequireText(accents + "e", "title"), Error);
  EXPECT_EQ(RequireEmail(" Ann@Trust.NHS.uk "), "ann@trust.nhs.uk");
  EXPECT_THROW(RequireEmail("ann"), Error);
  EXPECT_TRUE(IsValidDate("2024-02-29"));
  EXPECT_FALSE(IsValidDate("2025-02-29"));
  EXPECT_FALSE(IsValidDate("2025-2-28"));
}

TEST(Numbers, AreDigitsWithThousandsCommasAndOnePointAndNothingElse) {
  EXPECT_EQ(ParseNumber("12"), 12.0);
  EXPECT_EQ(ParseNumber("-0.25"), -0.25);
  EXPECT_EQ(ParseNumber("+3.5"), 3.5);
  EXPECT_EQ(ParseNumber(".5"), 0.5);
  EXPECT_EQ(ParseNumber("12,500"), 12500.0);
  EXPECT_EQ(ParseNumber("1,234.5"), 1234.5);
  EXPECT_EQ(ParseNumber("-1,000,000"), -1e6);
  EXPECT_EQ(ParseNumber("£1,250", true), 1250.0);
  for (const char* junk : {"",      "-",     ".",   "1,5", "1,23", "1,2345", ",123", "1,,000",
                           "1.2.3", "1e5",   "nan", "NaN", "inf",  "-inf",   " 1",   "1 ",
                           "0x10",  "1_000", "--1", "1-",  "£12",  "1.5,0"}) {
    EXPECT_FALSE(ParseNumber(junk)) << junk;
  }
  // Too large for a double: refused rather than infinity.
  EXPECT_FALSE(ParseNumber("1" + std::string(400, '0')));
}

TEST(Numbers, AreRefusedInTheDesignSystemsWordsAtTheirField) {
  constexpr NumberRule kUsers{.what = "Number of users", .whole = true, .min = 0, .max = 1e12};
  constexpr NumberRule kImpact{.what = "Impact", .whole = true, .min = 1, .max = 5};
  constexpr NumberRule kChange{.what = "Change", .min = -1e15, .max = 100};
  const auto refusal = [](std::string_view text, const NumberRule& rule) {
    try {
      ReadNumber(text, rule, "field");
    } catch (const Error& e) {
      EXPECT_EQ(e.where(), "field");
      return std::string(e.what());
    }
    return std::string("taken");
  };
  EXPECT_EQ(refusal("-3", kUsers), "Number of users must be 0 or more");
  EXPECT_EQ(refusal("2.5", kUsers), "Number of users must be a whole number");
  EXPECT_EQ(refusal("lots", kUsers), "Number of users must be a whole number");
  EXPECT_EQ(refusal("6", kImpact), "Impact must be between 1 and 5");
  EXPECT_EQ(refusal("101", kChange), "Change must be 100 or less");
  EXPECT_EQ(refusal("ten", kChange), "Change must be a number");
  EXPECT_EQ(refusal("1,000,000,000,001", kUsers),
            "Number of users must be between 0 and 1,000,000,000,000");
  EXPECT_EQ(ReadWholeNumber(" 12,500 ", kUsers, "field"), 12500);
  EXPECT_EQ(ReadNumber("  ", kUsers, "field"), std::nullopt);
  EXPECT_EQ(TooLongMessage("Your note", 2000), "Your note must be 2,000 characters or less");
}

}  // namespace
}  // namespace boardlens
