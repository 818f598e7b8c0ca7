#include "boardlens/features/observations/json.hpp"

#include "boardlens/base/clock.hpp"
#include "boardlens/base/error.hpp"

namespace boardlens::observations {

using http::Json;

Json ToJson(const Observation& o, bool mine, const std::string& subject_name) {
  return {{"id", o.id},
          {"observed_on", o.what.observed_on},
          {"occasion", ToString(*o.what.occasion)},
          {"place", o.what.place},
          {"subject",
           {{"kind", ToString(o.what.subject->kind)},
            {"id", o.what.subject->id},
            {"name", subject_name}}},
          {"rating", *o.what.rating},
          {"notes", o.what.notes},
          {"shared", o.shared_at != 0},
          {"shared_at", o.shared_at != 0 ? Json(IsoTime(o.shared_at)) : Json(nullptr)},
          {"author", {{"id", o.author_member_id}, {"name", o.author_name}}},
          {"mine", mine},
          {"created_at", IsoTime(o.created_at)},
          {"updated_at", IsoTime(o.updated_at)}};
}

ObservationInput InputFromJson(const Json& body, const std::string& today) {
  ObservationInput in;
  Problems problems;
  problems.Check([&] { in.observed_on = http::String(body, "observed_on", false); });
  problems.Check(
      [&] { in.occasion = http::Word(body, "occasion", ParseOccasion, OccasionNames(), false); });
  problems.Check([&] { in.place = http::String(body, "place", false); });
  problems.Check([&] {
    const auto kind = http::Word(body, "subject_kind", ParseSubjectKind, SubjectKindNames());
    const auto id = http::OptionalInteger(body, "subject_id");
    if (!id) throw Invalid("subject_id is required: the service or portfolio item", "subject");
    in.subject = Subject{kind.value_or(SubjectKind::kService), *id};
  });
  problems.Check([&] {
    const auto rating = http::OptionalInteger(body, "rating");
    if (rating && *rating >= kLowestRating && *rating <= kHighestRating) {
      in.rating = static_cast<int>(*rating);
    } else if (rating) {
      in.rating = 0;  // the rules say what is wrong with it
    }
  });
  problems.Check([&] { in.notes = http::String(body, "notes", false); });
  problems.Check([&] { in.shared = http::Bool(body, "shared", false); });
  problems.ThrowIfAny([&] {
    ObservationInput copy = in;
    CheckObservation(copy, today);
  });
  return in;
}

Json ToJson(const Request& r, const std::string& service_name, int answers,
            const std::string& today) {
  return {{"id", r.id},
          {"service", {{"id", *r.what.service_id}, {"name", service_name}}},
          {"meeting_on", r.what.meeting_on},
          {"ask", r.what.ask},
          {"open", IsOpen(r, today)},
          {"observations", answers},
          {"asked_by", r.asked_by_name},
          {"asked_at", IsoTime(r.created_at)}};
}

RequestInput RequestFromJson(const Json& body) {
  RequestInput in;
  Problems problems;
  problems.Check([&] { in.service_id = http::OptionalInteger(body, "service"); });
  problems.Check([&] { in.meeting_on = http::String(body, "meeting_on", false); });
  problems.Check([&] { in.ask = http::String(body, "ask", false); });
  problems.ThrowIfAny();
  return in;
}

}  // namespace boardlens::observations
