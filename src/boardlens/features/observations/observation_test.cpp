// The observations' rules without I/O: what an observation and a request must have, and which
// shared observations answer a request.

#include <gtest/gtest.h>

#include <functional>
#include <set>
#include <string>
#include <vector>

#include "boardlens/base/clock.hpp"
#include "boardlens/base/error.hpp"
#include "boardlens/features/observations/observation.hpp"

namespace boardlens::observations {
namespace {

constexpr const char* kToday = "2026-12-07";

ObservationInput Seen(std::string on, int rating) {
  ObservationInput in;
  in.observed_on = std::move(on);
  in.occasion = Occasion::kVisit;
  in.place = "  Ward 7  ";
  in.subject = Subject{SubjectKind::kService, 3};
  in.rating = rating;
  return in;
}

std::set<std::string> FieldsAtFault(const std::function<void()>& check) {
  std::set<std::string> fields;
  try {
    check();
  } catch (const Error& e) {
    for (const auto& p : e.problems()) fields.insert(p.where);
    if (e.problems().empty()) fields.insert(e.where());
  }
  return fields;
}

TEST(ObservationRules, EveryMissingFieldIsNamedAtOnce) {
  ObservationInput empty;
  EXPECT_EQ(FieldsAtFault([&] { CheckObservation(empty, kToday); }),
            (std::set<std::string>{"observed_on", "occasion", "place", "subject", "rating"}));
  ObservationInput good = Seen(kToday, 4);
  EXPECT_TRUE(FieldsAtFault([&] { CheckObservation(good, kToday); }).empty()) << "seen today";
  EXPECT_EQ(good.place, "Ward 7") << "trimmed";
}

TEST(ObservationRules, SeenTomorrowIsRefusedAndRatingsRunOneToFive) {
  ObservationInput tomorrow = Seen("2026-12-08", 3);
  EXPECT_EQ(FieldsAtFault([&] { CheckObservation(tomorrow, kToday); }),
            (std::set<std::string>{"observed_on"}));
  for (const int rating : {kLowestRating - 1, kHighestRating + 1}) {
    ObservationInput in = Seen(kToday, rating);
    EXPECT_EQ(FieldsAtFault([&] { CheckObservation(in, kToday); }),
              (std::set<std::string>{"rating"}))
        << rating;
  }
  for (const int rating : {kLowestRating, kHighestRating}) {
    ObservationInput in = Seen(kToday, rating);
    EXPECT_TRUE(FieldsAtFault([&] { CheckObservation(in, kToday); }).empty()) << rating;
  }
  EXPECT_EQ(RatingWord(1), "Very poorly");
  EXPECT_EQ(RatingWord(5), "Very well");
  EXPECT_EQ(RatingWord(6), "");
}

TEST(ObservationRules, OccasionsReadAsPeopleWriteThem) {
  EXPECT_EQ(ParseOccasion("Walk round"), Occasion::kWalkRound);
  EXPECT_EQ(ParseOccasion("walk_round"), Occasion::kWalkRound);
  EXPECT_EQ(ParseOccasion("tour"), std::nullopt);
  EXPECT_EQ(OccasionNames().size(), kAllOccasions.size());
}

TEST(RequestRules, AMeetingInThePastIsRefusedForANewRequestOnly) {
  RequestInput in{7, "2026-12-06", ""};
  EXPECT_EQ(FieldsAtFault([&] { CheckRequest(in, kToday, true); }),
            (std::set<std::string>{"meeting_on"}));
  EXPECT_TRUE(FieldsAtFault([&] { CheckRequest(in, kToday, false); }).empty());
  RequestInput none;
  EXPECT_EQ(FieldsAtFault([&] { CheckRequest(none, kToday, true); }),
            (std::set<std::string>{"service", "meeting_on"}));
  Request r;
  r.what.meeting_on = kToday;
  EXPECT_TRUE(IsOpen(r, kToday)) << "open on the day of its meeting";
  EXPECT_FALSE(IsOpen(r, "2026-12-08"));
}

TEST(RequestRules, SharedObservationsOfTheServiceBetweenAskingAndTheMeetingAnswerIt) {
  Request r;
  r.what.service_id = 3;
  r.what.meeting_on = "2026-12-20";
  r.created_at = EpochOfDate("2026-12-01");
  const auto shared = [](std::string on, Id service) {
    Observation o;
    o.what = Seen(std::move(on), 4);
    o.what.subject = Subject{SubjectKind::kService, service};
    o.shared_at = EpochOfDate("2026-12-21");
    return o;
  };
  std::vector<Observation> seen{shared("2026-12-01", 3), shared("2026-12-20", 3)};
  EXPECT_EQ(AnswersTo(r, seen), 2) << "the day asked and the day of the meeting both count";
  seen.push_back(shared("2026-11-30", 3));  // before it was asked
  seen.push_back(shared("2026-12-21", 3));  // after the meeting
  seen.push_back(shared("2026-12-10", 4));  // another service
  Observation programme = shared("2026-12-10", 3);
  programme.what.subject = Subject{SubjectKind::kProgramme, 3};
  seen.push_back(programme);
  Observation unshared = shared("2026-12-10", 3);
  unshared.shared_at = 0;
  seen.push_back(unshared);
  EXPECT_EQ(AnswersTo(r, seen), 2);
}

}  // namespace
}  // namespace boardlens::observations
