// The forms: a board member records what they saw or changes it; the secretary asks the board
// to see a service before a meeting.

#include "boardlens/base/text.hpp"
#include "boardlens/base/utf8.hpp"
#include "boardlens/features/observations/feature.hpp"
#include "boardlens/features/observations/observations.hpp"
#include "boardlens/features/observations/page_parts.hpp"

namespace boardlens::observations {
namespace {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer
using http::Needs;

/// A subject as the form's select names it: "service-12", "programme-4".
std::string SubjectValue(const Subject& subject) {
  return std::string(ToString(subject.kind)) + "-" + std::to_string(subject.id);
}

std::optional<Subject> ParseSubjectValue(std::string_view value) {
  const auto dash = value.find('-');
  if (dash == std::string_view::npos) return std::nullopt;
  const auto kind = ParseSubjectKind(value.substr(0, dash));
  const std::string_view digits = value.substr(dash + 1);
  if (!kind || digits.empty() || digits.size() > 18 ||
      digits.find_first_not_of("0123456789") != std::string_view::npos) {
    return std::nullopt;
  }
  return Subject{*kind, std::stoll(std::string(digits))};
}

/// A field of `errors`' form, with its error.
Field FieldOf(const FieldErrors& errors, const char* name, const char* label, std::string value,
              std::string hint = {}) {
  return Field{name, label, std::move(value), std::move(hint), std::string(errors.For(name))};
}

http::Response ObservationForm(Visit& v, const std::optional<Id>& id, const ObservationInput& in,
                               const DateParts& seen_on, const FieldErrors& errors) {
  std::vector<Choice> subjects;
  for (const auto& s : v.Use<Observations>().Subjects(v.caller, v.ods())) {
    subjects.push_back(
        {SubjectValue(s.subject),
         (s.subject.kind == SubjectKind::kService ? "Service: " : "Portfolio: ") + s.name,
         {},
         false});
  }
  std::vector<Choice> occasions;
  occasions.reserve(kAllOccasions.size());
  for (const Occasion o : kAllOccasions) {
    occasions.push_back({std::string(ToString(o)), std::string(OccasionWord(o)), {}, false});
  }
  std::vector<Choice> ratings;
  for (int r = kHighestRating; r >= kLowestRating; --r) {
    ratings.push_back({std::to_string(r), RatingText(r), {}, false});
  }
  const auto field = [&](const char* name, const char* label, std::string value,
                         std::string hint = {}) {
    return FieldOf(errors, name, label, std::move(value), std::move(hint));
  };
  Page page;
  page.title = id ? "Change your observation" : "Record an observation";
  page.has_errors = !errors.empty();
  page.before_content = BackLink(id ? ObservationPath(v, *id) : v.OrgPath("/observations"),
                                 id ? "Back to the observation" : "Back to observations");
  Html fields = Select(field("subject", "Which service or programme did you see?",
                             in.subject ? SubjectValue(*in.subject) : ""),
                       "Choose a service or programme", subjects);
  fields += DateInput(field("observed_on", "When did you see it?", {}, "For example, 14 11 2026"),
                      seen_on);
  fields += Radios(field("occasion", "How did you see it?",
                         in.occasion ? std::string(ToString(*in.occasion)) : ""),
                   occasions);
  fields += TextInput(field("place", "Where?", in.place,
                            "For example, the discharge lounge at Riverside Hospital"));
  fields += Radios(field("rating", "How well did it work for the people using it?",
                         in.rating ? std::to_string(*in.rating) : ""),
                   ratings);
  fields += CharacterCount(field("notes", "What did you see and hear? (optional)", in.notes,
                                 "What worked, what got in the way, and what people told you"),
                           kMaxNotesLength, 5);
  fields += Radios(field("shared", "Share it with the board now?", in.shared ? "yes" : "no"),
                   {{"yes", "Yes, share it with the board", {}, false},
                    {"no", "No, keep it to myself for now",
                     "Only you will see it until you "
                     "share it",
                     false}});
  page.content = Render(
      "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">{}<h1>{}</h1>"
      "<form action=\"{}\" method=\"post\" novalidate>{}{}{}</form></div></div>",
      ErrorSummary(errors), page.title,
      id ? ObservationPath(v, *id, "/edit") : v.OrgPath("/observations/new"),
      CsrfField(v.caller.csrf_token), fields, Button("Save the observation"));
  return v.Show(page, "observations", errors.empty() ? 200 : 400);
}

/// The observation as posted, with the design system's message for each missing answer; the
/// use case's rules are checked alongside, so every problem shows at once.
ObservationInput ObservationFromForm(Visit& v, DateParts& seen_on, FieldErrors& errors) {
  ObservationInput in;
  in.subject = ParseSubjectValue(v.form.Get("subject"));
  if (!in.subject) errors.Add("subject", "Choose the service or programme you saw");
  seen_on = DateParts::Read(v.form, "observed_on");
  std::string problem;
  if (auto iso = seen_on.ToIso("the date you saw it", problem)) {
    in.observed_on = *iso;
  } else {
    errors.Add("observed_on", problem);
  }
  in.occasion = ParseOccasion(v.form.Get("occasion"));
  if (!in.occasion) errors.Add("occasion", "Choose how you saw it");
  in.place = v.form.Get("place");
  if (Trim(in.place).empty()) errors.Add("place", "Enter where you saw it");
  const std::string rating = v.form.Get("rating");
  if (rating.size() == 1 && rating[0] >= '0' + kLowestRating && rating[0] <= '0' + kHighestRating) {
    in.rating = rating[0] - '0';
  } else {
    errors.Add("rating", "Choose how well it worked for the people using it");
  }
  in.notes = v.form.Get("notes");
  if (CountCharacters(in.notes) > kMaxNotesLength) {
    errors.Add("notes", TooLongMessage("What you saw and heard", kMaxNotesLength));
  }
  const std::string shared = v.form.Get("shared");
  if (shared != "yes" && shared != "no") errors.Add("shared", "Choose whether to share it now");
  in.shared = shared == "yes";
  ObservationInput checked = in;
  CollectFieldError(errors, {"observed_on", "occasion", "place", "subject", "rating", "notes"},
                    [&] { CheckObservation(checked, v.Use<Observations>().Today()); });
  return in;
}

http::Response RequestForm(Visit& v, const RequestInput& in, const DateParts& meeting,
                           const FieldErrors& errors) {
  std::vector<Choice> services;
  for (const auto& s : v.Use<Observations>().Subjects(v.caller, v.ods())) {
    if (s.subject.kind == SubjectKind::kService) {
      services.push_back({std::to_string(s.subject.id), s.name, {}, false});
    }
  }
  Page page;
  page.title = "Ask the board to see a service";
  page.has_errors = !errors.empty();
  page.before_content = BackLink(v.OrgPath("/observations"), "Back to observations");
  Html fields = Select(FieldOf(errors, "service", "Which service should board members see?",
                               in.service_id ? std::to_string(*in.service_id) : ""),
                       "Choose a service", services);
  fields += DateInput(FieldOf(errors, "meeting_on", "Before which board meeting?", {},
                              "The date of the meeting, for example, 14 1 2027"),
                      meeting);
  fields += CharacterCount(FieldOf(errors, "ask", "What should they look at? (optional)", in.ask,
                                   "For example, how patients book and change appointments"),
                           kMaxAskLength, 3);
  page.content = Render(
      "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">{}<h1>{}</h1>"
      "<p>Board members see the request on their observations page, with how many observations "
      "have been shared since you asked.</p><form action=\"{}\" method=\"post\" novalidate>{}{}{}"
      "</form></div></div>",
      ErrorSummary(errors), page.title, v.OrgPath("/observations/requests/new"),
      CsrfField(v.caller.csrf_token), fields, Button("Send the request"));
  return v.Show(page, "observations", errors.empty() ? 200 : 400);
}

}  // namespace

void AddFormPages(http::Router& routes) {
  const Needs viewer = Needs::InOrg(Role::kViewer);
  const Needs member = Needs::InOrg(Role::kMember);
  const Needs secretary = Needs::InOrg(Role::kSecretary);

  AddPage(routes, "GET", "/orgs/{ods}/observations/new", member, [](Visit& v) {
    auto& observations = v.Use<Observations>();
    observations.RequireObserver(v.caller, v.ods());
    ObservationInput in;
    in.subject = ParseSubjectValue(v.request.Query("subject"));
    return ObservationForm(v, std::nullopt, in, DateParts::Of(observations.Today()), {});
  });
  AddPage(routes, "POST", "/orgs/{ods}/observations/new", member, [](Visit& v) {
    DateParts seen_on;
    FieldErrors errors;
    const ObservationInput in = ObservationFromForm(v, seen_on, errors);
    std::optional<Id> id;
    if (errors.empty()) {
      CollectFieldError(errors, {"subject", "observed_on", "occasion", "place", "rating", "notes"},
                        [&] { id = v.Use<Observations>().Record(v.caller, v.ods(), in).id; });
    }
    if (!errors.empty()) return ObservationForm(v, std::nullopt, in, seen_on, errors);
    return Redirect(ObservationPath(v, *id, "?done=saved"));
  });
  AddPage(routes, "GET", "/orgs/{ods}/observations/{observation}/edit", viewer, [](Visit& v) {
    const Observation o = v.Use<Observations>().Own(v.caller, v.ods(), v.call.Id("observation"));
    return ObservationForm(v, o.id, o.what, DateParts::Of(o.what.observed_on), {});
  });
  AddPage(routes, "POST", "/orgs/{ods}/observations/{observation}/edit", viewer, [](Visit& v) {
    const Id id = v.call.Id("observation");
    DateParts seen_on;
    FieldErrors errors;
    const ObservationInput in = ObservationFromForm(v, seen_on, errors);
    if (errors.empty()) {
      CollectFieldError(errors, {"subject", "observed_on", "occasion", "place", "rating", "notes"},
                        [&] { v.Use<Observations>().Update(v.caller, v.ods(), id, in); });
    }
    if (!errors.empty()) return ObservationForm(v, id, in, seen_on, errors);
    return Redirect(ObservationPath(v, id, "?done=saved"));
  });

  AddPage(routes, "GET", "/orgs/{ods}/observations/requests/new", secretary,
          [](Visit& v) { return RequestForm(v, {}, {}, {}); });
  AddPage(routes, "POST", "/orgs/{ods}/observations/requests/new", secretary, [](Visit& v) {
    RequestInput in;
    FieldErrors errors;
    in.service_id = v.form.GetId("service");
    if (!in.service_id) errors.Add("service", "Choose the service board members should see");
    const DateParts meeting = DateParts::Read(v.form, "meeting_on");
    std::string problem;
    if (auto iso = meeting.ToIso("the date of the meeting", problem)) {
      in.meeting_on = *iso;
    } else {
      errors.Add("meeting_on", problem);
    }
    in.ask = v.form.Get("ask");
    if (CountCharacters(in.ask) > kMaxAskLength) {
      errors.Add("ask", TooLongMessage("What they should look at", kMaxAskLength));
    }
    if (errors.empty()) {
      CollectFieldError(errors, {"service", "meeting_on", "ask"},
                        [&] { v.Use<Observations>().Ask(v.caller, v.ods(), in); });
    }
    if (!errors.empty()) return RequestForm(v, in, meeting, errors);
    return Redirect(v.OrgPath("/observations?done=asked"));
  });
}

}  // namespace boardlens::observations
