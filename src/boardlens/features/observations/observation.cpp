#include "boardlens/features/observations/observation.hpp"

#include <algorithm>

#include "boardlens/base/clock.hpp"
#include "boardlens/base/error.hpp"
#include "boardlens/base/names.hpp"
#include "boardlens/base/text.hpp"

namespace boardlens::observations {
namespace {

constexpr NameTable<Occasion, 3> kOccasions{{{Occasion::kVisit, "visit"},
                                             {Occasion::kWalkRound, "walk_round"},
                                             {Occasion::kDemonstration, "demonstration"}}};
constexpr NameTable<Occasion, 3> kOccasionWords{{{Occasion::kVisit, "Visit"},
                                                 {Occasion::kWalkRound, "Walk-round"},
                                                 {Occasion::kDemonstration, "Demonstration"}}};
constexpr NameTable<SubjectKind, 2> kSubjectKinds{
    {{SubjectKind::kService, "service"}, {SubjectKind::kProgramme, "programme"}}};
constexpr std::array<std::string_view, 5> kRatingWords{"Very poorly", "Poorly", "Adequately",
                                                       "Well", "Very well"};

}  // namespace

std::string_view ToString(Occasion occasion) { return NameOf(kOccasions, occasion); }
std::optional<Occasion> ParseOccasion(std::string_view text) {
  return FromWords(kOccasions, Trim(text));
}
std::vector<std::string_view> OccasionNames() { return Names(kOccasions); }
std::string_view OccasionWord(Occasion occasion) { return NameOf(kOccasionWords, occasion); }
std::string_view ToString(SubjectKind kind) { return NameOf(kSubjectKinds, kind); }
std::optional<SubjectKind> ParseSubjectKind(std::string_view text) {
  return FromName(kSubjectKinds, text);
}
std::vector<std::string_view> SubjectKindNames() { return Names(kSubjectKinds); }

std::string_view RatingWord(int rating) {
  if (rating < kLowestRating || rating > kHighestRating) return {};
  return kRatingWords.at(static_cast<std::size_t>(rating - kLowestRating));
}

void CheckObservation(ObservationInput& in, const std::string& today) {
  Problems problems;
  if (!IsValidDate(in.observed_on)) {
    problems.Add("\"" + in.observed_on + "\" is not a date written YYYY-MM-DD", "observed_on");
  } else if (in.observed_on > today) {
    problems.Add("the day it was seen must be today or earlier", "observed_on");
  }
  if (!in.occasion)
    problems.Add("say how it was seen: a visit, a walk-round or a demonstration", "occasion");
  problems.Check([&] { in.place = RequireText(in.place, "place"); });
  if (!in.subject) problems.Add("choose the service or programme it was about", "subject");
  if (!in.rating || *in.rating < kLowestRating || *in.rating > kHighestRating) {
    problems.Add("rate how well it worked for its users from " + std::to_string(kLowestRating) +
                     " to " + std::to_string(kHighestRating),
                 "rating");
  }
  problems.Check([&] { in.notes = OptionalText(in.notes, "notes", kMaxNotesLength); });
  problems.ThrowIfAny();
}

void CheckRequest(RequestInput& in, const std::string& today, bool is_new) {
  Problems problems;
  if (!in.service_id) problems.Add("choose the service to be seen", "service");
  if (!IsValidDate(in.meeting_on)) {
    problems.Add("\"" + in.meeting_on + "\" is not a date written YYYY-MM-DD", "meeting_on");
  } else if (is_new && in.meeting_on < today) {
    problems.Add("the meeting must be today or later", "meeting_on");
  }
  problems.Check([&] { in.ask = OptionalText(in.ask, "ask", kMaxAskLength); });
  problems.ThrowIfAny();
}

bool IsOpen(const Request& request, const std::string& today) {
  return request.what.meeting_on >= today;
}

int AnswersTo(const Request& request, const std::vector<Observation>& shared) {
  const std::string asked_on = IsoDate(request.created_at);
  return static_cast<int>(std::count_if(shared.begin(), shared.end(), [&](const Observation& o) {
    return o.shared_at != 0 && o.what.subject &&
           *o.what.subject == Subject{SubjectKind::kService, *request.what.service_id} &&
           o.what.observed_on >= asked_on && o.what.observed_on <= request.what.meeting_on;
  }));
}

}  // namespace boardlens::observations
